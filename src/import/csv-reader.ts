import { ImportFileError } from './import.errors';

export interface CsvRecord {
  fields: string[];
  /** Line on which the record starts (1-based); a quoted field may carry it over several lines. */
  line: number;
  /** Column (1-based, in characters) at which each field starts, on its own line. */
  columns: number[];
}

const QUOTE = '"';
const COMMA = ',';

/**
 * RFC 4180 CSV, streamed: records come out as chunks of text arrive, so a
 * large file never sits in memory. Quoted fields may hold commas, doubled
 * quotes and line breaks; CRLF, LF and CR all end a record. A stray quote, text
 * after a closing quote or an unclosed quote stops the parse with its line and
 * column. Blank lines are skipped.
 */
export async function* readCsvRecords(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  let fields: string[] = [];
  let field = '';
  // 0: at a field's start, 1: in an unquoted field, 2: in a quoted field, 3: just after a quote inside a quoted field.
  let state = 0;
  let line = 1;
  let column = 0;
  let recordLine = 1;
  let quoteLine = 1;
  let quoteColumn = 1;
  let pendingCr = false;
  let recordStarted = false;
  let starts: number[] = [];

  const endRecord = (): CsvRecord | null => {
    fields.push(field);
    const record = fields.length === 1 && fields[0] === '' && !recordStarted ? null : { fields, line: recordLine, columns: starts };
    fields = [];
    starts = [];
    field = '';
    recordStarted = false;
    state = 0;
    return record;
  };

  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === '\n' || c === '\r') {
        const secondHalfOfCrlf = pendingCr && c === '\n';
        pendingCr = c === '\r';
        if (state === 2) field += c;
        else if (!secondHalfOfCrlf) {
          const record = endRecord();
          if (record) yield record;
        }
        if (!secondHalfOfCrlf) {
          line++;
          column = 0;
        }
        continue;
      }
      pendingCr = false;
      column++;
      if (state === 0 && fields.length === 0 && !recordStarted) {
        recordLine = line;
        starts = [column];
      }
      if (c === COMMA && state !== 2) starts.push(column + 1);
      switch (state) {
        case 0:
          if (c === QUOTE) {
            state = 2;
            recordStarted = true;
            quoteLine = line;
            quoteColumn = column;
          } else if (c === COMMA) {
            fields.push(field);
            field = '';
            recordStarted = true;
          } else {
            field += c;
            recordStarted = true;
            state = 1;
          }
          break;
        case 1:
          if (c === COMMA) {
            fields.push(field);
            field = '';
            state = 0;
          } else if (c === QUOTE) {
            throw new ImportFileError('a quote inside an unquoted field; enclose the whole field in quotes and double the quote ("")', { line, column });
          } else {
            field += c;
          }
          break;
        case 2:
          if (c === QUOTE) state = 3;
          else field += c;
          break;
        case 3:
          if (c === QUOTE) {
            field += QUOTE;
            state = 2;
          } else if (c === COMMA) {
            fields.push(field);
            field = '';
            state = 0;
          } else {
            throw new ImportFileError(`unexpected ${JSON.stringify(c)} after the closing quote of a field; a quote inside a quoted field is written twice ("")`, { line, column });
          }
          break;
      }
    }
  }
  if (state === 2) throw new ImportFileError('a quoted field is never closed', { line: quoteLine, column: quoteColumn });
  if (fields.length > 0 || field !== '' || recordStarted) {
    const record = endRecord();
    if (record) yield record;
  }
}
