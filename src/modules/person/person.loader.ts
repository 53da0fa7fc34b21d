import { RequestContext } from '../../context';
import { normalizeCitizenId } from '../../shared/identifiers';
import { byKey } from '../../shared/loaders/loader-registry';
import { rowsById, rowsByColumn, scoped } from '../../shared/loaders/rows-by-id';
import { SqlFilter } from '../../shared/sql/filter';
import { PersonRecord, personHydrator, TargetGroupStatusRecord, targetGroupStatusHydrator } from './person.record';

export function personsById(ctx: RequestContext) {
  return rowsById(ctx, 'hr', () => personHydrator(ctx), 'personsById');
}

/**
 * One person (or null) per citizen ID: the cross-agency key to culture's
 * inheritors. Keys may be given in any accepted spelling (15 digits, lower-case
 * x); they are matched in their normalised form.
 */
export function personsByCitizenId(ctx: RequestContext) {
  return ctx.loaders.get<string, PersonRecord | null>('personsByCitizenId', undefined, async (keys) => {
    const h = personHydrator(ctx);
    const normalised = keys.map(normalizeCitizenId);
    const where = scoped(new SqlFilter().in('t.citizen_id', [...new Set(normalised)]), h);
    const rows: Array<Record<string, unknown>> = await ctx.sources.hr.query(`SELECT t.* FROM person t WHERE ${where.sql}`, where.params);
    return byKey(normalised, rows.map((r) => h.hydrate(r)), (p) => p.citizenId);
  });
}

export function targetGroupStatusesById(ctx: RequestContext) {
  return rowsById(ctx, 'hr', () => targetGroupStatusHydrator(ctx), 'targetGroupStatusesById');
}

/** All statuses of each person, oldest first: a handful per person at most, so a plain list. */
export function targetGroupStatusesByPerson(ctx: RequestContext) {
  return rowsByColumn<TargetGroupStatusRecord, number>(
    ctx,
    'hr',
    () => targetGroupStatusHydrator(ctx),
    'targetGroupStatusesByPerson',
    'person_id',
    (s) => s.personId,
    't.valid_from, t.id',
  );
}
