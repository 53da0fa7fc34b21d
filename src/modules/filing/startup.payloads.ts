import { Field, ObjectType } from 'type-graphql';
import { BootCamp, BootCampParticipant, StartupService } from '../startup/startup.types';
import { FilingPayload } from './filing-problem.type';

@ObjectType('RecordStartupServicePayload', { description: 'Result of recording a start-up service — 创业服务记录结果' })
export class RecordStartupServicePayload extends FilingPayload {
  @Field(() => StartupService, { nullable: true, description: 'The service recorded — 记录的创业服务' })
  startupService: StartupService | null;
}

@ObjectType('RecordBootCampPayload', { description: 'Result of recording a boot camp — 创业训练营备案结果' })
export class RecordBootCampPayload extends FilingPayload {
  @Field(() => BootCamp, { nullable: true, description: 'The camp recorded — 备案的训练营' })
  bootCamp: BootCamp | null;
}

@ObjectType('AdmitBootCampParticipantPayload', { description: 'Result of admitting a boot-camp participant — 学员入选结果' })
export class AdmitBootCampParticipantPayload extends FilingPayload {
  @Field(() => BootCampParticipant, { nullable: true, description: 'The participant admitted — 入选的学员' })
  bootCampParticipant: BootCampParticipant | null;
}
