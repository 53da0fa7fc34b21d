import fs from 'node:fs';
import type { FieldColumns } from '../modules/filing/filing.rule';
import { readCsvRecords } from './csv-reader';
import { ImportFormat } from './file-scan';
import { ImportFileError } from './import.errors';
import { REPORT_COLUMNS } from './import.report-file';
import { readJsonArray } from './json-reader';

export interface ImportRow {
  /** 1-based number of the record in the file, the header not counted. */
  row: number;
  /** Line on which the record starts. */
  line: number;
  values: Record<string, unknown>;
  /** Keys of a JSON record that the record type does not have. */
  unknownFields: string[];
  /** Input fields the record gives (CSV: the header's columns; JSON: its keys), for updates that touch only those. */
  given: ReadonlySet<string>;
  /** The record as the file has it, one cell per column of `RowSource.header`, for the report of bad rows. */
  cells: string[];
}

export interface ReadOptions {
  fields: FieldColumns;
  /** Leave out columns (JSON keys) that name no field instead of refusing them. */
  ignoreUnknownColumns?: boolean;
  /** Told once which columns were left out: a CSV's before its first row (name, column number), a JSON file's at its end (key, first row with it). */
  onIgnored?: (columns: Array<{ name: string; position: number }>) => void;
  /** Told once, before the first row: the column names of `ImportRow.cells`. */
  onHeader?: (header: string[]) => void;
}

