import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { VacancyRecord } from '../employment';
import { Vacancy } from '../employment/vacancy.type';
import { LaborBrandUnitRecord } from '../labor';
import { LaborBrandUnit } from '../labor/labor-brand-unit.type';
import { organizationsByUscc } from '../organization/organization.lookups';
import { Organization } from '../organization/organization.type';
import { recordsOf } from '../../records';
import { TRAINING_PROVIDER, TrainingCohortRecord } from '../training';
import { TrainingCohort } from '../training/training-cohort.type';

/** HR records that cite an organisation by USCC, resolved to the cross-agency Organization. */
@Resolver(() => LaborBrandUnit)
export class LaborBrandUnitLinksResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The building unit as an organisation, with its culture records — 建设单位主体' })
  organization(@Root() unit: LaborBrandUnitRecord, @Ctx() ctx: RequestContext) {
    return organizationsByUscc(ctx).load(unit.uscc);
  }
}

@Resolver(() => Vacancy)
export class VacancyLinksResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The employer as an organisation, with its culture records — 招聘单位主体' })
  employer(@Root() vacancy: VacancyRecord, @Ctx() ctx: RequestContext) {
    return organizationsByUscc(ctx).load(vacancy.employerUscc);
  }
}

@Resolver(() => TrainingCohort)
export class TrainingCohortLinksResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The provider running the cohort, as an organisation — 培训机构主体' })
  async provider(@Root() cohort: TrainingCohortRecord, @Ctx() ctx: RequestContext) {
    const provider = await recordsOf(ctx, TRAINING_PROVIDER).byId().load(cohort.providerId);
    return provider ? organizationsByUscc(ctx).load(provider.uscc) : null;
  }
}
