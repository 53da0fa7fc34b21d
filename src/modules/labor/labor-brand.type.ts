import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../shared/relay/node';

@ObjectType('LaborBrand', {
  implements: Node,
  description: 'Regional labour brand built around a craft, with the units that build it — 特色劳务品牌',
})
export class LaborBrand implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Name of the brand, unique — 品牌名称' })
  name: string;

  @Field({ description: 'GB/T 2260 code of the area that owns the brand — 所属地区代码' })
  regionCode: string;

  @Field({ description: 'The craft the brand is built around — 依托技艺' })
  craft: string;

  @Field(() => String, { nullable: true, description: 'Cross-agency ICH item key of the craft, when it is a listed item — 非遗项目键' })
  itemKey: string | null;

  @Field(() => Int, { description: 'Year the brand was established — 创建年份' })
  establishedYear: number;
}
