import fs from 'node:fs';
import { once } from 'node:events';
import type { FilingProblemValue } from '../modules/filing/filing.problems';

/**
 * The columns `--report` puts before the file's own: which row, on which
 * line, and what is wrong with it. The importer reads past them, so the
 * agency can correct the report itself and import it again.
 */
export const REPORT_COLUMNS = ['_row', '_line', '_errors'] as const;

const BOM = '\uFEFF';

/** The report file cannot be created or written: a usage problem (exit 2), whatever the rows hold. */
export class ReportFileError extends Error {
  constructor(file: string, cause: Error) {
    super(`cannot write the report ${file}: ${cause.message}`);
    this.name = 'ReportFileError';
  }
}

function openForWriting(file: string): number {
  try {
    return fs.openSync(file, 'w');
  } catch (error) {
    throw new ReportFileError(file, error as Error);
  }
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** "idNumber CHECK_DIGIT: Check character is 9 …", one line per problem of the row. */
export function problemText(problems: ReadonlyArray<Pick<FilingProblemValue, 'field' | 'code' | 'message'>>): string {
  return problems.map((p) => `${p.field} ${p.code}: ${p.message}`).join('\n');
}

/**
 * Every bad row of an import, streamed to a CSV file as the rows are
 * validated (UTF-8 with a byte-order mark, so spreadsheet programs show
 * Chinese): memory holds none of them, however many there are.
 */
export class BadRowReport {
  private readonly out: fs.WriteStream;
  private header: string[] | null = null;
  private failure: Error | null = null;
  rows = 0;

  /** Opens (creates or empties) the file at once, so that a path that cannot be written stops the import before it starts. */
  constructor(readonly file: string) {
    this.out = fs.createWriteStream(file, { fd: openForWriting(file), encoding: 'utf8' });
    this.out.on('error', (error) => (this.failure = error));
  }

  /** The file's own column names (a CSV's header, a JSON type's fields). */
  setHeader(header: string[]): void {
    this.header = header;
  }

  async add(row: number, line: number, cells: readonly string[], problems: ReadonlyArray<Pick<FilingProblemValue, 'field' | 'code' | 'message'>>): Promise<void> {
    if (this.rows === 0) this.write(`${BOM}${[...REPORT_COLUMNS, ...(this.header ?? [])].map(csvCell).join(',')}\r\n`);
    this.rows++;
    if (!this.write(`${[String(row), String(line), problemText(problems), ...cells].map(csvCell).join(',')}\r\n`) && !this.failure) await once(this.out, 'drain');
  }

  /** Finishes the file (a header alone when no row was bad); rejects when it could not be written. */
  async close(): Promise<void> {
    if (this.rows === 0) this.write(`${BOM}${[...REPORT_COLUMNS, ...(this.header ?? [])].map(csvCell).join(',')}\r\n`);
    if (!this.failure) {
      this.out.end();
      await new Promise<void>((resolve) => {
        this.out.once('close', resolve);
        this.out.once('error', () => resolve());
      });
    }
    if (this.failure) throw new ReportFileError(this.file, this.failure);
  }

  private write(text: string): boolean {
    return this.out.write(text);
  }
}
