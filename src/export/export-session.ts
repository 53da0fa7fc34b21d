import { GraphQLError } from 'graphql';
import { cellText } from './export-columns';
import type { ExportBudget } from './export-budget';
import { ExportError, ExportExecutionError } from './export-error';
import { cut, RowGroup } from './export-pages';
import type { ExportPlan } from './export-plan';
import { csvRecord } from './csv';

/**
 * Turns pages of rows into CSV text and keeps the account of what left:
 * the rows, and the cursor after which nothing is missing from the file
 * (where a stopped export resumes). Person rows are spent from the daily
 * quota page by page; a page the quota ends in is sent up to its last
 * granted row, then the quota's refusal is thrown.
 */
export class ExportSession {
  rows = 0;
  unmaskedPersons = 0;
  resumeAfter: string | null;

  constructor(
    private readonly plan: ExportPlan,
    private readonly budget: ExportBudget,
    start: { after: string | null },
  ) {
    this.resumeAfter = start.after;
  }

  async *chunks(pages: AsyncIterable<RowGroup[]>): AsyncGenerator<string> {
    for await (const groups of pages) {
      let send = groups;
      let refusal: ExportError | null = null;
      if (this.plan.personTypes.length > 0) {
        const taken = await this.budget.takeRows(groups.reduce((n, g) => n + g.rows.length, 0));
        if (taken.refusal) {
          send = cut(groups, taken.granted);
          refusal = taken.refusal;
        }
      }
      let text = '';
      for (const group of send) {
        for (const row of group.rows) text += csvRecord(this.plan.columns.map((c) => cellText(row[c.level], c.path)));
        this.rows += group.rows.length;
        if (group.cursor && !group.partial) this.resumeAfter = group.cursor;
      }
      if (text) yield text;
      if (refusal) throw refusal;
    }
  }

  /**
   * The last record of a file stopped after it began: a marker, why, the
   * rows sent and where to resume, in the first cell (the rest empty, so the
   * record has the file's width). The transfer is then cut as well, so a
   * program sees a failed download and a person reading the file sees why.
   */
  stopNotice(error: unknown): { code: string; record: string } {
    const { code, message } = reasonOf(error);
    const connection = this.plan.connectionIndex === null ? null : this.plan.rowKeys.slice(0, this.plan.connectionIndex + 1).join('.');
    const resume =
      connection === null ? '' : this.resumeAfter ? ` To continue, run the export again with after: "${this.resumeAfter}" on ${connection}.` : ' To continue, run the export again from where it started.';
    const text = `#EXPORT_STOPPED ${code}: ${message} ${this.rows} rows were sent before the export stopped.${resume}`;
    return { code, record: csvRecord([text, ...this.plan.columns.slice(1).map(() => '')]) };
  }
}

function reasonOf(error: unknown): { code: string; message: string } {
  const first =
    error instanceof ExportError ? error.errors[0] : error instanceof ExportExecutionError ? error.errors[0] : error instanceof GraphQLError ? error : null;
  const code = first?.extensions?.code;
  if (!first || typeof code !== 'string') return { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error.' };
  return { code, message: first.message };
}
