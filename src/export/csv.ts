/**
 * RFC 4180 CSV writing: fields separated by commas, records ended by CRLF, a
 * field quoted when it holds a comma, a double quote, CR or LF, with quotes
 * doubled inside. Files start with a UTF-8 byte-order mark so spreadsheet
 * programs read the Chinese text as UTF-8 instead of the local code page.
 */
export const UTF8_BOM = '\uFEFF';
export const CRLF = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;
/** Text a spreadsheet would run as a formula (CSV injection); numbers such as -12.50 are left alone. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** One field. Text that would start a spreadsheet formula is prefixed with an apostrophe (OWASP CSV injection advice). */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, CRLF included. */
export function csvRecord(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}${CRLF}`;
}
