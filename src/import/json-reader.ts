import { ImportFileError } from './import.errors';

export interface JsonElement {
  value: unknown;
  /** Where the element starts (1-based). */
  line: number;
}

type Container = { kind: 'array'; items: unknown[]; expect: 'first' | 'value' | 'comma' } | { kind: 'object'; object: Record<string, unknown>; key: string | null; expect: 'first' | 'key' | 'colon' | 'value' | 'comma' };

type Token = { kind: 'string'; text: string; escape: string | null; isKey: boolean; line: number; column: number } | { kind: 'bare'; text: string; line: number; column: number };

const MAX_DEPTH = 32;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * A JSON file whose top level is an array, streamed: each element comes out
 * as soon as it is complete, so a large export never sits in memory whole.
 * Any syntax error stops the parse with its line and column, which
 * `JSON.parse` does not reliably give.
 */
export async function* readJsonArray(chunks: AsyncIterable<string>): AsyncGenerator<JsonElement> {
  const stack: Container[] = [];
  let started = false;
  let finished = false;
  let line = 1;
  let column = 0;
  let elementLine = 1;
  // The token being read: a string (with escape state), a number or a literal.
  const reading: { token: Token | null } = { token: null };
  const out: JsonElement[] = [];

  const fail = (message: string, at = { line, column }): never => {
    throw new ImportFileError(message, at);
  };

  const place = (value: unknown) => {
    const top = stack[stack.length - 1];
    if (top.kind === 'array') {
      if (stack.length === 1) out.push({ value, line: elementLine });
      else top.items.push(value);
      top.expect = 'comma';
    } else {
      top.object[top.key!] = value;
      top.key = null;
      top.expect = 'comma';
    }
  };

  const finishBare = () => {
    const t = reading.token as { text: string; line: number; column: number };
    reading.token = null;
    if (t.text === 'true') return place(true);
    if (t.text === 'false') return place(false);
    if (t.text === 'null') return place(null);
    if (NUMBER.test(t.text)) return place(Number(t.text));
    fail(`${JSON.stringify(t.text)} is not a JSON value`, t);
  };

  const startValue = (c: string) => {
    const top = stack[stack.length - 1];
    if (stack.length === 1) elementLine = line;
    if (c === '{' || c === '[') {
      if (stack.length >= MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels`);
      stack.push(c === '{' ? { kind: 'object', object: {}, key: null, expect: 'first' } : { kind: 'array', items: [], expect: 'first' });
      return;
    }
    if (c === '"') {
      reading.token = { kind: 'string', text: '', escape: null, isKey: false, line, column };
      return;
    }
    if (/[-0-9tfn]/.test(c)) {
      reading.token = { kind: 'bare', text: c, line, column };
      return;
    }
    fail(`unexpected ${JSON.stringify(c)} where a value should start${top.kind === 'object' ? ` (after key "${top.key}")` : ''}`);
  };

  const close = (c: string) => {
    const top = stack.pop()!;
    if ((c === ']') !== (top.kind === 'array')) fail(`${JSON.stringify(c)} closes ${top.kind === 'array' ? 'an array' : 'an object'}`);
    if (stack.length === 0) {
      finished = true;
      return;
    }
    place(top.kind === 'array' ? top.items : top.object);
  };

  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (c === '\n') {
        line++;
        column = 0;
      } else column++;

      if (reading.token?.kind === 'string') {
        if (reading.token.escape !== null) {
          if (reading.token.escape === '') {
            if (c === 'u') reading.token.escape = 'u';
            else if (ESCAPES[c] !== undefined) {
              reading.token.text += ESCAPES[c];
              reading.token.escape = null;
            } else fail(`invalid escape \\${c} in a string`);
          } else {
            if (!/[0-9a-fA-F]/.test(c)) fail(`invalid \\u escape in a string`);
            reading.token.escape += c;
            if (reading.token.escape.length === 5) {
              reading.token.text += String.fromCharCode(parseInt(reading.token.escape.slice(1), 16));
              reading.token.escape = null;
            }
          }
          continue;
        }
        if (c === '\\') reading.token.escape = '';
        else if (c === '"') {
          const t = reading.token;
          reading.token = null;
          const top = stack[stack.length - 1];
          if (t.isKey && top.kind === 'object') {
            if (Object.prototype.hasOwnProperty.call(top.object, t.text)) fail(`key "${t.text}" appears twice in one object`, t);
            top.key = t.text;
            top.expect = 'colon';
          } else place(t.text);
        } else if (c < ' ') fail('the string starting here holds a control character (such as a raw line break); write it as an escape such as \\n', reading.token);
        else reading.token.text += c;
        continue;
      }
      if (reading.token?.kind === 'bare') {
        if (/[-+.0-9a-zA-Z]/.test(c)) {
          reading.token.text += c;
          continue;
        }
        finishBare();
      }

      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') continue;
      if (finished) fail(`unexpected ${JSON.stringify(c)} after the end of the top-level array`);
      if (!started) {
        if (c !== '[') fail(c === '{' ? 'the file holds one object; an import file is an array of records: [ {…}, {…} ]' : `unexpected ${JSON.stringify(c)}; an import file is a JSON array of records`);
        started = true;
        stack.push({ kind: 'array', items: [], expect: 'first' });
        continue;
      }
      const top = stack[stack.length - 1];
      if (top.kind === 'array') {
        if (c === ']' && top.expect !== 'value') close(c);
        else if (c === ',' && top.expect === 'comma') top.expect = 'value';
        else if (top.expect === 'comma') fail(`expected "," or "]" after an array element, got ${JSON.stringify(c)}`);
        else startValue(c);
      } else if (top.expect === 'first' || top.expect === 'key') {
        if (c === '}' && top.expect === 'first') close(c);
        else if (c === '"') reading.token = { kind: 'string', text: '', escape: null, isKey: true, line, column };
        else fail(`expected a quoted key, got ${JSON.stringify(c)}`);
      } else if (top.expect === 'colon') {
        if (c === ':') top.expect = 'value';
        else fail(`expected ":" after key "${top.key}", got ${JSON.stringify(c)}`);
      } else if (top.expect === 'value') {
        startValue(c);
      } else if (c === ',') top.expect = 'key';
      else if (c === '}') close(c);
      else fail(`expected "," or "}" after a value, got ${JSON.stringify(c)}`);
    }
    yield* out.splice(0);
  }
  if (reading.token?.kind === 'bare' && stack.length > 0) finishBare();
  yield* out.splice(0);
  if (reading.token?.kind === 'string') fail('a string is never closed', reading.token);
  if (!started) fail('the file holds no JSON array');
  if (!finished) fail(`the file ends inside ${stack[stack.length - 1]?.kind === 'object' ? 'an object' : 'the array'}; a closing bracket is missing`);
}
