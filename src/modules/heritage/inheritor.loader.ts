import { scopedToPersons } from '../../auth/person-scope';
import { RequestContext } from '../../context';
import { groupByKey } from '../../shared/loaders/loader-registry';
import { rowsById, scoped } from '../../shared/loaders/rows-by-id';
import { normalizeCitizenId } from '../../shared/identifiers';
import { ConnectionValue } from '../../shared/relay/connection';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pagesByParent } from '../../shared/sql/page-query';
import { hydrator, NodeRecord } from '../../shared/sql/record';
import { InheritorEntity } from '../../sources/culture';

/** Holds the unmasked `citizenId` for cross-agency links; GraphQL shows it only masked, as `idNumber`. */
export type InheritorRecord = NodeRecord<InheritorEntity>;

export function inheritorHydrator(ctx: RequestContext) {
  return scopedToPersons(ctx, hydrator(ctx.sources.culture, InheritorEntity, 'Inheritor'), 'inheritor');
}

export function inheritorsById(ctx: RequestContext) {
  return rowsById(ctx, 'culture', () => inheritorHydrator(ctx), 'inheritorsById');
}

/**
 * A person's inheritor recognitions (one per item and level), by citizen ID:
 * the link from an HR person. Keys may be any spelling (15 digits, lower-case
 * x); each comes back with the list of its normalised form, empty for none.
 */
export function inheritorsByCitizenId(ctx: RequestContext) {
  return ctx.loaders.get<string, InheritorRecord[]>('inheritorsByCitizenId', undefined, async (keys) => {
    const h = inheritorHydrator(ctx);
    const normalised = keys.map(normalizeCitizenId);
    const where = scoped(new SqlFilter().in('t.citizen_id', [...new Set(normalised)]), h);
    const rows: Array<Record<string, unknown>> = await ctx.sources.culture.query(`SELECT t.* FROM inheritor t WHERE ${where.sql} ORDER BY t.id`, where.params);
    return groupByKey(normalised, rows.map((r) => h.hydrate(r)), (r) => r.citizenId);
  });
}

/** One page of inheritors per item row id, for all items of a batch in one statement; `key` identifies the page and filter. */
export function inheritorPagesByItemId(ctx: RequestContext, key: object, filter: SqlFilter, ordering: Ordering, paging: PagingArgs) {
  return ctx.loaders.get<number, ConnectionValue<InheritorRecord>>('inheritorPagesByItemId', key, (itemIds) =>
    pagesByParent(ctx.sources.culture, { hydrator: inheritorHydrator(ctx), filter, ordering, parentColumn: 't.item_id' }, itemIds, paging),
  );
}
