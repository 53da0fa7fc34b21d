import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../shared/relay/node';
import { RevitalizationCatalogueLevelEnum, RevitalizationCategoryEnum } from './heritage.enums';

@ObjectType('RevitalizationEntry', {
  implements: Node,
  description: 'One entry of the national or Shandong traditional crafts revitalisation catalogue — 传统工艺振兴目录条目',
})
export class RevitalizationEntry implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field(() => RevitalizationCatalogueLevelEnum, { description: 'National or provincial catalogue — 目录级别' })
  catalogueLevel: keyof typeof RevitalizationCatalogueLevelEnum;

  @Field(() => Int, { description: 'Batch of the catalogue — 批次' })
  batch: number;

  @Field(() => Int, { description: 'Year the batch was issued — 公布年份' })
  year: number;

  @Field(() => RevitalizationCategoryEnum, { nullable: true, description: 'Category code of the Shandong catalogue; null on the national catalogue, which has none — 类别代码' })
  categoryCode: keyof typeof RevitalizationCategoryEnum | null;

  @Field({ description: 'Name of the craft — 项目名称' })
  name: string;

  @Field({ description: 'GB/T 2260 code of the declaring area — 申报地区代码' })
  regionCode: string;
}
