import { RequestContext } from '../../context';
import { rowsById } from '../../shared/loaders/rows-by-id';
import { hydrator, NodeRecord } from '../../shared/sql/record';
import { TrainingCohortEntity } from '../../sources/hr';

export type TrainingCohortRecord = NodeRecord<TrainingCohortEntity>;

export function trainingCohortHydrator(ctx: RequestContext) {
  return hydrator(ctx.sources.hr, TrainingCohortEntity, 'TrainingCohort');
}

export function trainingCohortsById(ctx: RequestContext) {
  return rowsById(ctx, 'hr', () => trainingCohortHydrator(ctx), 'trainingCohortsById');
}
