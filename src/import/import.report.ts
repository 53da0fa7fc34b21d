import { ImportReport, RowProblem } from './import.runner';

function line(p: RowProblem, kind: string): string {
  return `${kind} row ${p.row} (line ${p.line})  ${p.field}  ${p.code}  ${p.message}`;
}

/** The report printed after an import: every bad row with its field and rule, then one summary line. */
export function formatImportReport(report: ImportReport): string {
  const out: string[] = [];
  const what = `${report.type} from ${report.file}`;
  if (report.fileError) {
    out.push(`import ${what} refused: ${report.fileError}`, 'nothing was written');
    return `${out.join('\n')}\n`;
  }
  for (const e of report.errors) out.push(line(e, 'error  '));
  for (const w of report.warnings) out.push(line(w, 'warning'));
  const rate = report.seconds > 0 ? Math.round(report.rows / report.seconds) : report.rows;
  const timing = `${report.seconds.toFixed(1)} s, ${rate.toLocaleString('en')} rows/s`;
  const warned = report.warnings.length > 0 ? `, ${report.warnings.length} warning(s)` : '';
  if (report.failedRows > 0) {
    out.push(`import ${what}: ${report.failedRows.toLocaleString('en')} of ${report.rows.toLocaleString('en')} rows failed (${report.errors.length} error(s)${warned}); nothing was written`);
  } else if (report.dryRun) {
    out.push(`dry run of ${what}: all ${report.rows.toLocaleString('en')} rows are valid${warned}; nothing was written (${timing})`);
  } else {
    out.push(`imported ${report.written.toLocaleString('en')} ${what} in one transaction${warned} (${timing})`);
  }
  return `${out.join('\n')}\n`;
}

/** 0: written (or a clean dry run); 1: some rows failed; 2: the file could not be read. */
export function importExitCode(report: ImportReport): number {
  if (report.fileError) return 2;
  return report.failedRows > 0 ? 1 : 0;
}
