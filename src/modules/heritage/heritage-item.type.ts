import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../shared/relay/node';
import { HeritageCategoryEnum, IchLevelEnum } from './heritage.enums';

@ObjectType('HeritageItem', {
  implements: Node,
  description: 'Intangible cultural heritage representative item, whatever the number of its listings — 非遗代表性项目',
})
export class HeritageItem implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Cross-agency item key LEVEL:number:area of its first listing, e.g. NATIONAL:Ⅷ-91:371581 — 项目键' })
  itemKey: string;

  @Field({ description: 'Name — 项目名称' })
  name: string;

  @Field(() => String, { nullable: true, description: 'English name, where one is published — 英文名称' })
  nameEn: string | null;

  @Field(() => HeritageCategoryEnum, { description: 'Category — 门类' })
  category: keyof typeof HeritageCategoryEnum;

  @Field(() => IchLevelEnum, { description: 'Highest level at which the item is listed — 最高名录级别' })
  level: keyof typeof IchLevelEnum;

  @Field({ description: 'Item number at its level, normalised (Ⅷ-91) — 项目编号' })
  number: string;

  @Field(() => String, { nullable: true, description: 'National item number, for national items whose number is known — 国家级项目编号' })
  nationalNumber: string | null;

  @Field({ description: 'True when the official number is unknown and `number` was assigned by this layer — 编号为临时编号' })
  numberProvisional: boolean;

  @Field({ description: 'GB/T 2260 code of the area that declared the item — 申报地区代码' })
  regionCode: string;

  @Field(() => Int, { nullable: true, description: 'Year first listed at its level — 入选年份' })
  year: number | null;

  @Field({ description: 'Whether the published facts were confirmed against a source — 信息已核实' })
  verified: boolean;
}
