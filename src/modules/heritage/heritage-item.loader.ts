import { RequestContext } from '../../context';
import { byKey } from '../../shared/loaders/loader-registry';
import { rowsById } from '../../shared/loaders/rows-by-id';
import { SqlFilter } from '../../shared/sql/filter';
import { hydrator } from '../../shared/sql/record';
import { HeritageItemEntity } from '../../sources/culture';
import { HeritageItemRecord } from './heritage-item.service';

export function heritageItemHydrator(ctx: RequestContext) {
  const base = hydrator(ctx.sources.culture, HeritageItemEntity, 'HeritageItem');
  return {
    ...base,
    hydrate: (raw: Record<string, unknown>): HeritageItemRecord => {
      const record = base.hydrate(raw);
      return { ...record, nationalNumber: record.level === 'NATIONAL' && !record.numberProvisional ? record.number : null };
    },
  };
}

export function heritageItemsById(ctx: RequestContext) {
  return rowsById(ctx, 'culture', () => heritageItemHydrator(ctx), 'heritageItemsById');
}

/**
 * Items by any of their listing keys (normalised `LEVEL:number:area`): the
 * key HR records cite. An extension listing's key resolves to its item.
 */
export function heritageItemsByListingKey(ctx: RequestContext) {
  return ctx.loaders.get<string, HeritageItemRecord | null>('heritageItemsByListingKey', undefined, async (keys) => {
    const h = heritageItemHydrator(ctx);
    const where = new SqlFilter().in('l.listing_key', keys);
    const rows: Array<Record<string, unknown>> = await ctx.sources.culture.query(
      `SELECT t.*, l.listing_key AS __key FROM heritage_listing l JOIN heritage_item t ON t.id = l.item_id WHERE ${where.sql}`,
      where.params,
    );
    return byKey(keys, rows.map((r) => ({ key: String(r.__key), item: h.hydrate(r) })), (r) => r.key).map((r) => r?.item ?? null);
  });
}
