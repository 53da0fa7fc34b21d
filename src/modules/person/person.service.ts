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
    if (filter.birthDateFrom && filter.birthDateTo && filter.birthDateTo < filter.birthDateFrom) {
      throw badInput(`${argument}.birthDateTo`, `must not be before birthDateFrom (${filter.birthDateFrom}), got ${filter.birthDateTo}`);
    }
    if (filter.birthDateFrom) sql.add('t.birth_date >= ?', filter.birthDateFrom);
    if (filter.birthDateTo) sql.add('t.birth_date <= ?', filter.birthDateTo);
    if (filter.nameContains) sql.contains('t.name', filter.nameContains, 'filter.nameContains');
    if (filter.idNumber != null) {
      const parsed = validateCitizenId(filter.idNumber);
      if (!parsed.ok) throw badInput(`${argument}.idNumber`, parsed.message);
      sql.add('t.citizen_id = ?', parsed.value);
    }
    return sql;
  }

  /** Persons with a status in one of the groups (any group when none is named), on a day or at any time. */
  private targetGroupSql(filter: PersonFilter): SqlFilter {
    const status = new SqlFilter().add('s.person_id = t.id');
    if (filter.targetGroups?.length) status.in('s.target_group', filter.targetGroups);
    if (filter.targetGroupOn) status.add('s.valid_from <= ? AND (s.valid_to IS NULL OR s.valid_to > ?)', filter.targetGroupOn, filter.targetGroupOn);
    return new SqlFilter().add(`EXISTS (SELECT 1 FROM target_group_status s WHERE ${status.sql})`, ...status.params);
  }

  list(filter: PersonFilter | null | undefined, orderBy: keyof typeof PersonOrderEnum, paging: PagingArgs) {
    return pageOf(this.ctx.sources.hr, { hydrator: personHydrator(this.ctx), filter: this.filterSql(filter), ordering: PERSON_ORDERINGS[orderBy] }, paging);
  }
}
