import { probedPage } from '../../auth/id-probes';
import { canUnmaskPii } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { badInput } from '../../shared/errors';
import { validateCitizenId } from '../../shared/identifiers';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf } from '../../shared/sql/page-query';
import { requireRegionCode } from '../region/region.service';
import { PersonFilter, PersonOrderEnum } from './person.inputs';
import { personHydrator } from './person.record';

export const PERSON_ORDERINGS: Record<keyof typeof PersonOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  NAME: { key: 'NAME', columns: [{ column: 't.name', property: 'name', direction: 'ASC' }] },
  BIRTH_DATE: { key: 'BIRTH_DATE', columns: [{ column: 't.birth_date', property: 'birthDate', direction: 'ASC' }] },
};

export class PersonService {
  constructor(private readonly ctx: RequestContext) {}

  filterSql(filter: PersonFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.regionCode) {
      requireRegionCode(this.ctx.regions, `${argument}.regionCode`, filter.regionCode);
      sql.in('t.region_code', this.ctx.regions.subtreeCodes(filter.regionCode));
    }
    if (filter.genders?.length) sql.in('t.gender', filter.genders);
    if (filter.targetGroups?.length || filter.targetGroupOn) sql.merge(this.targetGroupSql(filter));
    sql.merge(this.birthSql(filter, argument));
    if (filter.nameContains) sql.contains('t.name', filter.nameContains, `${argument}.nameContains`);
    if (filter.idNumber != null) {
      const parsed = validateCitizenId(filter.idNumber);
      if (!parsed.ok) throw badInput(`${argument}.idNumber`, parsed.message);
      sql.add('t.citizen_id = ?', parsed.value);
    }
    return sql;
  }

  /**
   * Birth dates filter in whole years for a viewer without pii:read: a range
   * of days would find anyone's birth date by halving, and with it digits
   * 7–14 of the masked ID number.
   */
  private birthSql(filter: PersonFilter, argument: string): SqlFilter {
    const sql = new SqlFilter();
    const exact = canUnmaskPii(this.ctx.viewer);
    if (!exact) {
      if (filter.birthDateFrom && !filter.birthDateFrom.endsWith('-01-01')) {
        throw badInput(`${argument}.birthDateFrom`, `without pii:read a birth-date range covers whole years, so it must be a 1 January, got ${filter.birthDateFrom}; or use birthYearFrom`);
      }
      if (filter.birthDateTo && !filter.birthDateTo.endsWith('-12-31')) {
        throw badInput(`${argument}.birthDateTo`, `without pii:read a birth-date range covers whole years, so it must be a 31 December, got ${filter.birthDateTo}; or use birthYearTo`);
      }
    }
    const from = latest(filter.birthDateFrom, filter.birthYearFrom == null ? null : `${yearText(`${argument}.birthYearFrom`, filter.birthYearFrom)}-01-01`);
    const to = earliest(filter.birthDateTo, filter.birthYearTo == null ? null : `${yearText(`${argument}.birthYearTo`, filter.birthYearTo)}-12-31`);
    if (from && to && to < from) {
      const field = filter.birthDateTo ? 'birthDateTo' : 'birthYearTo';
      throw badInput(`${argument}.${field}`, `must not be before the start of the birth range (${from}), got ${filter.birthDateTo ?? filter.birthYearTo}`);
    }
    if (from) sql.add('t.birth_date >= ?', from);
    if (to) sql.add('t.birth_date <= ?', to);
    return sql;
  }

  /** Persons with a status in one of the groups (any group when none is named), on a day or at any time. */
  private targetGroupSql(filter: PersonFilter): SqlFilter {
    const status = new SqlFilter().add('s.person_id = t.id');
    if (filter.targetGroups?.length) status.in('s.target_group', filter.targetGroups);
    if (filter.targetGroupOn) status.add('s.valid_from <= ? AND (s.valid_to IS NULL OR s.valid_to > ?)', filter.targetGroupOn, filter.targetGroupOn);
    return new SqlFilter().add(`EXISTS (SELECT 1 FROM target_group_status s WHERE ${status.sql})`, ...status.params);
  }

  /** The ordering asked for, if this viewer may have it. */
  ordering(orderBy: keyof typeof PersonOrderEnum | null | undefined): Ordering {
    if (orderBy === 'BIRTH_DATE' && !canUnmaskPii(this.ctx.viewer)) {
      // The order alone would give birth dates away: a person's rank among those born in a year is their birthday.
      throw badInput('orderBy', 'ordering by birth date needs pii:read, since the order would give birth dates away; order by NAME or ID');
    }
    return PERSON_ORDERINGS[orderBy ?? 'ID'];
  }

  async list(filter: PersonFilter | null | undefined, orderBy: keyof typeof PersonOrderEnum, paging: PagingArgs) {
    return this.probed(filter, () => pageOf(this.ctx.sources.hr, { hydrator: personHydrator(this.ctx), filter: this.filterSql(filter), ordering: this.ordering(orderBy) }, paging));
  }

  /** A page looked up by full ID number spends the caller's probe budget when it comes back empty (see auth/id-probes.ts). */
  probed<P extends { edges: unknown[] }>(filter: PersonFilter | null | undefined, page: () => Promise<P>): Promise<P> {
    return probedPage(this.ctx, filter?.idNumber, page);
  }
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
