import { forbidden } from '../../auth/errors';
import { probedPage } from '../../auth/id-probes';
import { canReadPersons, Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { badInput } from '../../shared/errors';
import { validateCitizenId } from '../../shared/identifiers';
import { Ordering, PagingArgs, pagingWindow } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf } from '../../shared/sql/page-query';
import { requireRegionCode } from '../region/region.service';
import { InheritorFilter, InheritorOrderEnum } from './inheritor.inputs';
import { inheritorHydrator, inheritorPagesByItemId } from './inheritor.loader';
import { itemIdIn, requireItemKeys } from './item-key.filter';
import { inRange } from './year-range.filter';

export const INHERITOR_ORDERINGS: Record<keyof typeof InheritorOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  NAME: { key: 'NAME', columns: [{ column: 't.name', property: 'name', direction: 'ASC' }] },
  YEAR: { key: 'YEAR', columns: [{ column: 't.year', property: 'year', direction: 'ASC' }] },
};

export class InheritorService {
  constructor(private readonly ctx: RequestContext) {}

  filterSql(filter: InheritorFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.levels?.length) sql.in('t.level', filter.levels);
    if (filter.itemKeys) sql.merge(itemIdIn('t.item_id', requireItemKeys(`${argument}.itemKeys`, filter.itemKeys)));
    if (filter.regionCode) {
      requireRegionCode(this.ctx.regions, `${argument}.regionCode`, filter.regionCode);
      sql.in('t.region_code', this.ctx.regions.subtreeCodes(filter.regionCode));
    }
    inRange(sql, 't.year', { argument: `${argument}.yearFrom`, value: filter.yearFrom }, { argument: `${argument}.yearTo`, value: filter.yearTo });
    if (filter.nameContains) sql.contains('t.name', filter.nameContains, 'filter.nameContains');
    if (filter.citizenId != null) {
      // Looking a person up by ID number is a use of personal data, not directory browsing.
      if (!canReadPersons(this.ctx.viewer)) throw forbidden(`${argument}.citizenId`, `${argument}.citizenId searches by ID number, which needs permission ${Permission.PERSON_READ}`, { argument: `${argument}.citizenId` });
      // Strict: a mistyped ID number would silently match nobody.
      const id = validateCitizenId(filter.citizenId);
      if (!id.ok) throw badInput(`${argument}.citizenId`, id.message);
      sql.add('t.citizen_id = ?', id.value);
    }
    return sql;
  }

  list(filter: InheritorFilter | null | undefined, orderBy: keyof typeof InheritorOrderEnum, paging: PagingArgs) {
    return probedPage(this.ctx, filter?.citizenId, () =>
      pageOf(this.ctx.sources.culture, { hydrator: inheritorHydrator(this.ctx), filter: this.filterSql(filter), ordering: INHERITOR_ORDERINGS[orderBy] }, paging),
    );
  }

  /** The inheritors of one item; all items asking for the same page share one statement. */
  pageByItem(itemRowId: number, filter: InheritorFilter | null | undefined, orderBy: keyof typeof InheritorOrderEnum, paging: PagingArgs) {
    const ordering = INHERITOR_ORDERINGS[orderBy];
    pagingWindow(paging, ordering);
    const loader = inheritorPagesByItemId(this.ctx, { filter, orderBy, paging }, this.filterSql(filter), ordering, paging);
    return probedPage(this.ctx, filter?.citizenId, () => loader.load(itemRowId));
  }
}