/** The file as UTF-8 text chunks; the decoder drops a byte-order mark. The scan has already refused invalid bytes. */
async function* textOf(file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/**
 * Header names match fields whatever their case, width and separators:
 * id_number, IdNumber and idNumber are one column, and so are 公民身份号码
 * and ＿公民身份号码 (full-width forms from Chinese spreadsheets).
 */
const loose = (name: string) => name.normalize('NFKC').toLowerCase().replace(/[\s_.\-()（）:：*＊]/g, '');

/** Loose column name → field, for one record type: the fields themselves and the names agencies' forms give them. */
export function columnIndex(fields: FieldColumns): Map<string, string> {
  const index = new Map<string, string>();
  for (const [field, names] of Object.entries(fields)) for (const name of [field, ...names]) index.set(loose(name), field);
  return index;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[parts[parts.length - 1]] = value;
}

function getPath(source: Record<string, unknown>, path: string): unknown {
  let node: unknown = source;
  for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

/** "idNumber (公民身份号码), name (姓名), …": what a header may say. */
export function describeColumns(fields: FieldColumns): string {
  return Object.entries(fields)
    .map(([field, names]) => `${field} (${names[0]})`)
    .join(', ');
}

/** Records of an import file as field values, streamed, with their row and line numbers. */
export async function* readImportRows(file: string, format: ImportFormat, options: ReadOptions): AsyncGenerator<ImportRow> {
  if (format === 'csv') yield* csvRows(file, options);
  else yield* jsonRows(file, options);
}

/** The report columns a corrected report file brings back: read past, never refused. */
const REPORT_NAMES = new Set(REPORT_COLUMNS.map(loose));

async function* csvRows(file: string, options: ReadOptions): AsyncGenerator<ImportRow> {
  const index = columnIndex(options.fields);
  let columns: Array<string | null> | null = null;
  let given: ReadonlySet<string> = new Set();
  // The cells a report of bad rows repeats: all but the report's own columns, so a report imported again reports afresh.
  let own: number[] = [];
  let row = 0;
  for await (const record of readCsvRecords(textOf(file))) {
    if (columns === null) {
      columns = headerColumns(record.fields, record.columns, record.line, index, options);
      given = new Set(columns.filter((c): c is string => c !== null));
      own = record.fields.map((_, i) => i).filter((i) => !REPORT_NAMES.has(loose(record.fields[i])));
      options.onHeader?.(own.map((i) => record.fields[i]));
      continue;
    }
    if (record.fields.length !== columns.length) {
      throw new ImportFileError(`the record has ${record.fields.length} fields but the header has ${columns.length}`, { line: record.line, column: 1 });
    }
    const values: Record<string, unknown> = {};
    columns.forEach((field, i) => {
      if (field !== null) setPath(values, field, record.fields[i]);
    });
    yield { row: ++row, line: record.line, values, unknownFields: [], given, cells: own.map((i) => record.fields[i]) };
  }
  if (columns === null) throw new ImportFileError(`${file} has no header line`);
}

/** The field of each header column (null: left out), refusing unknown and repeated columns at their position. */
function headerColumns(names: string[], starts: number[], line: number, index: Map<string, string>, options: ReadOptions): Array<string | null> {
  const unknown: Array<{ name: string; position: number; column: number }> = [];
  const firstOf = new Map<string, number>();
  const columns = names.map((name, i) => {
    const at = { line, column: starts[i] ?? 1 };
    if (!name.trim()) throw new ImportFileError(`column ${i + 1} of the header has no name`, at);
    if (REPORT_NAMES.has(loose(name))) return null;
    const field = index.get(loose(name));
    if (!field) {
      unknown.push({ name, position: i + 1, column: at.column });
      return null;
    }
    const earlier = firstOf.get(field);
    if (earlier !== undefined) {
      throw new ImportFileError(`column ${i + 1} "${name}" names ${field} again, as column ${earlier + 1} "${names[earlier]}" does; keep one of them`, at);
    }
    firstOf.set(field, i);
    return field;
  });
  if (unknown.length > 0 && !options.ignoreUnknownColumns) {
    const list = unknown.map((u) => `"${u.name}" (column ${u.position})`).join(', ');
    throw new ImportFileError(
      `unknown ${unknown.length > 1 ? 'columns' : 'column'} ${list}; the columns of this record type are ${describeColumns(options.fields)}; ` +
        'leave them out with --ignore-unknown-columns',
      { line, column: unknown[0].column },
    );
  }
  if (unknown.length > 0) options.onIgnored?.(unknown.map(({ name, position }) => ({ name, position })));
  return columns;
}

async function* jsonRows(file: string, options: ReadOptions): AsyncGenerator<ImportRow> {
  const fields = Object.keys(options.fields);
  const index = columnIndex(options.fields);
  const top = new Set(fields.map((f) => f.split('.')[0]));
  const nestedOf = (key: string) => fields.filter((f) => f.startsWith(`${key}.`)).map((f) => f.slice(key.length + 1));
  const ignored = new Map<string, number>();
  options.onHeader?.(fields);
  let row = 0;
  for await (const element of readJsonArray(textOf(file))) {
    row++;
    const value = element.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new ImportFileError(`element ${row} of the array is ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}, not a record object`, { line: element.line, column: 1 });
    }
    const values: Record<string, unknown> = {};
    const unknownFields: string[] = [];
    const given = new Set<string>();
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (REPORT_NAMES.has(loose(key))) continue;
      const field = top.has(key) ? key : index.get(loose(key));
      const nested = field ? nestedOf(field) : [];
      if (!field) {
        unknownFields.push(key);
        continue;
      }
      if (field.includes('.')) {
        // A flat key for a nested field ("认定级别": "县级" is recognition.level).
        setPath(values, field, v);
        given.add(field);
        continue;
      }
      values[field] = v;
      if (nested.length === 0) given.add(field);
      if (v && typeof v === 'object' && !Array.isArray(v) && nested.length > 0) {
        for (const sub of Object.keys(v)) {
          if (nested.includes(sub)) given.add(`${field}.${sub}`);
          else unknownFields.push(`${key}.${sub}`);
        }
      }
    }
    if (options.ignoreUnknownColumns) {
      for (const key of unknownFields) if (!ignored.has(key)) ignored.set(key, row);
      unknownFields.length = 0;
    }
    const cells = fields.map((f) => cellOf(getPath(values, f)));
    yield { row, line: element.line, values, unknownFields, given, cells };
  }
  if (ignored.size > 0) options.onIgnored?.([...ignored].map(([name, position]) => ({ name, position })));
}

/** A JSON value as it would stand in a CSV cell of the report: lists joined by ";". */
function cellOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(cellOf).join(';');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
