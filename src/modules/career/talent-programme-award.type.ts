import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { TalentProgrammeLevelEnum } from './career.enums';

@Authorized(Permission.PERSON_READ)
@ObjectType('TalentProgrammeAward', {
  implements: Node,
  description: 'A person selected, trained or rewarded by a local talent programme in a year, such as 齐鲁乡村之星 — 人才选拔培养奖励项目入选',
})
export class TalentProgrammeAward implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Name of the programme — 人才项目名称' })
  programme: string;

  @Field(() => TalentProgrammeLevelEnum, { description: 'Government running the programme — 项目层级' })
  programmeLevel: keyof typeof TalentProgrammeLevelEnum;

  @Field(() => Int, { description: 'Selection year — 入选年度' })
  year: number;

  @Field(() => DateScalar, { description: 'Day of the award — 入选日期' })
  awardedOn: string;

  @Field({ description: 'GB/T 2260 code of the area that awarded it — 授予地区代码' })
  regionCode: string;
}
