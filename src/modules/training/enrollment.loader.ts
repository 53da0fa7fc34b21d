import { scopedToPersons } from '../../auth/person-scope';
import { RequestContext } from '../../context';
import { rowsById } from '../../shared/loaders/rows-by-id';
import { hydrator, NodeRecord } from '../../shared/sql/record';
import { EnrollmentEntity } from '../../sources/hr';

/** Carries `personId` for the lead's `Enrollment.trainee`, though the field is not exposed here. */
export type EnrollmentRecord = NodeRecord<EnrollmentEntity>;

export function enrollmentHydrator(ctx: RequestContext) {
  return scopedToPersons(ctx, hydrator(ctx.sources.hr, EnrollmentEntity, 'Enrollment'), 'personId');
}

export function enrollmentsById(ctx: RequestContext) {
  return rowsById(ctx, 'hr', () => enrollmentHydrator(ctx), 'enrollmentsById');
}
