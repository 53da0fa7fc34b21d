import { RequestContext } from '../../context';
import { rowsByColumn, rowsById } from '../../shared/loaders/rows-by-id';
import { hydrator, NodeRecord } from '../../shared/sql/record';
import { WorkshopRecognitionEntity } from '../../sources/culture';

export type WorkshopRecognitionRecord = NodeRecord<WorkshopRecognitionEntity>;

export function workshopRecognitionHydrator(ctx: RequestContext) {
  return hydrator(ctx.sources.culture, WorkshopRecognitionEntity, 'WorkshopRecognition');
}

export function workshopRecognitionsById(ctx: RequestContext) {
  return rowsById(ctx, 'culture', () => workshopRecognitionHydrator(ctx), 'workshopRecognitionsById');
}

/** A workshop's recognitions (at most one per level, so at most three), earliest first. */
export function workshopRecognitionsByWorkshopId(ctx: RequestContext) {
  return rowsByColumn(ctx, 'culture', () => workshopRecognitionHydrator(ctx), 'workshopRecognitionsByWorkshopId', 'workshop_id', (r) => r.workshopId, 't.year, t.id');
}
