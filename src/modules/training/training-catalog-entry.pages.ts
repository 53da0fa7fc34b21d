import { RequestContext } from '../../context';
import { TrainingCatalogArgs } from './training-catalog-entry.inputs';
import { TrainingCatalogEntryRecord, trainingCatalogEntryHydrator } from './training-catalog-entry.loader';
import { TRAINING_CATALOG_ORDERINGS, TrainingCatalogService } from './training-catalog-entry.service';
import { childPagesLoader } from './training.pages';

/**
 * A page of catalogue entries per ICH item key (canonical, as stored in
 * training_catalog_item), for the lead's `HeritageItem.trainingCatalogEntries`.
 * An entry built on two of the keys asked appears under each.
 */
export function trainingCatalogEntryPagesByItemKey(ctx: RequestContext, args: Partial<TrainingCatalogArgs>) {
  const { filter, orderBy, ...paging } = args;
  return childPagesLoader<string, TrainingCatalogEntryRecord>(ctx, 'trainingCatalogEntryPagesByItemKey', args, paging, {
    hydrator: trainingCatalogEntryHydrator(ctx),
    from: 'training_catalog_entry t JOIN training_catalog_item j ON j.entry_id = t.id',
    filter: new TrainingCatalogService(ctx).filterSql(filter),
    ordering: TRAINING_CATALOG_ORDERINGS[orderBy ?? 'ID'],
    parentColumn: 'j.item_key',
  });
}
