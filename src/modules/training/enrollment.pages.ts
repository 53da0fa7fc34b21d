import { RequestContext } from '../../context';
import { EnrollmentsArgs } from './enrollment.inputs';
import { EnrollmentRecord, enrollmentHydrator } from './enrollment.loader';
import { ENROLLMENT_ORDERINGS, EnrollmentService } from './enrollment.service';
import { childPagesLoader } from './training.pages';

type EnrollmentPageArgs = Partial<EnrollmentsArgs>;

function enrollmentPages<K extends string | number>(ctx: RequestContext, name: string, parentColumn: string, args: EnrollmentPageArgs, from?: string) {
  const { filter, orderBy, ...paging } = args;
  return childPagesLoader<K, EnrollmentRecord>(ctx, name, args, paging, {
    hydrator: enrollmentHydrator(ctx),
    from,
    filter: new EnrollmentService(ctx).filterSql(filter),
    ordering: ENROLLMENT_ORDERINGS[orderBy ?? 'ID'],
    parentColumn,
  });
}

/** A page of enrolments per cohort row id (`TrainingCohort.enrollments`). */
export function enrollmentPagesByCohortId(ctx: RequestContext, args: EnrollmentPageArgs) {
  return enrollmentPages<number>(ctx, 'enrollmentPagesByCohortId', 't.cohort_id', args);
}

/** A page of enrolments per HR person row id (for the lead's `Person.enrollments`). */
export function enrollmentPagesByPersonId(ctx: RequestContext, args: EnrollmentPageArgs) {
  return enrollmentPages<number>(ctx, 'enrollmentPagesByPersonId', 't.person_id', args);
}

/**
 * A page of enrolments per provider USCC (normalised, as stored): every place
 * in any cohort run by the filed provider with that code (for the lead's
 * `Workshop.trainees`; a person enrolled twice appears twice).
 */
export function enrollmentPagesByProviderUscc(ctx: RequestContext, args: EnrollmentPageArgs) {
  return enrollmentPages<string>(
    ctx,
    'enrollmentPagesByProviderUscc',
    'p.uscc',
    args,
    'enrollment t JOIN training_cohort c ON c.id = t.cohort_id JOIN training_provider p ON p.id = c.provider_id',
  );
}
