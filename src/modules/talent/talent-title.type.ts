import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { TalentTitleKindEnum } from './talent.enums';

@Authorized(Permission.PERSON_READ)
@ObjectType('TalentTitle', {
  implements: Node,
  description: 'An honorary talent title awarded to a person, such as 齐鲁首席技师 — 人才称号',
})
export class TalentTitle implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field(() => TalentTitleKindEnum, { description: 'Kind of title — 称号类别' })
  kind: keyof typeof TalentTitleKindEnum;

  @Field(() => String, { nullable: true, description: 'The title as worded when awarded; needed for OTHER — 称号名称' })
  titleName: string | null;

  @Field(() => Int, { description: 'Year of the selection — 评选年度' })
  year: number;

  @Field(() => DateScalar, { description: 'Day the title was awarded — 授予日期' })
  awardedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the management period; null when the title has no term — 管理期截止日期' })
  termEndsOn: string | null;

  @Field({ description: 'GB/T 2260 code of the area that put the person forward — 所属地区代码' })
  regionCode: string;
}
