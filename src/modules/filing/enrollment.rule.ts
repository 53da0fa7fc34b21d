import { ENROLLMENT_STATUSES, EnrollmentEntity, EnrollmentStatus, TARGET_GROUPS, TargetGroup } from '../../sources/hr';
import { ID_NUMBER, STATUS } from './field-names';
import { dayOf, givenValues, insertRows, updateRows } from './filing.sql';
import { CohortRef, cohortsByCode, enrollmentKey, enrollmentsByCohortAndPerson, EnrollmentRef, noSuchPerson, personsByCitizenId, PersonRef, present, shownId } from './filing.lookups';
import { FilingRule } from './filing.rule';

export interface EnrollmentDraft {
  cohortCode: string | null;
  citizenId: string | null;
  enrolledOn: string | null;
  targetGroup: TargetGroup | null;
  status: EnrollmentStatus | null;
  completedOn: string | null;
  passed: boolean | null;
}

export interface EnrollmentLookup {
  cohorts: Map<string, CohortRef>;
  persons: Map<string, PersonRef>;
  existing: Map<string, EnrollmentRef>;
  /** Target-group periods per person row id. */
  groups: Map<number, Array<{ group: string; from: string; to: string | null }>>;
  /** Places taken per cohort row id, counting the batch's own rows as they are accepted. */
  taken: Map<number, number>;
}

export type EnrollmentRow = {
  cohortId: number;
  personId: number;
  enrolledOn: string;
  status: EnrollmentStatus;
  completedOn: string | null;
  passed: boolean | null;
  targetGroup: TargetGroup | null;
};

/**
 * 学员报名: a registered person takes a place in a cohort. Imports of past
 * classes may carry the outcome (status, completedOn, passed) as well.
 */
