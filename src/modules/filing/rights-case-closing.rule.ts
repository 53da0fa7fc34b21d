import { RIGHTS_CASE_OUTCOMES, RightsCaseOutcome } from '../../sources/hr';
import { inScope } from './filing.env';
import { present } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { dayOf } from './filing.sql';

export interface RightsCaseClosingDraft {
  caseNumber: string | null;
  closedOn: string | null;
  outcome: RightsCaseOutcome | null;
}

interface CaseOnFile {
  id: number;
  openedOn: string;
  closedOn: string | null;
  regionCode: string;
  personRegion: string;
}

export type RightsCaseClosingRow = { id: number; closedOn: string; outcome: RightsCaseOutcome };

/**
 * 维权办结: an open rights case is closed with its day and outcome. A case of
 * a worker outside a region-limited caller's region does not exist for it.
 */
export const rightsCaseClosingRule: FilingRule<RightsCaseClosingDraft, Map<string, CaseOnFile>, RightsCaseClosingRow> = {
  source: 'hr',
  fields: { caseNumber: ['案件编号', '受理编号'], closedOn: ['办结日期'], outcome: ['办结结果', '处理结果'] },

  check: (read) => ({
    caseNumber: read.text('caseNumber', { required: true, max: 32 })?.toUpperCase() ?? null,
    closedOn: read.date('closedOn', { required: true, notAfterToday: true }),
    outcome: read.oneOf('outcome', RIGHTS_CASE_OUTCOMES, { required: true }),
  }),

  async lookup(drafts, db) {
    const rows = await db.rowsIn<Record<string, unknown>>(
      'hr',
      'SELECT c.id AS id, c.case_number AS case_number, c.opened_on AS opened_on, c.closed_on AS closed_on, c.region_code AS region_code, p.region_code AS person_region FROM rights_case c JOIN person p ON p.id = c.person_id',
      'c.case_number',
      present(drafts.map((d) => d.caseNumber)),
    );
    return new Map(
      rows.map((r) => [
        String(r.case_number),
        { id: Number(r.id), openedOn: dayOf(r.opened_on)!, closedOn: dayOf(r.closed_on), regionCode: String(r.region_code), personRegion: String(r.person_region) },
      ]),
    );
  },

  resolve(d, cases, read) {
    if (!d.caseNumber || !d.closedOn || !d.outcome) return null;
    const found = cases.get(d.caseNumber);
    if (!found || !inScope(read.env, found.personRegion)) return read.error('caseNumber', 'NOT_FOUND', `No rights case numbered ${d.caseNumber} is on file`);
    if (!read.scope('caseNumber', found.regionCode, 'The case is handled in')) return null;
    if (found.closedOn) return read.error('caseNumber', 'INVALID_STATE', `The case was already closed on ${found.closedOn}`);
    if (d.closedOn < found.openedOn) return read.error('closedOn', 'DATE_ORDER', `closedOn ${d.closedOn} is before the case was opened on ${found.openedOn}`);
    return { id: found.id, closedOn: d.closedOn, outcome: d.outcome };
  },

  async write(tx, rows) {
    for (const row of rows) await tx.query('UPDATE rights_case SET closed_on = ?, outcome = ? WHERE id = ? AND closed_on IS NULL', [row.closedOn, row.outcome, row.id]);
    return rows.map((r) => r.id);
  },
};
