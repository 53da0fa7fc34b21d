import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { TRAINING_PROVIDER, TrainingCohortRecord } from './training.record';

export class TrainingCohortService {
  constructor(private readonly ctx: RequestContext) {}

  /** The USCC of the provider running the class: the key the Organization link rests on; a cohort always has its provider. */
  async providerUscc(cohort: TrainingCohortRecord): Promise<string> {
    const provider = await recordsOf(this.ctx, TRAINING_PROVIDER).byId().load(cohort.providerId);
    if (!provider) throw new Error(`training cohort ${cohort.rowId} names provider ${cohort.providerId}, which does not exist`);
    return provider.uscc;
  }
}
