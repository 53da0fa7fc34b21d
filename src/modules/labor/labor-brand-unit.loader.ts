import DataLoader from 'dataloader';
import { RequestContext } from '../../context';
import { rowsByColumn, rowsById } from '../../shared/loaders/rows-by-id';
import { ConnectionValue } from '../../shared/relay/connection';
import { PagingArgs, pagingWindow } from '../../shared/relay/paging';
import { pagesByParent } from '../../shared/sql/page-query';
import { hydrator } from '../../shared/sql/record';
import { LaborBrandUnitEntity } from '../../sources/hr';
import { LaborBrandUnitFilter, LaborBrandUnitOrderEnum } from './labor-brand-unit.inputs';
import { LABOR_BRAND_UNIT_ORDERINGS, LaborBrandUnitRecord, LaborBrandUnitService } from './labor-brand-unit.service';

export function laborBrandUnitHydrator(ctx: RequestContext) {
  return hydrator(ctx.sources.hr, LaborBrandUnitEntity, 'LaborBrandUnit');
}

export function laborBrandUnitsById(ctx: RequestContext): DataLoader<number, LaborBrandUnitRecord | null> {
  return rowsById(ctx, 'hr', () => laborBrandUnitHydrator(ctx), 'laborBrandUnitsById');
}

/** Every brand-building recognition of an organisation, by normalised USCC; a unit may build several brands. */
export function laborBrandUnitsByUscc(ctx: RequestContext): DataLoader<string, LaborBrandUnitRecord[]> {
  return rowsByColumn(ctx, 'hr', () => laborBrandUnitHydrator(ctx), 'laborBrandUnitsByUscc', 'uscc', (unit) => unit.uscc);
}

/** A page of building units per brand row id, for many brands in one statement. */
export function laborBrandUnitPagesByBrand(
  ctx: RequestContext,
  filter: LaborBrandUnitFilter | null | undefined,
  orderBy: keyof typeof LaborBrandUnitOrderEnum,
  paging: PagingArgs,
): DataLoader<number, ConnectionValue<LaborBrandUnitRecord>> {
  const where = new LaborBrandUnitService().filterSql(filter);
  const ordering = LABOR_BRAND_UNIT_ORDERINGS[orderBy];
  pagingWindow(paging, ordering);
  return ctx.loaders.get('laborBrandUnitPagesByBrand', { filter, orderBy, paging }, (brandIds: readonly number[]) =>
    pagesByParent(ctx.sources.hr, { hydrator: laborBrandUnitHydrator(ctx), filter: where, ordering, parentColumn: 't.brand_id' }, brandIds, paging),
  );
}