export const enrollmentRule: FilingRule<EnrollmentDraft, EnrollmentLookup, EnrollmentRow> = {
  source: 'hr',
  fields: {
    cohortCode: ['培训班编号', '班级编号', '开班编号'],
    idNumber: ID_NUMBER,
    enrolledOn: ['报名日期'],
    targetGroup: ['重点群体', '人员类别'],
    status: ['培训状态', '学员状态', ...STATUS],
    completedOn: ['结业日期'],
    passed: ['是否合格', '考核结果'],
  },

  check(read) {
    const d: EnrollmentDraft = {
      cohortCode: read.text('cohortCode', { required: true, max: 32 })?.toUpperCase() ?? null,
      citizenId: read.citizenId('idNumber', { required: true }),
      enrolledOn: read.date('enrolledOn', { required: true, notAfterToday: true }),
      targetGroup: read.oneOf('targetGroup', TARGET_GROUPS),
      status: read.oneOf('status', ENROLLMENT_STATUSES, { fallback: 'ENROLLED' }),
      completedOn: read.date('completedOn', { notAfterToday: true }),
      passed: read.boolean('passed', {}),
    };
    if (d.status === 'COMPLETED' && !d.completedOn && !read.problems.hasErrorOn(read.path('completedOn'))) {
      read.error('completedOn', 'REQUIRED', 'completedOn is required when status is COMPLETED');
    }
    if (d.status !== 'COMPLETED' && d.completedOn) read.error('completedOn', 'INCONSISTENT', `completedOn is set but status is ${d.status}`);
    if (d.status !== 'COMPLETED' && d.passed !== null) read.error('passed', 'INCONSISTENT', `passed is set but status is ${d.status}; only a completed trainee is assessed`);
    if (d.enrolledOn && d.completedOn && d.completedOn < d.enrolledOn) {
      read.error('completedOn', 'DATE_ORDER', `completedOn ${d.completedOn} is before enrolledOn ${d.enrolledOn}`);
    }
    return d;
  },

  async lookup(drafts, db, env) {
    const cohorts = await cohortsByCode(db, drafts.map((d) => d.cohortCode));
    const persons = await personsByCitizenId(db, drafts.map((d) => d.citizenId), env);
    const existing = await enrollmentsByCohortAndPerson(db, drafts, env, persons);
    const groups = new Map<number, Array<{ group: string; from: string; to: string | null }>>();
    const personIds = [...persons.values()].map((p) => p.id);
    for (const r of await db.rowsIn<Record<string, unknown>>('hr', 'SELECT person_id, target_group, valid_from, valid_to FROM target_group_status', 'person_id', personIds)) {
      const list = groups.get(Number(r.person_id)) ?? [];
      list.push({ group: String(r.target_group), from: dayOf(r.valid_from)!, to: dayOf(r.valid_to) });
      groups.set(Number(r.person_id), list);
    }
    // Places taken per cohort: counted once per import, then kept up to date as rows are accepted.
    const taken = db.memo('enrollment.taken', () => new Map<number, number>());
    const uncounted = present([...cohorts.values()].map((c) => c.id)).filter((id) => !taken.has(id));
    for (const id of uncounted) taken.set(id, 0);
    for (const r of await db.rowsIn<Record<string, unknown>>('hr', 'SELECT cohort_id, COUNT(*) AS n FROM enrollment', 'cohort_id', uncounted, ' GROUP BY cohort_id')) {
      taken.set(Number(r.cohort_id), Number(r.n));
    }
    return { cohorts, persons, existing, groups, taken };
  },

  resolve(d, found, read) {
    const cohort = d.cohortCode ? found.cohorts.get(d.cohortCode) : undefined;
    if (d.cohortCode && !cohort) read.error('cohortCode', 'NOT_FOUND', `No training cohort has the code ${d.cohortCode}`);
    const inScope = cohort ? read.scope('cohortCode', cohort.regionCode, `Cohort ${cohort.code} is held in`) : false;
    const person = d.citizenId ? found.persons.get(d.citizenId) : undefined;
    if (d.citizenId && !person) read.error('idNumber', 'NOT_FOUND', noSuchPerson(read.env, d.citizenId, '; register the person first'));
    if (!cohort || !person || !inScope || !d.enrolledOn || !d.status) return null;
    // Cohort and person are both in the caller's scope here, so an update is the caller's to make.
    const onFile = found.existing.get(enrollmentKey(cohort.code, d.citizenId!));
    if (onFile && !read.env.upsert) {
      read.error('idNumber', 'DUPLICATE', `${shownId(d.citizenId!)} is already enrolled in cohort ${cohort.code}`);
    }
    if (d.enrolledOn > cohort.endsOn) read.error('enrolledOn', 'DATE_ORDER', `enrolledOn ${d.enrolledOn} is after the cohort ended on ${cohort.endsOn}`);
    if (d.completedOn && d.completedOn < cohort.startsOn) read.error('completedOn', 'DATE_ORDER', `completedOn ${d.completedOn} is before the cohort started on ${cohort.startsOn}`);
    if (d.targetGroup) {
      const held = (found.groups.get(person.id) ?? []).some((s) => s.group === d.targetGroup && s.from <= d.enrolledOn! && (s.to === null || s.to >= d.enrolledOn!));
      if (!held) read.error('targetGroup', 'INCONSISTENT', `The person does not belong to ${d.targetGroup} on ${d.enrolledOn}, so no subsidy can rest on it`);
    }
    if (read.problems.failed) return null;
    // An updated enrolment already holds its place.
    const taken = (found.taken.get(cohort.id) ?? 0) + (onFile ? 0 : 1);
    found.taken.set(cohort.id, taken);
    if (!onFile && taken > cohort.plannedSize) read.warn('cohortCode', 'OUT_OF_RANGE', `Cohort ${cohort.code} now has ${taken} trainees for ${cohort.plannedSize} planned places`);
    return { cohortId: cohort.id, personId: person.id, enrolledOn: d.enrolledOn, status: d.status, completedOn: d.completedOn, passed: d.passed, targetGroup: d.targetGroup };
  },

  write: (tx, rows, ids) => insertRows(tx, EnrollmentEntity, rows, ids),

  personKey: { field: 'idNumber' },

  batchKey: { field: 'idNumber', of: (d) => (d.cohortCode && d.citizenId ? enrollmentKey(d.cohortCode, d.citizenId) : null) },

  upsert: {
    existing: (d, found) => (d.cohortCode && d.citizenId ? found.existing.get(enrollmentKey(d.cohortCode, d.citizenId))?.id ?? null : null),
    update: (tx, rows) =>
      updateRows(
        tx,
        EnrollmentEntity,
        rows.map(({ id, row, given }) => ({
          id,
          values: givenValues(row, given, { enrolledOn: 'enrolledOn', targetGroup: 'targetGroup', status: 'status', completedOn: 'completedOn', passed: 'passed' }),
        })),
      ),
  },
};
