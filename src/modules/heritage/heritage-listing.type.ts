import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../shared/relay/node';
import { IchLevelEnum, ListingKindEnum } from './heritage.enums';

@ObjectType('HeritageListing', {
  implements: Node,
  description: 'One appearance of an item on an ICH list, as a new or an extension listing — 非遗代表性项目名录',
})
export class HeritageListing implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Cross-agency key LEVEL:number:area of this listing; an extension listing\'s key also names its item — 名录键' })
  listingKey: string;

  @Field(() => IchLevelEnum, { description: 'Level of the list — 名录级别' })
  level: keyof typeof IchLevelEnum;

  @Field({ description: 'Item number on this list, normalised (Ⅷ-91) — 项目编号' })
  number: string;

  @Field(() => Int, { nullable: true, description: 'Batch of the list the listing was published in — 批次' })
  batch: number | null;

  @Field(() => Int, { nullable: true, description: 'Year the batch was published — 公布年份' })
  year: number | null;

  @Field({ description: 'GB/T 2260 code of the area the listing was declared for — 申报地区代码' })
  areaCode: string;

  @Field(() => String, { nullable: true, description: 'Name of the safeguarding unit — 保护单位名称' })
  protectionUnitName: string | null;

  @Field(() => String, { nullable: true, description: 'USCC of the safeguarding unit, when it has one on record — 保护单位统一社会信用代码' })
  protectionUnitUscc: string | null;

  @Field(() => ListingKindEnum, { description: 'New listing or extension — 名录类型（新入选或扩展）' })
  kind: keyof typeof ListingKindEnum;
}
