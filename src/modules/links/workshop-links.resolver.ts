import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { VACANCY } from '../employment';
import { VacancyConnection } from '../employment/vacancy.connection';
import { VacanciesArgs } from '../employment/vacancy.inputs';
import { organizationsByUscc } from '../organization/organization.lookups';
import { Organization } from '../organization/organization.type';
import type { WorkshopRecord } from '../workshop/workshop.record';
import { Workshop } from '../workshop/workshop.type';
import { emptyConnection } from './empty-connection';
import { PersonConnection } from '../person/person.connection';
import { PersonsArgs } from '../person/person.inputs';
import { PersonService } from '../person/person.service';

@Resolver(() => Workshop)
export class WorkshopLinksResolver {
  @FieldResolver(() => Organization, { nullable: true, description: 'The business entity running it; null for a production point without a USCC — 运营主体' })
  operator(@Root() workshop: WorkshopRecord, @Ctx() ctx: RequestContext) {
    return workshop.operatorUscc ? organizationsByUscc(ctx).load(workshop.operatorUscc) : null;
  }

  @FieldResolver(() => VacancyConnection, {
    nullable: true, description: 'Vacancies posted by its operator (HR) — 运营主体发布的招聘岗位' })
  vacancies(@Root() workshop: WorkshopRecord, @Args() args: VacanciesArgs, @Ctx() ctx: RequestContext) {
    const loader = recordsOf(ctx, VACANCY).pages<string>('employerUscc', args);
    return workshop.operatorUscc ? loader.load(workshop.operatorUscc) : emptyConnection();
  }

  @Authorized(Permission.PERSON_READ)
  @FieldResolver(() => PersonConnection, {
    nullable: true,
    description: 'Persons enrolled in training cohorts run by its operator as a filed provider (HR) — 运营主体作为培训机构培训的学员',
  })
  trainees(@Root() workshop: WorkshopRecord, @Args() args: PersonsArgs, @Ctx() ctx: RequestContext) {
    const persons = new PersonService(ctx);
    const loader = persons.traineesByProviderUscc(args);
    return persons.probed(args.filter, async () => (workshop.operatorUscc ? loader.load(workshop.operatorUscc) : emptyConnection()));
  }
}
