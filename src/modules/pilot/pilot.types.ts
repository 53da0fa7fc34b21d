import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { Node } from '../../shared/relay/node';
import { FeaturedDesignationKindEnum } from './pilot.enums';

@ObjectType('IndustryPilot', {
  implements: Node,
  description: 'A production–training pilot linking a Shandong Handmade industry cluster’s enterprises with training, for a year (notice §二(二)) — 产训结合建设试点',
})
export class IndustryPilot implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Pilot code — 试点编号' })
  code: string;

  @Field({ description: 'Name — 名称' })
  name: string;

  @Field({ description: 'The Shandong Handmade industry cluster it serves — 重点产业集群' })
  cluster: string;

  @Field({ description: 'GB/T 2260 code of the city or county running it — 地区代码' })
  regionCode: string;

  @Field(() => Int, { description: 'Year of the pilot — 试点年度' })
  year: number;
}

@ObjectType('FeaturedDesignation', {
  implements: Node,
  description: 'A labour brand designated its city’s featured brand, or a training programme its county’s featured project, for a year (notice §二(二)) — 一市一品牌、一县一项目',
})
export class FeaturedDesignation implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field(() => FeaturedDesignationKindEnum, { description: 'City brand or county project — 认定类型' })
  kind: keyof typeof FeaturedDesignationKindEnum;

  @Field({ description: 'GB/T 2260 code of the city (CITY_BRAND) or county (COUNTY_PROJECT) — 地区代码' })
  regionCode: string;

  @Field(() => Int, { description: 'Year of the designation — 认定年度' })
  year: number;
}

@ObjectType('IndustryPilotConnection', { description: 'A page of production–training pilots (Relay connection) — 产训结合试点列表' })
export class IndustryPilotConnection extends ConnectionType(IndustryPilot, 'IndustryPilot', '产训结合试点') {}

@ObjectType('FeaturedDesignationConnection', { description: 'A page of featured designations (Relay connection) — 特色认定列表' })
export class FeaturedDesignationConnection extends ConnectionType(FeaturedDesignation, 'FeaturedDesignation', '特色认定') {}
