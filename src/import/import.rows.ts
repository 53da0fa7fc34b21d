import fs from 'node:fs';
import { readCsvRecords } from './csv-reader';
import { ImportFormat } from './file-scan';
import { ImportFileError } from './import.errors';
import { readJsonArray } from './json-reader';

export interface ImportRow {
  /** 1-based number of the record in the file, the header not counted. */
  row: number;
  /** Line on which the record starts. */
  line: number;
  values: Record<string, unknown>;
  /** Keys of a JSON record that the record type does not have. */
  unknownFields: string[];
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

/** Header names match fields whatever their case and separators: id_number, IdNumber and idNumber are one column. */
const loose = (name: string) => name.normalize('NFKC').toLowerCase().replace(/[\s_.\-]/g, '');

/** Other names agency exports give a field (loose form → field). */
const ALIASES: Record<string, string> = {
  citizenid: 'idNumber',
  公民身份号码: 'idNumber',
  身份证号码: 'idNumber',
  身份证号: 'idNumber',
  统一社会信用代码: 'uscc',
};

/** The field an import column or JSON key names, or undefined. */
function fieldNamed(name: string, fields: readonly string[]): string | undefined {
  const wanted = loose(name);
  const alias = ALIASES[wanted];
  return fields.find((f) => loose(f) === wanted) ?? (alias && fields.includes(alias) ? alias : undefined);
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[parts[parts.length - 1]] = value;
}

/** Records of an import file as field values, streamed, with their row and line numbers. */
export async function* readImportRows(file: string, format: ImportFormat, fields: readonly string[]): AsyncGenerator<ImportRow> {
  if (format === 'csv') yield* csvRows(file, fields);
  else yield* jsonRows(file, fields);
}

async function* csvRows(file: string, fields: readonly string[]): AsyncGenerator<ImportRow> {
  let columns: string[] | null = null;
  let row = 0;
  for await (const record of readCsvRecords(textOf(file))) {
    if (columns === null) {
      columns = record.fields.map((name, i) => {
        const field = fieldNamed(name, fields);
        if (!name.trim()) throw new ImportFileError(`column ${i + 1} of the header has no name`, { line: record.line, column: 1 });
        if (!field) throw new ImportFileError(`unknown column "${name}"; the columns of this record type are ${fields.join(', ')}`, { line: record.line, column: 1 });
        return field;
      });
      const twice = columns.find((c, i) => columns!.indexOf(c) !== i);
      if (twice) throw new ImportFileError(`column ${twice} appears twice in the header`, { line: record.line, column: 1 });
      continue;
    }
    if (record.fields.length !== columns.length) {
      throw new ImportFileError(`the record has ${record.fields.length} fields but the header has ${columns.length}`, { line: record.line, column: 1 });
    }
    const values: Record<string, unknown> = {};
    columns.forEach((field, i) => setPath(values, field, record.fields[i]));
    yield { row: ++row, line: record.line, values, unknownFields: [] };
  }
  if (columns === null) throw new ImportFileError(`${file} has no header line`);
}

async function* jsonRows(file: string, fields: readonly string[]): AsyncGenerator<ImportRow> {
  const top = new Set(fields.map((f) => f.split('.')[0]));
  let row = 0;
  for await (const element of readJsonArray(textOf(file))) {
    row++;
    const value = element.value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new ImportFileError(`element ${row} of the array is ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}, not a record object`, { line: element.line, column: 1 });
    }
    const values: Record<string, unknown> = {};
    const unknownFields: string[] = [];
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const field = top.has(key) ? key : fieldNamed(key, fields);
      if (!field) {
        unknownFields.push(key);
        continue;
      }
      values[field] = v;
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        for (const sub of Object.keys(v)) if (!fields.includes(`${field}.${sub}`)) unknownFields.push(`${key}.${sub}`);
      }
    }
    yield { row, line: element.line, values, unknownFields };
  }
}
