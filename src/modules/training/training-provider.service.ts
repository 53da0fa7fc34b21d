import { RequestContext } from '../../context';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf } from '../../shared/sql/page-query';
import { TrainingProviderFilter, TrainingProviderOrderEnum } from './training-provider.inputs';
import { trainingProviderHydrator } from './training-provider.loader';
import { regionSubtree, usccArgument } from './training.filters';

export const TRAINING_PROVIDER_ORDERINGS: Record<keyof typeof TrainingProviderOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  NAME: { key: 'NAME', columns: [{ column: 't.name', property: 'name', direction: 'ASC' }] },
  USCC: { key: 'USCC', columns: [{ column: 't.uscc', property: 'uscc', direction: 'ASC' }] },
  FILED_ON: { key: 'FILED_ON', columns: [{ column: 't.filed_on', property: 'filedOn', direction: 'ASC' }] },
};

export class TrainingProviderService {
  constructor(private readonly ctx: RequestContext) {}

  filterSql(filter: TrainingProviderFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.regionCode) regionSubtree(this.ctx, sql, 't.region_code', `${argument}.regionCode`, filter.regionCode);
    if (filter.uscc != null) sql.add('t.uscc = ?', usccArgument(`${argument}.uscc`, filter.uscc));
    if (filter.nameContains) sql.contains('t.name', filter.nameContains, 'filter.nameContains');
    if (filter.creditRatings?.length) sql.in('t.credit_rating', filter.creditRatings);
    return sql;
  }

  list(filter: TrainingProviderFilter | null | undefined, orderBy: keyof typeof TrainingProviderOrderEnum, paging: PagingArgs) {
    return pageOf(this.ctx.sources.hr, { hydrator: trainingProviderHydrator(this.ctx), filter: this.filterSql(filter), ordering: TRAINING_PROVIDER_ORDERINGS[orderBy] }, paging);
  }
}
