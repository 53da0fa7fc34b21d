import { Field, ID, InputType, Int } from 'type-graphql';
import { FeaturedDesignationKindEnum } from '../pilot/pilot.enums';
import { StrictInput } from './strict.input';

@InputType('RecordIndustryPilotInput', { description: 'A production–training pilot of an industry cluster — 产训结合建设试点备案' })
export class RecordIndustryPilotInput extends StrictInput {
  @Field({ description: 'Pilot code, 3–32 letters, digits and dashes — 试点编号' })
  code: string;

  @Field({ description: 'Name — 名称' })
  name: string;

  @Field({ description: 'The Shandong Handmade industry cluster — 重点产业集群' })
  cluster: string;

  @Field({ description: 'GB/T 2260 code of the city or county running it — 试点地区代码' })
  regionCode: string;

  @Field(() => Int, { description: 'Year of the pilot — 试点年度' })
  year: number;

  @Field(() => [String], { description: 'USCCs of the cluster’s enterprises, each in the culture bureau’s Shandong Handmade directory — 参与企业' })
  enterpriseUsccs: string[];

  @Field(() => [String], { description: 'USCCs of the filed training providers taking part — 参与培训机构' })
  providerUsccs: string[];

  @Field(() => [String], { nullable: true, description: 'Codes of the published catalogue programmes it runs — 培训项目编号' })
  catalogEntryCodes?: string[] | null;
}

@InputType('DesignateFeaturedInput', { description: 'One city, one brand; one county, one project: a designation for a year — 一市一品牌、一县一项目认定' })
export class DesignateFeaturedInput {
  @Field(() => FeaturedDesignationKindEnum, { description: 'City brand or county project — 认定类型' })
  kind: keyof typeof FeaturedDesignationKindEnum;

  @Field({ description: 'GB/T 2260 code: a city for CITY_BRAND, a county for COUNTY_PROJECT — 认定地区代码' })
  regionCode: string;

  @Field(() => Int, { description: 'Year of the designation — 认定年度' })
  year: number;

  @Field(() => ID, { nullable: true, description: 'Global id of the labour brand, for CITY_BRAND — 劳务品牌' })
  laborBrandId?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the published catalogue programme, for COUNTY_PROJECT — 培训项目编号' })
  catalogEntryCode?: string | null;
}
