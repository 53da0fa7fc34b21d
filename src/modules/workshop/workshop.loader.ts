import { RequestContext } from '../../context';
import { groupByKey } from '../../shared/loaders/loader-registry';
import { rowsById } from '../../shared/loaders/rows-by-id';
import { normalizeUscc } from '../../shared/identifiers';
import { ConnectionValue } from '../../shared/relay/connection';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pagesByParent } from '../../shared/sql/page-query';
import { hydrator, NodeRecord } from '../../shared/sql/record';
import { WorkshopEntity } from '../../sources/culture';

export type WorkshopRecord = NodeRecord<WorkshopEntity>;

export function workshopHydrator(ctx: RequestContext) {
  return hydrator(ctx.sources.culture, WorkshopEntity, 'Workshop');
}

export function workshopsById(ctx: RequestContext) {
  return rowsById(ctx, 'culture', () => workshopHydrator(ctx), 'workshopsById');
}

/**
 * Every workshop an operator runs, by USCC (any spacing or case): the link
 * from an organisation or a labour-brand unit. A list per key in key order,
 * empty for none. For a paged list use `workshopPagesByOperatorUscc`.
 */
export function workshopsByOperatorUscc(ctx: RequestContext) {
  return ctx.loaders.get<string, WorkshopRecord[]>('workshopsByOperatorUscc', undefined, async (keys) => {
    const h = workshopHydrator(ctx);
    const normalised = keys.map(normalizeUscc);
    const where = new SqlFilter().in('t.operator_uscc', [...new Set(normalised)]);
    const rows: Array<Record<string, unknown>> = await ctx.sources.culture.query(`SELECT t.* FROM workshop t WHERE ${where.sql} ORDER BY t.id`, where.params);
    return groupByKey(normalised, rows.map((r) => h.hydrate(r)), (r) => r.operatorUscc!);
  });
}

/** A page of workshops per parent key; `name` and `key` identify the relationship, the page and the filter. */
function workshopPages<K extends string | number>(
  ctx: RequestContext,
  name: string,
  link: { from: string; parentColumn: string },
  key: object,
  filter: SqlFilter,
  ordering: Ordering,
  paging: PagingArgs,
  normalise: (parent: K) => K = (parent) => parent,
) {
  return ctx.loaders.get<K, ConnectionValue<WorkshopRecord>>(name, key, (parents) =>
    pagesByParent(ctx.sources.culture, { hydrator: workshopHydrator(ctx), filter, ordering, ...link }, parents.map(normalise), paging),
  );
}

/** The workshops resting on each item (by item row id), through workshop_heritage_item: one statement for all items. */
export function workshopPagesByItemId(ctx: RequestContext, key: object, filter: SqlFilter, ordering: Ordering, paging: PagingArgs) {
  const link = { from: 'workshop t JOIN workshop_heritage_item j ON j.workshop_id = t.id', parentColumn: 'j.item_id' };
  return workshopPages<number>(ctx, 'workshopPagesByItemId', link, key, filter, ordering, paging);
}

/** The workshops each operator runs (by USCC, any spacing or case): one statement for all operators. */
export function workshopPagesByOperatorUscc(ctx: RequestContext, key: object, filter: SqlFilter, ordering: Ordering, paging: PagingArgs) {
  const link = { from: 'workshop t', parentColumn: 't.operator_uscc' };
  return workshopPages<string>(ctx, 'workshopPagesByOperatorUscc', link, key, filter, ordering, paging, normalizeUscc);
}
