import { inScope } from './filing.env';
import { FilingRule } from './filing.rule';
import { dayOf } from './filing.sql';

export interface ReferralOutcomeDraft {
  serviceId: number | null;
  outcome: 'HIRED' | 'NOT_HIRED' | null;
  hiredOn: string | null;
}

type Referral = { kind: string; outcome: string; servedOn: string; regionCode: string; personRegionCode: string };

/** 推荐结果登记: a pending referral (an introduction REFERRED) ends in a hire, with its day, or not. */
export const referralOutcomeRule: FilingRule<ReferralOutcomeDraft, Map<number, Referral>, { serviceId: number; outcome: 'HIRED' | 'NOT_HIRED'; hiredOn: string | null }> = {
  source: 'hr',
  fields: { serviceId: ['服务记录'], outcome: ['推荐结果'], hiredOn: ['录用日期'] },

  check(read) {
    const d: ReferralOutcomeDraft = {
      serviceId: read.globalId('serviceId', 'EmploymentService', { required: true }),
      outcome: read.oneOf('outcome', ['HIRED', 'NOT_HIRED'] as const, { required: true }),
      hiredOn: read.date('hiredOn', { notAfterToday: true }),
    };
    if (d.outcome === 'HIRED' && !read.present('hiredOn')) read.error('hiredOn', 'REQUIRED', 'hiredOn is required for the outcome HIRED');
    if (d.outcome === 'NOT_HIRED' && d.hiredOn) read.error('hiredOn', 'INCONSISTENT', 'A hiring day goes with the outcome HIRED');
    return d;
  },

  async lookup(drafts, db) {
    const ids = drafts.map((d) => d.serviceId).filter((id): id is number => id !== null);
    const rows = await db.rowsIn<Record<string, unknown>>(
      'hr',
      'SELECT s.id, s.kind, s.outcome, s.served_on, s.region_code, p.region_code AS person_region_code FROM employment_service s JOIN person p ON p.id = s.person_id',
      's.id',
      ids,
    );
    return new Map(rows.map((r) => [Number(r.id), { kind: String(r.kind), outcome: String(r.outcome), servedOn: dayOf(r.served_on)!, regionCode: String(r.region_code), personRegionCode: String(r.person_region_code) }]));
  },

  resolve(d, services, read) {
    if (d.serviceId === null || !d.outcome) return null;
    const service = services.get(d.serviceId);
    // A service of a person outside the caller's region does not exist for it.
    if (!service || !inScope(read.env, service.personRegionCode)) return read.error('serviceId', 'NOT_FOUND', 'No employment service has this id');
    if (service.kind !== 'INTRODUCTION' || service.outcome !== 'REFERRED') {
      return read.error('serviceId', 'INVALID_STATE', service.kind !== 'INTRODUCTION' ? `A ${service.kind} has no referral outcome` : `The referral already ended ${service.outcome}`);
    }
    if (d.hiredOn && d.hiredOn < service.servedOn) return read.error('hiredOn', 'DATE_ORDER', `hiredOn ${d.hiredOn} is before the introduction on ${service.servedOn}`);
    if (read.problems.failed) return null;
    return { serviceId: d.serviceId, outcome: d.outcome, hiredOn: d.hiredOn };
  },

  async write(tx, rows) {
    for (const row of rows) await tx.query(`UPDATE employment_service SET outcome = ?, hired_on = ? WHERE id = ? AND outcome = 'REFERRED'`, [row.outcome, row.hiredOn, row.serviceId]);
    return rows.map((r) => r.serviceId);
  },
};
