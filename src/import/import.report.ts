import { ImportReport, RowProblem } from './import.runner';

/** Problems printed one per line; the rest are counted, and all of them go to the --report file. */
export const SHOWN_PROBLEMS = 20;

function line(p: RowProblem, kind: string): string {
  return `${kind} row ${p.row} (line ${p.line})  ${p.field}  ${p.code}  ${p.message}`;
}

const n = (value: number) => value.toLocaleString('en');

/**
 * The report printed after an import: the first bad rows with field and rule,
 * how often each rule failed when there are more, then one summary line. A
 * file of 20,000 bad rows prints a screenful, not 20,000 lines.
 */
export function formatImportReport(report: ImportReport): string {
  const out: string[] = [];
  const what = `${report.type} from ${report.file}`;
  if (report.fileError) {
    out.push(`import ${what} refused: ${report.fileError}`, 'nothing was written');
    return `${out.join('\n')}\n`;
  }
  if (report.ignoredColumns.length > 0) {
    const json = report.file.toLowerCase().endsWith('.json');
    const where = (position: number) => (json ? `first in row ${position}` : `column ${position}`);
    out.push(`ignored ${report.ignoredColumns.length > 1 ? 'columns' : 'column'} ${report.ignoredColumns.map((c) => `"${c.name}" (${where(c.position)})`).join(', ')} (--ignore-unknown-columns)`);
  }
  for (const e of report.errors.slice(0, SHOWN_PROBLEMS)) out.push(line(e, 'error  '));
  if (report.errorCount > SHOWN_PROBLEMS) {
    out.push(`… and ${n(report.errorCount - SHOWN_PROBLEMS)} more error(s)${report.reportFile ? '' : '; --report FILE writes every bad row with its errors'}`);
    const common = [...report.problemCounts].sort((a, b) => b[1] - a[1]).slice(0, 10);
    out.push('errors by field and rule:', ...common.map(([key, count]) => `  ${n(count).padStart(9)}  ${key}`));
  }
  for (const w of report.warnings.slice(0, SHOWN_PROBLEMS)) out.push(line(w, 'warning'));
  if (report.warningCount > SHOWN_PROBLEMS) out.push(`… and ${n(report.warningCount - SHOWN_PROBLEMS)} more warning(s)`);
  const rate = report.seconds > 0 ? Math.round(report.rows / report.seconds) : report.rows;
  const timing = `${report.seconds.toFixed(1)} s, ${n(rate)} rows/s`;
  const warned = report.warningCount > 0 ? `, ${n(report.warningCount)} warning(s)` : '';
  const split = report.upsert ? ` (${n(report.inserted)} new, ${n(report.updated)} updated)` : '';
  if (report.failedRows > 0) {
    out.push(`import ${what}: ${n(report.failedRows)} of ${n(report.rows)} rows failed (${n(report.errorCount)} error(s)${warned}); nothing was written`);
  } else if (report.dryRun) {
    out.push(`dry run of ${what}: all ${n(report.rows)} rows are valid${split}${warned}; nothing was written (${timing})`);
  } else {
    out.push(`imported ${n(report.written)} ${what}${split} in one transaction${warned} (${timing})`);
  }
  if (report.reportFile) out.push(`${n(report.failedRows)} bad row(s) written to ${report.reportFile}${report.failedRows > 0 ? ' (correct them there and import that file again)' : ''}`);
  return `${out.join('\n')}\n`;
}

/** 0: written (or a clean dry run); 1: some rows failed; 2: the file could not be read. */
export function importExitCode(report: ImportReport): number {
  if (report.fileError) return 2;
  return report.failedRows > 0 ? 1 : 0;
}
