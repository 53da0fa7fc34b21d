import { EntityManager } from 'typeorm';
import { FieldReader } from '../modules/filing/field-reader';
import { FilingEnv, filingEnv } from '../modules/filing/filing.env';
import { FilingProblemValue, Problems } from '../modules/filing/filing.problems';
import { AnyFilingRule, FilingDb, Replacement } from '../modules/filing/filing.rule';
import { IMPORT_RULES } from '../modules/filing/import-rules';
import { ImportType } from '../modules/filing/import-types';
import { inTransaction } from '../modules/filing/filing.sql';
import { ProgressBar } from '../seed/progress';
import { Viewer } from '../shared/auth/viewer';
import { regionDirectory } from '../shared/regions';
import { Sources } from '../sources/sources';
import { DEFAULT_MAX_BYTES, formatOf, scanFile } from './file-scan';
import { ImportFileError } from './import.errors';
import { BadRowReport } from './import.report-file';
import { describeColumns, ImportRow, readImportRows } from './import.rows';

export interface ImportOptions {
  type: ImportType;
  file: string;
  /** A USCC failing its checksum fails the row instead of warning. */
  strict?: boolean;
  /** Validate every row, write nothing. */
  dryRun?: boolean;
  /** A row whose natural key is on file updates that record (the fields the file gives) instead of failing as a duplicate. */
  upsert?: boolean;
  /** Leave out columns (JSON keys) that name no field instead of refusing them. */
  ignoreUnknownColumns?: boolean;
  /** Write every bad row, with its errors, to this CSV file. */
  reportFile?: string | null;
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
  /** Of the valid rows, new records and records on file updated (--upsert); on a dry run, what would be. */
  inserted: number;
  updated: number;
  /** The first problems, in file order (at most KEPT_PROBLEMS of each kind); the counts below are complete. */
  errors: RowProblem[];
  warnings: RowProblem[];
  errorCount: number;
  warningCount: number;
  /** How often each field failed each rule ("idNumber CHECK_DIGIT" → 19,990), for the summary of a large file. */
  problemCounts: Map<string, number>;
  /** Columns (JSON keys) left out with --ignore-unknown-columns. */
  ignoredColumns: Array<{ name: string; position: number }>;
  /** Where every bad row was written (--report), or null. */
  reportFile: string | null;
  /** Set when the file itself could not be read (size, encoding, syntax); then no row counts. */
  fileError: string | null;
  dryRun: boolean;
  upsert: boolean;
  seconds: number;
}

/** Problems kept in the report for display; a file of 20,000 bad rows is summarised, and written whole only with --report. */
export const KEPT_PROBLEMS = 1000;

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
    type: options.type, file: options.file, rows: 0, failedRows: 0, written: 0, inserted: 0, updated: 0, errors: [], warnings: [], errorCount: 0, warningCount: 0,
    problemCounts: new Map(), ignoredColumns: [], reportFile: options.reportFile ?? null, fileError: null, dryRun: options.dryRun === true, upsert: options.upsert === true, seconds: 0,
  };
  const viewer: Viewer = { clientId: null, name: 'cli import', role: options.regionCode ? 'PARTNER' : 'ADMIN', scopes: new Set(), regionCode: options.regionCode ?? null };
  const env: FilingEnv = { ...filingEnv(viewer, regionDirectory(), options.strict === true), upsert: report.upsert };
  if (report.upsert && !rule.upsert) {
    report.fileError = `${options.type} have no natural key to find the record on file by, so --upsert cannot update them; import new records without it`;
    return report;
  }
  const badRows = options.reportFile ? new BadRowReport(options.reportFile) : null;
  try {
    const format = formatOf(options.file);
    const scan = await scanFile(options.file, format, options.maxBytes ?? DEFAULT_MAX_BYTES);
    const progress = new ProgressBar(scan.estimatedRecords, options.progress === true);
    await inTransaction(sources[rule.source], async (tx) => {
      const seen = new Map<string, number>();
      const db = new FilingDb(rule.source, tx, sources);
      let batch: ImportRow[] = [];
      const flush = async () => {
        await importBatch(rule, batch, { tx, db, env, seen, report, badRows, write: !report.dryRun });
        progress.advance(batch.length, report.failedRows > 0 ? `${report.failedRows} bad rows so far` : report.dryRun ? 'validated' : 'validated and written');
        batch = [];
      };
      const rows = readImportRows(options.file, format, {
        fields: rule.fields,
        ignoreUnknownColumns: options.ignoreUnknownColumns === true,
        onIgnored: (columns) => report.ignoredColumns.push(...columns),
        onHeader: (header) => badRows?.setHeader(header),
      });
      for await (const row of rows) {
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
  } finally {
    await badRows?.close();
  }
  if (report.fileError || report.failedRows > 0) report.inserted = report.updated = 0;
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
  badRows: BadRowReport | null;
  write: boolean;
}

function keep(report: ImportReport, kind: 'errors' | 'warnings', row: ImportRow, problems: readonly FilingProblemValue[]): void {
  for (const p of problems) {
    if (report[kind].length < KEPT_PROBLEMS) report[kind].push({ row: row.row, line: row.line, ...p });
    if (kind === 'errors') {
      const key = `${p.field} ${p.code}`;
      report.problemCounts.set(key, (report.problemCounts.get(key) ?? 0) + 1);
    }
  }
  if (kind === 'errors') report.errorCount += problems.length;
  else report.warningCount += problems.length;
}

async function importBatch(rule: AnyFilingRule, rows: ImportRow[], c: BatchContext): Promise<void> {
  const problems = rows.map(() => new Problems());
  const readers = rows.map((r, i) => new FieldReader(r.values, problems[i], '', c.env));
  const drafts = rows.map((r, i) => {
    for (const field of r.unknownFields) {
      problems[i].error(field, 'UNKNOWN_FIELD', `${field} is not a field of ${c.report.type}; the fields are ${describeColumns(rule.fields)} (--ignore-unknown-columns leaves such keys out)`);
    }
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
  const inserts: unknown[] = [];
  const updates: Array<Replacement<unknown>> = [];
  for (const [i, r] of rows.entries()) {
    const row = rule.resolve(drafts[i], found, readers[i]);
    if (row === null && !problems[i].failed) problems[i].error('*', 'REQUIRED', 'The record is incomplete');
    keep(c.report, 'errors', r, problems[i].errors);
    keep(c.report, 'warnings', r, problems[i].warnings);
    if (problems[i].failed || row === null) {
      c.report.failedRows++;
      await c.badRows?.add(r.row, r.line, r.cells, problems[i].errors);
      continue;
    }
    const id = c.env.upsert ? rule.upsert!.existing(drafts[i], found) : null;
    if (id === null) inserts.push(row);
    else updates.push({ id, row, given: r.given });
  }
  c.report.rows += rows.length;
  c.report.inserted += inserts.length;
  c.report.updated += updates.length;
  // Once a row has failed nothing will be committed, so writing more would only cost time.
  if (c.write && c.report.failedRows === 0) {
    await rule.write(c.tx, inserts, false);
    if (updates.length > 0) await rule.upsert!.update(c.tx, updates);
    c.report.written += inserts.length + updates.length;
  }
}
