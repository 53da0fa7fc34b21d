import { RequestContext } from '../../context';
import { rowsById } from '../../shared/loaders/rows-by-id';
import { ConnectionValue } from '../../shared/relay/connection';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pagesByParent } from '../../shared/sql/page-query';
import { hydrator, NodeRecord } from '../../shared/sql/record';
import { HeritageListingEntity } from '../../sources/culture';

export type HeritageListingRecord = NodeRecord<HeritageListingEntity>;

export function heritageListingHydrator(ctx: RequestContext) {
  return hydrator(ctx.sources.culture, HeritageListingEntity, 'HeritageListing');
}

export function heritageListingsById(ctx: RequestContext) {
  return rowsById(ctx, 'culture', () => heritageListingHydrator(ctx), 'heritageListingsById');
}

/** One page of listings per item row id, for all items of a batch in one statement; `key` identifies the page and filter. */
export function heritageListingPagesByItemId(ctx: RequestContext, key: object, filter: SqlFilter, ordering: Ordering, paging: PagingArgs) {
  return ctx.loaders.get<number, ConnectionValue<HeritageListingRecord>>('heritageListingPagesByItemId', key, (itemIds) =>
    pagesByParent(ctx.sources.culture, { hydrator: heritageListingHydrator(ctx), filter, ordering, parentColumn: 't.item_id' }, itemIds, paging),
  );
}
