import { RequestContext } from '../../context';
import { byKey } from '../../shared/loaders/loader-registry';
import { rowsById } from '../../shared/loaders/rows-by-id';
import { SqlFilter } from '../../shared/sql/filter';
import { hydrator, NodeRecord } from '../../shared/sql/record';
import { TrainingProviderEntity } from '../../sources/hr';

export type TrainingProviderRecord = NodeRecord<TrainingProviderEntity>;

export function trainingProviderHydrator(ctx: RequestContext) {
  return hydrator(ctx.sources.hr, TrainingProviderEntity, 'TrainingProvider');
}

export function trainingProvidersById(ctx: RequestContext) {
  return rowsById(ctx, 'hr', () => trainingProviderHydrator(ctx), 'trainingProvidersById');
}

/** The filed provider of each USCC (normalised, as stored), or null: USCC is unique among providers. */
export function trainingProvidersByUscc(ctx: RequestContext) {
  return ctx.loaders.get<string, TrainingProviderRecord | null>('trainingProvidersByUscc', undefined, async (usccs) => {
    const h = trainingProviderHydrator(ctx);
    const where = new SqlFilter().in('t.uscc', usccs);
    const rows: Array<Record<string, unknown>> = await ctx.sources.hr.query(`SELECT t.* FROM training_provider t WHERE ${where.sql}`, where.params);
    return byKey(usccs, rows.map((r) => h.hydrate(r)), (r) => r.uscc);
  });
}
