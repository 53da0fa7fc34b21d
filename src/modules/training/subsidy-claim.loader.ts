import { scopedToPersons } from '../../auth/person-scope';
import { RequestContext } from '../../context';
import { byKey } from '../../shared/loaders/loader-registry';
import { rowsById, scoped } from '../../shared/loaders/rows-by-id';
import { SqlFilter } from '../../shared/sql/filter';
import { hydrator, NodeRecord } from '../../shared/sql/record';
import { SubsidyClaimEntity } from '../../sources/hr';

export type SubsidyClaimRecord = NodeRecord<SubsidyClaimEntity>;

export function subsidyClaimHydrator(ctx: RequestContext) {
  return scopedToPersons(ctx, hydrator(ctx.sources.hr, SubsidyClaimEntity, 'SubsidyClaim'), 'enrollment');
}

export function subsidyClaimsById(ctx: RequestContext) {
  return rowsById(ctx, 'hr', () => subsidyClaimHydrator(ctx), 'subsidyClaimsById');
}

/** The claim of each enrolment row id, or null: an enrolment has at most one (unique enrollment_id). */
export function subsidyClaimsByEnrollmentId(ctx: RequestContext) {
  return ctx.loaders.get<number, SubsidyClaimRecord | null>('subsidyClaimsByEnrollmentId', undefined, async (ids) => {
    const h = subsidyClaimHydrator(ctx);
    const where = scoped(new SqlFilter().in('t.enrollment_id', ids), h);
    const rows: Array<Record<string, unknown>> = await ctx.sources.hr.query(`SELECT t.* FROM subsidy_claim t WHERE ${where.sql}`, where.params);
    return byKey(ids, rows.map((r) => h.hydrate(r)), (r) => r.enrollmentId);
  });
}
