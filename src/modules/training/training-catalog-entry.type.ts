import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { TrainingCatalogStatusEnum } from './training.enums';

@ObjectType('TrainingCatalogEntry', {
  implements: Node,
  description: 'A subsidised vocational training programme of the Shandong Handmade catalogue, built on ICH items — “山东手造”职业技能培训项目目录',
})
export class TrainingCatalogEntry implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Catalogue code, e.g. SDSZ-2023-00012 — 项目编码' })
  code: string;

  @Field({ description: 'Title of the programme — 培训项目名称' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Code in the national occupation classification, e.g. 6-04-02-01; null for a specialised-ability programme — 职业（工种）代码' })
  occupationCode: string | null;

  @Field(() => String, { nullable: true, description: 'Specialised ability specification trained for, when not an occupation — 专项职业能力规范' })
  abilitySpec: string | null;

  @Field(() => Int, { description: 'Class hours of the programme — 课时' })
  classHours: number;

  @Field(() => DecimalScalar, { description: 'Subsidy in yuan per class hour — 每课时补贴标准（元）' })
  subsidyPerHour: string;

  @Field({ description: 'GB/T 2260 code of the publishing region — 发布地区代码' })
  regionCode: string;

  @Field(() => TrainingCatalogStatusEnum, { description: 'Publication state — 状态' })
  status: keyof typeof TrainingCatalogStatusEnum;

  @Field(() => DateScalar, { nullable: true, description: 'Day of publication; null for a draft — 发布日期' })
  publishedOn: string | null;
}
