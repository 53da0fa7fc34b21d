import { RequestContext } from '../../context';
import { badInput } from '../../shared/errors';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf } from '../../shared/sql/page-query';
import { NodeRecord } from '../../shared/sql/record';
import { VacancyEntity } from '../../sources/hr';
import { requireRegionCode } from '../region/region.service';
import { itemKeysArgument, usccArgument } from './employment.arguments';
import { VacancyFilter, VacancyOrderEnum } from './vacancy.inputs';
import { vacancyHydrator } from './vacancy.loader';

export type VacancyRecord = NodeRecord<VacancyEntity>;

export const VACANCY_ORDERINGS: Record<keyof typeof VacancyOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  POSTED_ON: { key: 'POSTED_ON', columns: [{ column: 't.posted_on', property: 'postedOn', direction: 'DESC' }] },
  PAY_MAX: { key: 'PAY_MAX', columns: [{ column: 't.pay_max', property: 'payMax', direction: 'DESC' }] },
  HEADCOUNT: { key: 'HEADCOUNT', columns: [{ column: 't.headcount', property: 'headcount', direction: 'DESC' }] },
};

export class VacancyService {
  constructor(private readonly ctx: RequestContext) {}

  filterSql(filter: VacancyFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.regionCode) {
      requireRegionCode(this.ctx.regions, `${argument}.regionCode`, filter.regionCode);
      sql.in('t.region_code', this.ctx.regions.subtreeCodes(filter.regionCode));
    }
    if (filter.statuses?.length) sql.in('t.status', filter.statuses);
    if (filter.employerUscc != null) sql.add('t.employer_uscc = ?', usccArgument(`${argument}.employerUscc`, filter.employerUscc));
    if (filter.itemKeys) sql.in('t.item_key', itemKeysArgument(`${argument}.itemKeys`, filter.itemKeys));
    if (filter.titleContains) sql.contains('t.title', filter.titleContains, 'filter.titleContains');
    if (filter.craftContains) sql.contains('t.craft', filter.craftContains, 'filter.craftContains');
    if (filter.postedFrom && filter.postedTo && filter.postedTo < filter.postedFrom) {
      throw badInput(`${argument}.postedTo`, `must not be before postedFrom (${filter.postedFrom}), got ${filter.postedTo}`);
    }
    if (filter.postedFrom) sql.add('t.posted_on >= ?', filter.postedFrom);
    if (filter.postedTo) sql.add('t.posted_on <= ?', filter.postedTo);
    if (filter.minHeadcount != null) {
      if (filter.minHeadcount < 0) throw badInput(`${argument}.minHeadcount`, `must not be negative, got ${filter.minHeadcount}`);
      sql.add('t.headcount >= ?', filter.minHeadcount);
    }
    if (filter.openOn) sql.add('t.posted_on <= ? AND (t.closes_on IS NULL OR t.closes_on >= ?)', filter.openOn, filter.openOn);
    return sql;
  }

  list(filter: VacancyFilter | null | undefined, orderBy: keyof typeof VacancyOrderEnum, paging: PagingArgs) {
    return pageOf(this.ctx.sources.hr, { hydrator: vacancyHydrator(this.ctx), filter: this.filterSql(filter), ordering: VACANCY_ORDERINGS[orderBy] }, paging);
  }
}
