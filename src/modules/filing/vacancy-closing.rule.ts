import { FilingRule } from './filing.rule';
import { dayOf } from './filing.sql';

export interface VacancyClosingDraft {
  vacancyId: number | null;
  closedOn: string | null;
}

export type VacancyClosingRow = { vacancyId: number; closedOn: string };

/** 岗位关闭: an open vacancy is filled or withdrawn; its closing day is recorded. */
export const vacancyClosingRule: FilingRule<VacancyClosingDraft, Map<number, { status: string; regionCode: string; postedOn: string }>, VacancyClosingRow> = {
  source: 'hr',
  fields: { vacancyId: ['岗位'], closedOn: ['关闭日期'] },

  check: (read) => ({
    vacancyId: read.globalId('vacancyId', 'Vacancy', { required: true }),
    closedOn: read.date('closedOn', { required: true, notAfterToday: true }),
  }),

  async lookup(drafts, db) {
    const ids = drafts.map((d) => d.vacancyId).filter((id): id is number => id !== null);
    const rows = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT id, status, region_code, posted_on FROM vacancy', 'id', ids);
    return new Map(rows.map((r) => [Number(r.id), { status: String(r.status), regionCode: String(r.region_code), postedOn: dayOf(r.posted_on)! }]));
  },

  resolve(d, vacancies, read) {
    if (d.vacancyId === null || !d.closedOn) return null;
    const vacancy = vacancies.get(d.vacancyId);
    if (!vacancy) return read.error('vacancyId', 'NOT_FOUND', 'No vacancy has this id');
    if (!read.scope('vacancyId', vacancy.regionCode, 'The vacancy is posted in')) return null;
    if (vacancy.status !== 'OPEN') return read.error('vacancyId', 'INVALID_STATE', `The vacancy is already ${vacancy.status}`);
    if (d.closedOn < vacancy.postedOn) return read.error('closedOn', 'DATE_ORDER', `closedOn ${d.closedOn} is before the vacancy was posted on ${vacancy.postedOn}`);
    return { vacancyId: d.vacancyId, closedOn: d.closedOn };
  },

  async write(tx, rows) {
    for (const row of rows) await tx.query(`UPDATE vacancy SET status = 'CLOSED', closes_on = ? WHERE id = ? AND status = 'OPEN'`, [row.closedOn, row.vacancyId]);
    return rows.map((r) => r.vacancyId);
  },
};
