import { RequestContext } from '../../context';
import { TrainingCohortsArgs } from './training-cohort.inputs';
import { TrainingCohortRecord, trainingCohortHydrator } from './training-cohort.loader';
import { TRAINING_COHORT_ORDERINGS, TrainingCohortService } from './training-cohort.service';
import { childPagesLoader } from './training.pages';

type CohortPageArgs = Partial<TrainingCohortsArgs>;

function cohortPages<K extends string | number>(ctx: RequestContext, name: string, parentColumn: string, args: CohortPageArgs) {
  const { filter, orderBy, ...paging } = args;
  return childPagesLoader<K, TrainingCohortRecord>(ctx, name, args, paging, {
    hydrator: trainingCohortHydrator(ctx),
    filter: new TrainingCohortService(ctx).filterSql(filter),
    ordering: TRAINING_COHORT_ORDERINGS[orderBy ?? 'ID'],
    parentColumn,
  });
}

/** A page of cohorts per catalogue entry row id (`TrainingCatalogEntry.cohorts`). */
export function trainingCohortPagesByCatalogEntryId(ctx: RequestContext, args: CohortPageArgs) {
  return cohortPages<number>(ctx, 'trainingCohortPagesByCatalogEntryId', 't.catalog_entry_id', args);
}

/** A page of cohorts per provider row id (`TrainingProvider.cohorts`). */
export function trainingCohortPagesByProviderId(ctx: RequestContext, args: CohortPageArgs) {
  return cohortPages<number>(ctx, 'trainingCohortPagesByProviderId', 't.provider_id', args);
}
