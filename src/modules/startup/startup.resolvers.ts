import { GraphQLResolveInfo } from 'graphql';
import { Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { chainedList, recordsOf, resolveRelation } from '../../records';
import { STARTUP_LOAN } from '../employment/employment.record';
import { StartupLoanConnection } from '../employment/startup-loan.connection';
import { StartupLoansArgs } from '../employment/startup-loan.inputs';
import { organizationsByUscc } from '../organization/organization.lookups';
import { OrganizationRecord } from '../organization/organization.record';
import { Organization } from '../organization/organization.type';
import { PersonRecord } from '../person/person.record';
import { Person } from '../person/person.type';
import { BootCampParticipantsArgs, BootCampsArgs, StartupServicesArgs } from './startup.inputs';
import { BOOT_CAMP, BOOT_CAMP_PARTICIPANT, BootCampParticipantRecord, BootCampRecord, STARTUP_SERVICE, StartupServiceRecord } from './startup.record';
import { CAMP_PARTICIPANTS, PARTICIPANT_CAMP, PARTICIPANT_OPERATOR, PERSON_BOOT_CAMP_PARTICIPATIONS, PERSON_STARTUP_SERVICES, SERVICE_PERSON } from './startup.relations';
import { BootCamp, BootCampConnection, BootCampParticipant, BootCampParticipantConnection, StartupService, StartupServiceConnection } from './startup.types';

@Resolver(() => StartupService)
export class StartupServiceResolver {
  @Query(() => StartupServiceConnection, { nullable: true, description: 'Start-up guidance and consultation records; services to persons need person:read — 创业服务记录' })
  startupServices(@Args() args: StartupServicesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, STARTUP_SERVICE, args);
  }

  @Authorized(Permission.PERSON_READ)
  @FieldResolver(() => Person, { nullable: true, description: 'The person served; null for a service to an enterprise alone — 服务对象（个人）' })
  person(@Root() service: StartupServiceRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, SERVICE_PERSON, service);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The enterprise served, across both agencies by its USCC; null for a person without one — 服务对象（企业）' })
  organization(@Root() service: StartupServiceRecord, @Ctx() ctx: RequestContext) {
    return service.clientUscc ? organizationsByUscc(ctx).load(service.clientUscc) : null;
  }
}

@Resolver(() => BootCamp)
export class BootCampResolver {
  @Query(() => BootCampConnection, { nullable: true, description: 'Start-up boot camps held by cities for Shandong Handmade enterprises — 创业训练营' })
  bootCamps(@Args() args: BootCampsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return chainedList(ctx, info, BOOT_CAMP, args);
  }

  @Authorized(Permission.PERSON_READ)
  @FieldResolver(() => BootCampParticipantConnection, { description: 'The enterprises and operators selected, in the order recorded — 参营企业及经营者' })
  participants(@Root() camp: BootCampRecord, @Args() args: BootCampParticipantsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, CAMP_PARTICIPANTS, camp, args);
  }
}

@Authorized(Permission.PERSON_READ)
@Resolver(() => BootCampParticipant)
export class BootCampParticipantResolver {
  @FieldResolver(() => BootCamp, { description: 'The camp — 所在训练营' })
  bootCamp(@Root() participant: BootCampParticipantRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, PARTICIPANT_CAMP, participant);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The operator selected; null outside a region-limited viewer’s region — 企业经营者' })
  operator(@Root() participant: BootCampParticipantRecord, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, PARTICIPANT_OPERATOR, participant);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The enterprise, across both agencies by its USCC (the culture bureau’s Shandong Handmade directory and HR records) — 参营企业' })
  organization(@Root() participant: BootCampParticipantRecord, @Ctx() ctx: RequestContext) {
    return organizationsByUscc(ctx).load(participant.enterpriseUscc);
  }

  @FieldResolver(() => StartupLoanConnection, { description: 'Guaranteed start-up loans to the operator or the enterprise granted from the camp’s opening day on — 参营后获得的创业担保贷款' })
  startupLoans(@Root() participant: BootCampParticipantRecord, @Args() args: StartupLoansArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, STARTUP_LOAN).pages<number>('bootCampParticipantId', args).load(participant.rowId);
  }
}

/** A person's start-up services and boot camps (the person module knows nothing of them). */
@Authorized(Permission.PERSON_READ)
@Resolver(() => Person)
export class PersonStartupResolver {
  @FieldResolver(() => StartupServiceConnection, { description: 'Start-up services given to the person — 接受的创业服务' })
  startupServices(@Root() person: PersonRecord, @Args() args: StartupServicesArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, PERSON_STARTUP_SERVICES, person, args);
  }

  @FieldResolver(() => BootCampParticipantConnection, { description: 'Boot camps the person took part in as an enterprise’s operator — 参加的创业训练营' })
  bootCampParticipations(@Root() person: PersonRecord, @Args() args: BootCampParticipantsArgs, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return resolveRelation(ctx, info, PERSON_BOOT_CAMP_PARTICIPATIONS, person, args);
  }
}

/** An organisation's start-up services and boot-camp places, by its USCC (HR). */
@Resolver(() => Organization)
export class OrganizationStartupResolver {
  @FieldResolver(() => StartupServiceConnection, { nullable: true, description: 'Start-up services given to it (HR); those naming a person need person:read — 接受的创业服务' })
  startupServices(@Root() organization: OrganizationRecord, @Args() args: StartupServicesArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, STARTUP_SERVICE).pages<string>('clientUscc', args).load(organization.uscc);
  }

  @Authorized(Permission.PERSON_READ)
  @FieldResolver(() => BootCampParticipantConnection, { nullable: true, description: 'Its places in start-up boot camps (HR) — 参加的创业训练营' })
  bootCampParticipations(@Root() organization: OrganizationRecord, @Args() args: BootCampParticipantsArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, BOOT_CAMP_PARTICIPANT).pages<string>('enterpriseUscc', args).load(organization.uscc);
  }
}
