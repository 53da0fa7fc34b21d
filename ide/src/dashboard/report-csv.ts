import { SUPPRESSED_MARK } from './figures';
import { indicatorTitle, INDICATORS } from './indicators';
import { periodCode, Period } from './period';
import type { DispatchReport } from './report-query';
import { CODE_HEADING, REGION_HEADING, tableRows } from './table-model';

/** RFC 4180: quoted when needed; a cell a spreadsheet would run as a formula gets a leading ' (as /export/csv does). */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The table as CSV: the same columns with their bilingual headings, the same
 * rows, figures as the API gave them (no digit grouping, so spreadsheets
 * read numbers; yuan with two decimals), a suppressed figure as the mark
 * the table shows — never an empty cell or a 0, which would read as
 * nothing. UTF-8 with a byte-order mark, CRLF, so spreadsheet programs
 * show the Chinese.
 */
export function reportCsv(report: DispatchReport): string {
  const header = [`${REGION_HEADING.label} ${REGION_HEADING.en}`, `${CODE_HEADING.label} ${CODE_HEADING.en}`, ...INDICATORS.map(indicatorTitle)];
  const lines = [header, ...tableRows(report).map((row) => [row.label, row.region.code, ...row.cells.map(({ cell }) => (cell.kind === 'value' ? cell.text : cell.kind === 'suppressed' ? SUPPRESSED_MARK : ''))])];
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** dispatch-report_370700_2025-Q2.csv */
export function csvFileName(report: DispatchReport, period: Period): string {
  return `dispatch-report_${report.region.code}_${periodCode(period)}.csv`;
}

/** Hands the text to the browser as a download; made in the page, so nothing is fetched. */
export function downloadCsv(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
