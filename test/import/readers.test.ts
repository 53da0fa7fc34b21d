import { readCsvRecords } from '../../src/import/csv-reader';
import { ImportFileError } from '../../src/import/import.errors';
import { readJsonArray } from '../../src/import/json-reader';

async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function all<T>(source: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

async function failure(source: AsyncGenerator<unknown>): Promise<ImportFileError> {
  try {
    await all(source);
  } catch (error) {
    if (error instanceof ImportFileError) return error;
    throw error;
  }
  throw new Error('expected the parse to fail');
}

describe('streaming CSV (RFC 4180)', () => {
  const text = 'name,note\r\n"王,五","他说""好""\n第二行"\r\n\r\n李四,\n,\n';

  it.each([1, 2, 7, 1000])('reads quoted commas, doubled quotes, line breaks in quotes, CRLF and blank lines in chunks of %i', async (size) => {
    const records = await all(readCsvRecords(chunked(text, size)));
    expect(records).toEqual([
      { fields: ['name', 'note'], line: 1, columns: [1, 6] },
      { fields: ['王,五', '他说"好"\n第二行'], line: 2, columns: [1, 7] },
      { fields: ['李四', ''], line: 5, columns: [1, 4] },
      { fields: ['', ''], line: 6, columns: [1, 2] },
    ]);
  });

  it('gives the column each field starts at, so a header cell can be named where it stands', async () => {
    const [header] = await all(readCsvRecords(chunked('公民身份号码,"姓 名",,昵称\n1,2,3,4\n', 5)));
    expect(header).toEqual({ fields: ['公民身份号码', '姓 名', '', '昵称'], line: 1, columns: [1, 8, 14, 15] });
  });

  it('keeps a CRLF inside quotes and reads a last record without a line break', async () => {
    expect(await all(readCsvRecords(chunked('a,b\n"x\r\ny",z', 3)))).toEqual([
      { fields: ['a', 'b'], line: 1, columns: [1, 3] },
      { fields: ['x\r\ny', 'z'], line: 2, columns: [1, 4] },
    ]);
  });

  it('names the line and column of a quote inside an unquoted field', async () => {
    const error = await failure(readCsvRecords(chunked('a,b\nab"c,d\n', 4)));
    expect(error.position).toEqual({ line: 2, column: 3 });
    expect(error.message).toMatch(/^line 2, column 3: a quote inside an unquoted field/);
  });

  it('names the line and column of text after a closing quote', async () => {
    const error = await failure(readCsvRecords(chunked('a,b\n"x"y,z\n', 5)));
    expect(error.message).toMatch(/^line 2, column 4: unexpected "y" after the closing quote/);
  });

  it('names where an unclosed quoted field starts', async () => {
    const error = await failure(readCsvRecords(chunked('a,b\nc,"open\nstill open\n', 5)));
    expect(error.message).toBe('line 2, column 3: a quoted field is never closed');
  });
});

describe('streaming JSON array', () => {
  const text = '[\n  {"a": "x\\n\\u4e2d", "b": [1, 2.5e1, true, null], "c": {"d": false}},\n  {"a": "y"}\n]\n';

  it.each([1, 3, 1000])('yields each element with its line, in chunks of %i', async (size) => {
    expect(await all(readJsonArray(chunked(text, size)))).toEqual([
      { value: { a: 'x\n中', b: [1, 25, true, null], c: { d: false } }, line: 2 },
      { value: { a: 'y' }, line: 3 },
    ]);
  });

  it.each([
    ['[{"a": 1,}]', 'line 1, column 10: expected a quoted key, got "}"'],
    ['[\n{"a" 1}]', 'line 2, column 6: expected ":" after key "a", got "1"'],
    ['[{"a": 1} {"b": 2}]', 'line 1, column 11: expected "," or "]" after an array element, got "{"'],
    ['[{"a": tru}]', 'line 1, column 8: "tru" is not a JSON value'],
    ['[{"a": "x', 'line 1, column 8: a string is never closed'],
    ['[{"a": 1}', 'line 1, column 9: the file ends inside the array; a closing bracket is missing'],
    ['{"a": 1}', 'line 1, column 1: the file holds one object; an import file is an array of records: [ {…}, {…} ]'],
    ['[{"a": 1, "a": 2}]', 'line 1, column 11: key "a" appears twice in one object'],
    ['[{"a": 1}] x', 'line 1, column 12: unexpected "x" after the end of the top-level array'],
    ['[{"a": "line\nbreak"}]', 'line 1, column 8: the string starting here holds a control character (such as a raw line break); write it as an escape such as \\n'],
  ])('reports %j with its position', async (input, message) => {
    const error = await failure(readJsonArray(chunked(input, 2)));
    expect(error.message).toBe(message);
  });
});
