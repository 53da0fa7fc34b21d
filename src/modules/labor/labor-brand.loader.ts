import DataLoader from 'dataloader';
import { RequestContext } from '../../context';
import { rowsById } from '../../shared/loaders/rows-by-id';
import { ConnectionValue } from '../../shared/relay/connection';
import { PagingArgs, pagingWindow } from '../../shared/relay/paging';
import { pagesByParent } from '../../shared/sql/page-query';
import { hydrator } from '../../shared/sql/record';
import { LaborBrandEntity } from '../../sources/hr';
import { LaborBrandFilter, LaborBrandOrderEnum } from './labor-brand.inputs';
import { LABOR_BRAND_ORDERINGS, LaborBrandRecord, LaborBrandService } from './labor-brand.service';

export function laborBrandHydrator(ctx: RequestContext) {
  return hydrator(ctx.sources.hr, LaborBrandEntity, 'LaborBrand');
}

export function laborBrandsById(ctx: RequestContext): DataLoader<number, LaborBrandRecord | null> {
  return rowsById(ctx, 'hr', () => laborBrandHydrator(ctx), 'laborBrandsById');
}

/**
 * A page of labour brands per ICH item key (canonical `LEVEL:number:area`,
 * as `HeritageItem.itemKey` holds it), for many keys in one statement. The
 * filter and page are checked here, so a bad argument fails the field before
 * any SQL runs.
 */
export function laborBrandPagesByItemKey(
  ctx: RequestContext,
  filter: LaborBrandFilter | null | undefined,
  orderBy: keyof typeof LaborBrandOrderEnum,
  paging: PagingArgs,
): DataLoader<string, ConnectionValue<LaborBrandRecord>> {
  const where = new LaborBrandService(ctx).filterSql(filter);
  const ordering = LABOR_BRAND_ORDERINGS[orderBy];
  pagingWindow(paging, ordering);
  return ctx.loaders.get('laborBrandPagesByItemKey', { filter, orderBy, paging }, (itemKeys: readonly string[]) =>
    pagesByParent(ctx.sources.hr, { hydrator: laborBrandHydrator(ctx), filter: where, ordering, parentColumn: 't.item_key' }, itemKeys, paging),
  );
}
