import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { ProfessionalTitleLevelEnum, ProfessionalTitleRouteEnum, ProfessionalTitleSeriesEnum } from './career.enums';

@Authorized(Permission.PERSON_READ)
@ObjectType('ProfessionalTitle', {
  implements: Node,
  description: 'A professional title a person holds in a series at a level, such as 高级工艺美术师 — 职称',
})
export class ProfessionalTitle implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field(() => ProfessionalTitleSeriesEnum, { description: 'Series — 职称系列' })
  series: keyof typeof ProfessionalTitleSeriesEnum;

  @Field(() => ProfessionalTitleLevelEnum, { description: 'Level — 职称层级' })
  level: keyof typeof ProfessionalTitleLevelEnum;

  @Field({ description: 'The title as conferred, e.g. 高级工艺美术师 — 职称名称' })
  titleName: string;

  @Field(() => ProfessionalTitleRouteEnum, { description: 'Evaluated or recognised — 取得方式' })
  route: keyof typeof ProfessionalTitleRouteEnum;

  @Field(() => Int, { description: 'Year of the evaluation or recognition — 评审（认定）年度' })
  year: number;

  @Field(() => DateScalar, { description: 'Day the title was obtained — 取得日期' })
  obtainedOn: string;

  @Field(() => String, { nullable: true, description: 'Number of the title certificate — 职称证书编号' })
  certificateNumber: string | null;

  @Field({ description: 'GB/T 2260 code of the area whose bureau conferred or recorded the title — 评审（认定）地区代码' })
  regionCode: string;
}
