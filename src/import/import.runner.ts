import { EntityManager } from 'typeorm';
import { FieldReader } from '../modules/filing/field-reader';
import { FilingEnv, filingEnv } from '../modules/filing/filing.env';
import { FilingProblemValue, Problems } from '../modules/filing/filing.problems';
import { AnyFilingRule, FilingDb } from '../modules/filing/filing.rule';
import { IMPORT_RULES, ImportType } from '../modules/filing/import-rules';
import { inTransaction } from '../modules/filing/filing.sql';
import { ProgressBar } from '../seed/progress';
import { Viewer } from '../shared/auth/viewer';
import { regionDirectory } from '../shared/regions';
import { Sources } from '../sources/sources';
import { DEFAULT_MAX_BYTES, formatOf, scanFile } from './file-scan';
import { ImportFileError } from './import.errors';
import { ImportRow, readImportRows } from './import.rows';

export interface ImportOptions {
  type: ImportType;
  file: string;
  /** A USCC failing its checksum fails the row instead of warning. */
  strict?: boolean;
  /** Validate every row, write nothing. */
  dryRun?: boolean;
  maxBytes?: number;
  /** Limit the rows to this region subtree, as a partner's import would be. */
  regionCode?: string | null;
  progress?: boolean;
  /** Rows validated (and written) together: one lookup statement per reference kind per batch. */
  batchSize?: number;
}

export interface RowProblem extends FilingProblemValue {
  row: number;
  line: number;
}

export interface ImportReport {
  type: ImportType;
  file: string;
  rows: number;
  failedRows: number;
  /** Rows written: all of them, or none. */
  written: number;
  errors: RowProblem[];
  warnings: RowProblem[];
  /** Set when the file itself could not be read (size, encoding, syntax); then no row counts. */
  fileError: string | null;
  dryRun: boolean;
  seconds: number;
}

/** Thrown to roll the transaction back once every row has been seen. */
class RollBack extends Error {}

/**
 * Imports one agency file: every row goes through the rule its mutation uses;
 * all rows are written in one transaction of the source, or none when any
 * row fails (or on a dry run). Rows stream through in batches, so memory
 * holds one batch and the natural keys seen so far.
 */
export async function runImport(sources: Sources, options: ImportOptions): Promise<ImportReport> {
  const started = Date.now();
  const rule: AnyFilingRule = IMPORT_RULES[options.type];
  const report: ImportReport = {
    type: options.type, file: options.file, rows: 0, failedRows: 0, written: 0, errors: [], warnings: [], fileError: null, dryRun: options.dryRun === true, seconds: 0,
  };
  const viewer: Viewer = { clientId: null, name: 'cli import', role: options.regionCode ? 'PARTNER' : 'ADMIN', scopes: new Set(), regionCode: options.regionCode ?? null };
  const env = filingEnv(viewer, regionDirectory(), options.strict === true);
  try {
    const format = formatOf(options.file);
    const scan = await scanFile(options.file, format, options.maxBytes ?? DEFAULT_MAX_BYTES);
    const progress = new ProgressBar(scan.estimatedRecords, options.progress === true);
    await inTransaction(sources[rule.source], async (tx) => {
      const seen = new Map<string, number>();
      const db = new FilingDb(rule.source, tx, sources);
      let batch: ImportRow[] = [];
      const flush = async () => {
        await importBatch(rule, batch, { tx, db, env, seen, report, write: !report.dryRun });
        progress.advance(batch.length, report.failedRows > 0 ? `${report.failedRows} bad rows so far` : report.dryRun ? 'validated' : 'validated and written');
        batch = [];
      };
      for await (const row of readImportRows(options.file, format, rule.fields)) {
        batch.push(row);
        if (batch.length >= (options.batchSize ?? 1000)) await flush();
      }
      if (batch.length > 0) await flush();
      progress.finish(report.failedRows > 0 ? `${report.failedRows} bad rows` : 'done');
      if (report.failedRows > 0 || report.dryRun) throw new RollBack();
    });
  } catch (error) {
    if (error instanceof ImportFileError) report.fileError = error.message;
    else if (!(error instanceof RollBack)) throw error;
  }
  if (report.fileError || report.failedRows > 0 || report.dryRun) report.written = 0;
  report.seconds = (Date.now() - started) / 1000;
  return report;
}

interface BatchContext {
  tx: EntityManager;
  db: FilingDb;
  env: FilingEnv;
  /** Natural key → the row that first named it. */
  seen: Map<string, number>;
  report: ImportReport;
  write: boolean;
}

async function importBatch(rule: AnyFilingRule, rows: ImportRow[], c: BatchContext): Promise<void> {
  const problems = rows.map(() => new Problems());
  const readers = rows.map((r, i) => new FieldReader(r.values, problems[i], '', c.env));
  const drafts = rows.map((r, i) => {
    for (const field of r.unknownFields) problems[i].error(field, 'UNKNOWN_FIELD', `${field} is not a field of ${c.report.type}; the fields are ${rule.fields.join(', ')}`);
    return rule.check(readers[i], c.env);
  });
  if (rule.batchKey) {
    drafts.forEach((draft, i) => {
      const key = rule.batchKey!.of(draft);
      if (key === null) return;
      const first = c.seen.get(key);
      if (first !== undefined) problems[i].error(rule.batchKey!.field, 'DUPLICATE', `Row ${first} of this file already names the same record`);
      else c.seen.set(key, rows[i].row);
    });
  }
  const found = await rule.lookup(drafts, c.db, c.env);
  const accepted: unknown[] = [];
  rows.forEach((r, i) => {
    const row = rule.resolve(drafts[i], found, readers[i]);
    if (row === null && !problems[i].failed) problems[i].error('*', 'REQUIRED', 'The record is incomplete');
    for (const e of problems[i].errors) c.report.errors.push({ row: r.row, line: r.line, ...e });
    for (const w of problems[i].warnings) c.report.warnings.push({ row: r.row, line: r.line, ...w });
    if (problems[i].failed || row === null) c.report.failedRows++;
    else accepted.push(row);
  });
  c.report.rows += rows.length;
  // Once a row has failed nothing will be committed, so writing more would only cost time.
  if (c.write && c.report.failedRows === 0) {
    await rule.write(c.tx, accepted, false);
    c.report.written += accepted.length;
  }
}
