import { sql } from 'kysely';
import { canUnmaskPii } from '../../auth/permissions';
import { asc, Condition, defineRecord, FilterQuery, RecordOf } from '../../records';
import { badInput } from '../../shared/errors';
import { validateCitizenId } from '../../shared/identifiers';
import { PersonEntity, TargetGroupStatusEntity } from '../../sources/hr';
import { HrTables } from '../../sources/hr/hr.tables';
import type { PersonFilter } from './person.inputs';

type PersonQuery = FilterQuery<PersonFilter, HrTables['person'], HrTables>;

/** Persons with a status in one of the groups (any group when none is named), on a day or at any time. */
function holdingStatus(f: PersonFilter, q: PersonQuery): Condition | null {
  if (!f.targetGroups?.length && !f.targetGroupOn) return null;
  let statuses = q.where.db.selectFrom('targetGroupStatus as status').select(sql.lit(1).as('one')).where('status.personId', '=', q.where.col('id'));
  if (f.targetGroups?.length) statuses = statuses.where('status.targetGroup', 'in', f.targetGroups);
  const day = f.targetGroupOn;
  if (day) statuses = statuses.where('status.validFrom', '<=', day).where((s) => s.or([s('status.validTo', 'is', null), s('status.validTo', '>', day)]));
  return q.where.exists(statuses);
}

/**
 * Birth dates filter in whole years for a viewer without pii:read: a range
 * of days would find anyone's birth date by halving, and with it digits
 * 7–14 of the masked ID number. Date and year bounds combine (the narrower wins).
 */
function bornBetween(f: PersonFilter, q: PersonQuery): Condition | null {
  if (!canUnmaskPii(q.env.viewer)) {
    if (f.birthDateFrom && !f.birthDateFrom.endsWith('-01-01')) {
      throw badInput(q.path('birthDateFrom'), `without pii:read a birth-date range covers whole years, so it must be a 1 January, got ${f.birthDateFrom}; or use birthYearFrom`);
    }
    if (f.birthDateTo && !f.birthDateTo.endsWith('-12-31')) {
      throw badInput(q.path('birthDateTo'), `without pii:read a birth-date range covers whole years, so it must be a 31 December, got ${f.birthDateTo}; or use birthYearTo`);
    }
  }
  const from = latest(f.birthDateFrom, f.birthYearFrom == null ? null : `${yearText(q.path('birthYearFrom'), f.birthYearFrom)}-01-01`);
  const to = earliest(f.birthDateTo, f.birthYearTo == null ? null : `${yearText(q.path('birthYearTo'), f.birthYearTo)}-12-31`);
  if (from && to && to < from) {
    const field = f.birthDateTo ? 'birthDateTo' : 'birthYearTo';
    throw badInput(q.path(field), `must not be before the start of the birth range (${from}), got ${f.birthDateTo ?? f.birthYearTo}`);
  }
  return q.rangeCondition('birthDate', from, to);
}

function yearText(argument: string, year: number): string {
  if (!Number.isInteger(year) || year < 1900 || year > 2100) throw badInput(argument, `must be a year from 1900 to 2100, got ${year}`);
  return String(year);
}

function latest(a: string | null | undefined, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

function earliest(a: string | null | undefined, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return a < b ? a : b;
}

function citizenIdCondition(idNumber: string, q: PersonQuery): Condition {
  const parsed = validateCitizenId(idNumber);
  if (!parsed.ok) throw badInput(q.path('idNumber'), parsed.message);
  return q.where.equals('citizenId', parsed.value);
}

/**
 * A person as services hand it around: the raw, normalised `citizenId` and
 * `phone` stay inside the layer (cross-agency joins need the citizen ID);
 * the GraphQL fields `idNumber` and `phone` are masked by the resolver.
 * Lists of persons go through PersonService, which refuses BIRTH_DATE
 * ordering without pii:read and spends the ID-lookup probe budget.
 */
export const PERSON = defineRecord({
  typename: 'Person',
  source: 'hr',
  table: 'person',
  entity: PersonEntity,
  personLink: 'residence',
  // No ordering by ID number: cursors carry the ordering values, and they must not carry a citizen ID.
  orderings: { ID: [], NAME: [asc('name')], BIRTH_DATE: [asc('birthDate')] },
  filter: (f: PersonFilter, q) => [
    q.regionSubtree('regionCode', 'regionCode'),
    q.oneOf('genders', 'gender'),
    holdingStatus(f, q),
    bornBetween(f, q),
    q.contains('nameContains', 'name'),
    f.idNumber != null && citizenIdCondition(f.idNumber, q),
  ],
  links: {
    // Distinct persons enrolled in cohorts run by a provider, by the provider's USCC (Workshop.trainees).
    providerUscc: {
      pairs: (db) =>
        db
          .selectFrom('enrollment as enrolment')
          .innerJoin('trainingCohort as cohort', 'cohort.id', 'enrolment.cohortId')
          .innerJoin('trainingProvider as provider', 'provider.id', 'cohort.providerId')
          .select(['provider.uscc as parent', 'enrolment.personId as record'])
          .distinct(),
    },
  },
});

export const TARGET_GROUP_STATUS = defineRecord({
  typename: 'TargetGroupStatus',
  plural: 'targetGroupStatuses',
  source: 'hr',
  table: 'targetGroupStatus',
  entity: TargetGroupStatusEntity,
  personLink: 'personId',
  // A handful per person at most, so whole lists, oldest first.
  orderings: { ID: [], VALID_FROM: [asc('validFrom')] },
  links: { person: { column: 'personId' } },
});

export type PersonRecord = RecordOf<typeof PERSON>;
export type TargetGroupStatusRecord = RecordOf<typeof TARGET_GROUP_STATUS>;
