import { requireItemKeys } from '../../shared/filters/arguments';
import { RequestContext } from '../../context';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf } from '../../shared/sql/page-query';
import { NodeRecord } from '../../shared/sql/record';
import { LaborBrandEntity } from '../../sources/hr';
import { requireRegionCode } from '../region/region.service';
import { LaborBrandFilter, LaborBrandOrderEnum } from './labor-brand.inputs';
import { laborBrandHydrator } from './labor-brand.loader';

export type LaborBrandRecord = NodeRecord<LaborBrandEntity>;

export const LABOR_BRAND_ORDERINGS: Record<keyof typeof LaborBrandOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  NAME: { key: 'NAME', columns: [{ column: 't.name', property: 'name', direction: 'ASC' }] },
  ESTABLISHED_YEAR: { key: 'ESTABLISHED_YEAR', columns: [{ column: 't.established_year', property: 'establishedYear', direction: 'DESC' }] },
};

export class LaborBrandService {
  constructor(private readonly ctx: RequestContext) {}

  filterSql(filter: LaborBrandFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.regionCode) {
      requireRegionCode(this.ctx.regions, `${argument}.regionCode`, filter.regionCode);
      sql.in('t.region_code', this.ctx.regions.subtreeCodes(filter.regionCode));
    }
    if (filter.itemKeys) sql.in('t.item_key', requireItemKeys(`${argument}.itemKeys`, filter.itemKeys));
    if (filter.nameContains) sql.contains('t.name', filter.nameContains, 'filter.nameContains');
    if (filter.craftContains) sql.contains('t.craft', filter.craftContains, 'filter.craftContains');
    if (filter.establishedYears?.length) sql.in('t.established_year', filter.establishedYears);
    return sql;
  }

  list(filter: LaborBrandFilter | null | undefined, orderBy: keyof typeof LaborBrandOrderEnum, paging: PagingArgs) {
    return pageOf(this.ctx.sources.hr, { hydrator: laborBrandHydrator(this.ctx), filter: this.filterSql(filter), ordering: LABOR_BRAND_ORDERINGS[orderBy] }, paging);
  }
}
