import { Field, ID, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { Node } from '../../shared/relay/node';

export const RegionLevelEnum = graphqlEnum('RegionLevel', 'Level of an administrative division — 行政区划级别', {
  PROVINCE: 'Province — 省级',
  CITY: 'Prefecture-level city — 地级市',
  COUNTY: 'County-level unit: district, county or county-level city — 县级（区、县、县级市）',
});

@ObjectType('Region', {
  implements: Node,
  description: 'Administrative division under GB/T 2260, with validity dates for retired codes — 行政区划',
})
export class Region implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Six-digit GB/T 2260 code — 行政区划代码' })
  code: string;

  @Field({ description: 'Chinese name — 名称' })
  name: string;

  @Field({ description: 'English name — 英文名称' })
  nameEn: string;

  @Field(() => RegionLevelEnum, { description: 'Level — 级别' })
  level: keyof typeof RegionLevelEnum;

  @Field(() => String, { nullable: true, description: 'Code of the parent division — 上级代码' })
  parentCode: string | null;

  @Field(() => String, { nullable: true, description: 'First day the code was in force, YYYY-MM-DD, or YYYY where only the year is known — 启用日期' })
  validFrom: string | null;

  @Field(() => String, { nullable: true, description: 'Day the code was retired, YYYY-MM-DD or YYYY; null while current — 撤销日期' })
  validTo: string | null;

  @Field({ description: 'Whether the code is in force today — 是否现行' })
  current: boolean;
}
