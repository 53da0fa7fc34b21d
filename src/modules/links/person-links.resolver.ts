import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { ENROLLMENT_TRAINEE, PERSON_ENROLLMENTS } from '../training/training.relations';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { STARTUP_LOAN } from '../employment';
import { StartupLoanConnection } from '../employment/startup-loan.connection';
import { StartupLoansArgs } from '../employment/startup-loan.inputs';
import { recordsOf, resolveRelation } from '../../records';
import { normalizeCitizenId } from '../../shared/identifiers';
import { INHERITOR, InheritorRecord } from '../heritage/heritage.record';
import { Inheritor } from '../heritage/inheritor.type';
import { Person, PersonRecord } from '../person';
import { PERSON_BY_CITIZEN_ID } from '../person/person.lookups';
import { EnrollmentRecord } from '../training';
import { EnrollmentConnection } from '../training/enrollment.connection';
import { EnrollmentsArgs } from '../training/enrollment.inputs';
import { Enrollment } from '../training/enrollment.type';

/** The person as one object across agencies: the HR record joined to culture's inheritor records by ID number. */
@Authorized(Permission.PERSON_READ)
@Resolver(() => Person)
export class PersonLinksResolver {
  @FieldResolver(() => [Inheritor], {
    nullable: true, description: 'ICH inheritor records of this person, matched by ID number (culture) — 非遗代表性传承人身份' })
  inheritorOf(@Root() person: PersonRecord, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, INHERITOR).byColumn('citizenId', { normalise: normalizeCitizenId }).load(person.citizenId);
  }

  @FieldResolver(() => EnrollmentConnection, { description: 'Training places of this person — 参加的培训' })
  enrollments(@Root() person: PersonRecord, @Args() args: EnrollmentsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, PERSON_ENROLLMENTS, person, args);
  }

  @FieldResolver(() => StartupLoanConnection, { description: 'Guaranteed start-up loans this person borrowed — 创业担保贷款' })
  startupLoans(@Root() person: PersonRecord, @Args() args: StartupLoansArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, STARTUP_LOAN).pages<number>('borrowerPersonId', args).load(person.rowId);
  }
}

@Resolver(() => Inheritor)
export class InheritorLinksResolver {
  @Authorized(Permission.PERSON_READ)
  @FieldResolver(() => Person, { nullable: true, description: 'The HR person record with the same ID number, if HR knows the inheritor — 人社人员信息' })
  person(@Root() inheritor: InheritorRecord, @Ctx() ctx: RequestContext) {
    return PERSON_BY_CITIZEN_ID.load(ctx, inheritor.citizenId);
  }
}

@Authorized(Permission.PERSON_READ)
@Resolver(() => Enrollment)
export class EnrollmentLinksResolver {
  @FieldResolver(() => Person, { description: 'The trainee — 学员' })
  trainee(@Root() enrollment: EnrollmentRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, ENROLLMENT_TRAINEE, enrollment);
  }
}
