import { Field, ObjectType } from 'type-graphql';
import { FeaturedDesignation, IndustryPilot } from '../pilot/pilot.types';
import { FilingPayload } from './filing-problem.type';

@ObjectType('RecordIndustryPilotPayload', { description: 'Result of recording a pilot — 产训结合试点备案结果' })
export class RecordIndustryPilotPayload extends FilingPayload {
  @Field(() => IndustryPilot, { nullable: true, description: 'The pilot recorded — 备案的试点' })
  industryPilot: IndustryPilot | null;
}

@ObjectType('DesignateFeaturedPayload', { description: 'Result of a featured designation — 特色认定结果' })
export class DesignateFeaturedPayload extends FilingPayload {
  @Field(() => FeaturedDesignation, { nullable: true, description: 'The designation — 认定记录' })
  featuredDesignation: FeaturedDesignation | null;
}
