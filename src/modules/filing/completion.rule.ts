import { FieldReader } from './field-reader';
import { cohortsByCode, CohortRef, enrollmentKey, enrollmentsByCohortAndPerson, EnrollmentRef, shownId } from './filing.lookups';
import { FilingEnv } from './filing.env';
import { FilingDb, FilingRule } from './filing.rule';
import { ID_NUMBER } from './field-names';

/** The enrolment a filing names by cohort code and citizen ID, shared by completions and subsidy claims. */
export interface EnrollmentKeyDraft {
  cohortCode: string | null;
  citizenId: string | null;
}

export interface EnrollmentKeyLookup {
  cohorts: Map<string, CohortRef>;
  enrollments: Map<string, EnrollmentRef>;
}

export function readEnrollmentKey(read: FieldReader): EnrollmentKeyDraft {
  return { cohortCode: read.text('cohortCode', { required: true, max: 32 })?.toUpperCase() ?? null, citizenId: read.citizenId('idNumber', { required: true }) };
}

export async function lookupEnrollmentKeys(drafts: readonly EnrollmentKeyDraft[], db: FilingDb, env: FilingEnv): Promise<EnrollmentKeyLookup> {
  return { cohorts: await cohortsByCode(db, drafts.map((d) => d.cohortCode)), enrollments: await enrollmentsByCohortAndPerson(db, drafts, env) };
}

/** The enrolment, in the caller's scope, or null with the reason recorded. */
export function resolveEnrollment(d: EnrollmentKeyDraft, found: EnrollmentKeyLookup, read: FieldReader): EnrollmentRef | null {
  if (!d.cohortCode || !d.citizenId) return null;
  const cohort = found.cohorts.get(d.cohortCode);
  if (!cohort) return read.error('cohortCode', 'NOT_FOUND', `No training cohort has the code ${d.cohortCode}`);
  if (!read.scope('cohortCode', cohort.regionCode, `Cohort ${cohort.code} is held in`)) return null;
  const enrollment = found.enrollments.get(enrollmentKey(d.cohortCode, d.citizenId));
  // A trainee living outside a region-limited caller's region is not found either, in the same words.
  if (!enrollment) return read.error('idNumber', 'NOT_FOUND', `${shownId(d.citizenId)} is not enrolled in cohort ${d.cohortCode}`);
  return enrollment;
}

export interface CompletionDraft extends EnrollmentKeyDraft {
  completedOn: string | null;
  passed: boolean | null;
}

export type CompletionRow = { enrollmentId: number; completedOn: string; passed: boolean };

/** 结业: a trainee finishes the class, with the assessment result. */
export const completionRule: FilingRule<CompletionDraft, EnrollmentKeyLookup, CompletionRow> = {
  source: 'hr',
  fields: { cohortCode: ['培训班编号'], idNumber: ID_NUMBER, completedOn: ['结业日期'], passed: ['是否合格'] },

  check: (read) => ({
    ...readEnrollmentKey(read),
    completedOn: read.date('completedOn', { required: true, notAfterToday: true }),
    passed: read.boolean('passed', { required: true }),
  }),

  lookup: lookupEnrollmentKeys,

  resolve(d, found, read) {
    const enrollment = resolveEnrollment(d, found, read);
    if (!enrollment || !d.completedOn || d.passed === null) return null;
    if (enrollment.status !== 'ENROLLED') {
      return read.error('idNumber', 'INVALID_STATE', `The enrolment is ${enrollment.status}; only an ENROLLED trainee can complete`);
    }
    if (d.completedOn < enrollment.enrolledOn) return read.error('completedOn', 'DATE_ORDER', `completedOn ${d.completedOn} is before enrolment on ${enrollment.enrolledOn}`);
    if (d.completedOn < enrollment.cohortStartsOn) return read.error('completedOn', 'DATE_ORDER', `completedOn ${d.completedOn} is before the cohort started on ${enrollment.cohortStartsOn}`);
    return { enrollmentId: enrollment.id, completedOn: d.completedOn, passed: d.passed };
  },

  async write(tx, rows) {
    for (const row of rows) {
      // The status guard makes a concurrent second completion a no-op rather than an overwrite.
      await tx.query(`UPDATE enrollment SET status = 'COMPLETED', completed_on = ?, passed = ? WHERE id = ? AND status = 'ENROLLED'`, [row.completedOn, row.passed ? 1 : 0, row.enrollmentId]);
    }
    return rows.map((r) => r.enrollmentId);
  },

  personKey: { field: 'idNumber' },

  batchKey: { field: 'idNumber', of: (d) => (d.cohortCode && d.citizenId ? enrollmentKey(d.cohortCode, d.citizenId) : null) },
};
