import { RequestContext } from '../../context';
import { rowIdOf } from '../../shared/relay/global-id';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf } from '../../shared/sql/page-query';
import { TrainingCohortFilter, TrainingCohortOrderEnum } from './training-cohort.inputs';
import { TrainingCohortRecord, trainingCohortHydrator } from './training-cohort.loader';
import { trainingProvidersById } from './training-provider.loader';
import { dateRange, regionSubtree, usccArgument } from './training.filters';

export const TRAINING_COHORT_ORDERINGS: Record<keyof typeof TrainingCohortOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  CODE: { key: 'CODE', columns: [{ column: 't.code', property: 'code', direction: 'ASC' }] },
  STARTS_ON: { key: 'STARTS_ON', columns: [{ column: 't.starts_on', property: 'startsOn', direction: 'ASC' }] },
};

export class TrainingCohortService {
  constructor(private readonly ctx: RequestContext) {}

  /** WHERE clause over `training_cohort t`; `argument` prefixes error paths. */
  filterSql(filter: TrainingCohortFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.regionCode) regionSubtree(this.ctx, sql, 't.region_code', `${argument}.regionCode`, filter.regionCode);
    dateRange(sql, 't.starts_on', argument, 'starts', filter.startsFrom, filter.startsTo);
    if (filter.projectBased != null) sql.add('t.project_based = ?', filter.projectBased ? 1 : 0);
    if (filter.catalogEntryId != null) {
      sql.add('t.catalog_entry_id = ?', rowIdOf(filter.catalogEntryId, 'TrainingCatalogEntry', `${argument}.catalogEntryId`));
    }
    if (filter.providerUscc != null) {
      const uscc = usccArgument(`${argument}.providerUscc`, filter.providerUscc);
      sql.add('t.provider_id IN (SELECT p.id FROM training_provider p WHERE p.uscc = ?)', uscc);
    }
    return sql;
  }

  list(filter: TrainingCohortFilter | null | undefined, orderBy: keyof typeof TrainingCohortOrderEnum, paging: PagingArgs) {
    return pageOf(this.ctx.sources.hr, { hydrator: trainingCohortHydrator(this.ctx), filter: this.filterSql(filter), ordering: TRAINING_COHORT_ORDERINGS[orderBy] }, paging);
  }

  /** The USCC of the provider running the class: the key the lead's Organization link rests on. */
  async providerUscc(cohort: TrainingCohortRecord): Promise<string> {
    const provider = await trainingProvidersById(this.ctx).load(cohort.providerId);
    if (!provider) throw new Error(`training cohort ${cohort.rowId} names provider ${cohort.providerId}, which does not exist`);
    return provider.uscc;
  }
}
