import { SubsidyClaimEntity } from '../../sources/hr';
import { compareDecimal, multiplyDecimal } from '../../shared/decimal';
import { EnrollmentKeyDraft, EnrollmentKeyLookup, lookupEnrollmentKeys, readEnrollmentKey, resolveEnrollment } from './completion.rule';
import { enrollmentKey } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { insertRows } from './filing.sql';
import { ID_NUMBER } from './field-names';

export interface SubsidyClaimDraft extends EnrollmentKeyDraft {
  amount: string | null;
  claimedOn: string | null;
}

interface SubsidyClaimLookup extends EnrollmentKeyLookup {
  /** Enrolment row ids that already have a claim. */
  claimed: Set<number>;
  /** Class hours × subsidy per hour of each catalogue entry: the most one trainee can claim. */
  caps: Map<number, string>;
}

export type SubsidyClaimRow = { enrollmentId: number; amount: string; status: 'FILED'; claimedOn: string; paidOn: null };

/** 培训补贴申领: one claim per completed, passed enrolment resting on a target group. */
export const subsidyClaimRule: FilingRule<SubsidyClaimDraft, SubsidyClaimLookup, SubsidyClaimRow> = {
  source: 'hr',
  fields: { cohortCode: ['培训班编号'], idNumber: ID_NUMBER, amount: ['申领金额'], claimedOn: ['申领日期'] },

  check: (read) => ({
    ...readEnrollmentKey(read),
    amount: read.decimal('amount', { required: true, min: '0.01', max: '100000.00' }),
    claimedOn: read.date('claimedOn', { required: true, notAfterToday: true }),
  }),

  async lookup(drafts, db, env) {
    const base = await lookupEnrollmentKeys(drafts, db, env);
    const enrollmentIds = [...base.enrollments.values()].map((e) => e.id);
    const claimed = new Set((await db.rowsIn<Record<string, unknown>>('hr', 'SELECT enrollment_id FROM subsidy_claim', 'enrollment_id', enrollmentIds)).map((r) => Number(r.enrollment_id)));
    const entryIds = [...base.enrollments.values()].map((e) => e.catalogEntryId);
    const caps = new Map<number, string>();
    for (const r of await db.rowsIn<Record<string, unknown>>('hr', 'SELECT id, class_hours, subsidy_per_hour FROM training_catalog_entry', 'id', entryIds)) {
      const rate = typeof r.subsidy_per_hour === 'number' ? r.subsidy_per_hour.toFixed(2) : String(r.subsidy_per_hour);
      caps.set(Number(r.id), multiplyDecimal(rate, Number(r.class_hours)));
    }
    return { ...base, claimed, caps };
  },

  resolve(d, found, read) {
    const enrollment = resolveEnrollment(d, found, read);
    if (!enrollment || !d.amount || !d.claimedOn) return null;
    if (found.claimed.has(enrollment.id)) return read.error('idNumber', 'DUPLICATE', `A subsidy claim for this enrolment in cohort ${enrollment.cohortCode} is already on file`);
    if (enrollment.status !== 'COMPLETED' || enrollment.passed !== true) {
      return read.error('idNumber', 'INVALID_STATE', `The enrolment is ${enrollment.status}${enrollment.status === 'COMPLETED' ? ' but not passed' : ''}; only a trainee who completed and passed can be subsidised`);
    }
    if (!enrollment.targetGroup) return read.error('idNumber', 'INVALID_STATE', 'The enrolment names no target group, so no training subsidy rests on it');
    const cap = found.caps.get(enrollment.catalogEntryId);
    if (cap && compareDecimal(d.amount, cap) > 0) read.error('amount', 'OUT_OF_RANGE', `amount ${d.amount} exceeds class hours × subsidy per hour of the programme, ${cap} yuan`);
    if (enrollment.completedOn && d.claimedOn < enrollment.completedOn) read.error('claimedOn', 'DATE_ORDER', `claimedOn ${d.claimedOn} is before completion on ${enrollment.completedOn}`);
    if (read.problems.failed) return null;
    found.claimed.add(enrollment.id);
    return { enrollmentId: enrollment.id, amount: d.amount, status: 'FILED', claimedOn: d.claimedOn, paidOn: null };
  },

  write: (tx, rows, ids) => insertRows(tx, SubsidyClaimEntity, rows, ids),

  personKey: { field: 'idNumber' },

  batchKey: { field: 'idNumber', of: (d) => (d.cohortCode && d.citizenId ? enrollmentKey(d.cohortCode, d.citizenId) : null) },
};
