import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { ORGANIZATION_TYPES, SELECT100_FIELDS } from '../../sources/culture';
import { Node } from '../../shared/relay/node';

export const OrganizationTypeEnum = graphqlEnum('OrganizationType', 'Kind of organisation, from the directory or the USCC prefix — 主体类型', ORGANIZATION_TYPES, {
  ENTERPRISE: 'Enterprise (USCC 91) — 企业',
  INDIVIDUAL_BUSINESS: 'Individual business (USCC 92) — 个体工商户',
  FARMERS_COOPERATIVE: "Farmers' specialised co-operative (USCC 93) — 农民专业合作社",
  PUBLIC_INSTITUTION: 'Public institution (USCC 12) — 事业单位',
  SOCIAL_ORGANIZATION: 'Social organisation or private non-enterprise unit (USCC 5x) — 社会组织',
  OTHER: 'Other or unknown — 其他',
});

export const Select100FieldEnum = graphqlEnum('Select100Field', 'Field of the “Shandong Handmade · Select 100” selection — 山东手造·优选100领域', SELECT100_FIELDS, {
  PAINTING: 'Painting and drawing — 美术绘制',
  WEAVING_DYEING: 'Weaving, printing and dyeing — 织造印染',
  CARVING: 'Carving — 雕刻工艺',
  PLAITING: 'Plaiting and binding — 编织扎制',
  FIRING_FORGING: 'Firing and forging — 烧制锻造',
  LACQUER: 'Lacquerware — 漆器绘制',
  STUDY_TOOLS: 'The four treasures of the study — 文房四宝',
  FOOD: 'Food — 美食消费',
});

@ObjectType('UsccWarning', { description: 'A USCC check that failed; real codes that fail exist, so this warns rather than rejects — 统一社会信用代码校验提示' })
export class UsccWarningType {
  @Field({ description: 'Rule that failed: CHECK_CHAR or ORG_CODE_CHECK — 校验规则' })
  rule: string;

  @Field({ description: 'What failed — 说明' })
  message: string;
}

@ObjectType('Organization', {
  implements: Node,
  description:
    'One organisation per USCC, gathering its culture-directory record and workshops with its HR labour-brand units, training provider filing, vacancies and loans — 主体（按统一社会信用代码汇聚两部门数据）',
})
export class Organization implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Unified Social Credit Code (GB 32100) — 统一社会信用代码' })
  uscc: string;

  @Field(() => String, { nullable: true, description: 'Name from the culture directory, else from the HR provider filing — 名称' })
  name: string | null;

  @Field({ description: 'Whether the organisation is in the Shandong Handmade directory (culture) — 是否在山东手造基础信息目录中' })
  inDirectory: boolean;

  @Field(() => OrganizationTypeEnum, { description: 'Kind, from the directory or else the USCC prefix — 主体类型' })
  orgType: keyof typeof OrganizationTypeEnum;

  @Field({ description: 'GB/T 2260 code of its region: the directory record, else the USCC registering authority — 所在地区代码' })
  regionCode: string;

  @Field({ description: 'Key enterprise of the directory — 重点企业' })
  keyEnterprise: boolean;

  @Field({ description: 'Key project of the directory — 重点项目' })
  keyProject: boolean;

  @Field(() => Int, { nullable: true, description: 'Year it entered the directory — 入库年份' })
  listedYear: number | null;

  @Field(() => Select100FieldEnum, { nullable: true, description: 'Select-100 field, if selected — 优选100领域' })
  select100Field: keyof typeof Select100FieldEnum | null;

  @Field(() => [UsccWarningType], { description: 'Checksum warnings on the USCC; empty when it passes both checks — 代码校验提示' })
  usccWarnings: UsccWarningType[];
}
