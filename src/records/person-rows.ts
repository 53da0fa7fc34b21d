import { sql } from 'kysely';
import { canReadPersons } from '../auth/permissions';
import { PersonLink, ScopeContext, viewerRegionCodes } from '../auth/person-scope';
import type { HrTables } from '../sources/hr/hr.tables';
import { anyOf, Condition, RecordWhere } from './record-where';

// Each link names the columns it reads; the record's own row type is not known here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyWhere = RecordWhere<any, any>;

/** Persons living in the regions, as a subquery of their row ids. */
function personsIn(where: AnyWhere, codes: readonly string[]) {
  const hr = where.db as RecordWhere<unknown, HrTables>['db'];
  return hr.selectFrom('person as scopePerson').select('scopePerson.id').where('scopePerson.regionCode', 'in', codes.length ? [...codes] : [sql<string>`null`]);
}

function regionCondition(link: PersonLink, where: AnyWhere, codes: readonly string[]): Condition {
  switch (link) {
    case 'residence':
    case 'inheritor':
      return where.in('regionCode', codes);
    case 'personId':
      return where.inQuery('personId', personsIn(where, codes));
    case 'enrollment': {
      const hr = where.db as RecordWhere<unknown, HrTables>['db'];
      const enrolments = hr.selectFrom('enrollment as scopeEnrollment').select('scopeEnrollment.id').where('scopeEnrollment.personId', 'in', personsIn(where, codes));
      return where.inQuery('enrollmentId', enrolments);
    }
    case 'loanBorrower':
      return anyOf([where.isNull('borrowerPersonId'), where.inQuery('borrowerPersonId', personsIn(where, codes))]);
    case 'optionalPersonId':
      return anyOf([where.isNull('personId'), where.inQuery('personId', personsIn(where, codes))]);
  }
}

/**
 * The rows of a person-linked record this viewer may see, or null for all:
 * a viewer who may not read persons sees none (the inheritor directory,
 * being public, and loans to organisations stay); a region-limited viewer
 * sees the rows of persons living in its region. Applied inside every
 * statement over the record, whatever alias the statement gives its table.
 */
export function personRowCondition(ctx: ScopeContext, link: PersonLink, where: AnyWhere): Condition | null {
  if (!canReadPersons(ctx.viewer)) {
    if (link === 'inheritor') return null;
    if (link === 'loanBorrower') return where.isNull('borrowerPersonId');
    if (link === 'optionalPersonId') return where.isNull('personId');
    return anyOf([]);
  }
  const codes = viewerRegionCodes(ctx);
  return codes === null ? null : regionCondition(link, where, codes);
}

/**
 * The same rows for AGGREGATES: counts are published, so a viewer who may
 * not read persons still counts everyone; only a region-limited viewer's
 * counts stop at its region.
 */
export function personAggregateCondition(ctx: ScopeContext, link: PersonLink, where: AnyWhere): Condition | null {
  const codes = viewerRegionCodes(ctx);
  return codes === null ? null : regionCondition(link, where, codes);
}
