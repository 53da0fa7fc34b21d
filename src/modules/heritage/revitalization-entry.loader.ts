import { RequestContext } from '../../context';
import { rowsById } from '../../shared/loaders/rows-by-id';
import { ConnectionValue } from '../../shared/relay/connection';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pagesByParent } from '../../shared/sql/page-query';
import { hydrator, NodeRecord } from '../../shared/sql/record';
import { RevitalizationEntryEntity } from '../../sources/culture';

export type RevitalizationEntryRecord = NodeRecord<RevitalizationEntryEntity>;

export function revitalizationEntryHydrator(ctx: RequestContext) {
  return hydrator(ctx.sources.culture, RevitalizationEntryEntity, 'RevitalizationEntry');
}

export function revitalizationEntriesById(ctx: RequestContext) {
  return rowsById(ctx, 'culture', () => revitalizationEntryHydrator(ctx), 'revitalizationEntriesById');
}

/** One page of catalogue entries per item row id, for all items of a batch in one statement; `key` identifies the page and filter. */
export function revitalizationEntryPagesByItemId(ctx: RequestContext, key: object, filter: SqlFilter, ordering: Ordering, paging: PagingArgs) {
  return ctx.loaders.get<number, ConnectionValue<RevitalizationEntryRecord>>('revitalizationEntryPagesByItemId', key, (itemIds) =>
    pagesByParent(ctx.sources.culture, { hydrator: revitalizationEntryHydrator(ctx), filter, ordering, parentColumn: 't.item_id' }, itemIds, paging),
  );
}
