import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { OrganizationTypeEnum, Select100FieldEnum } from '../organization/organization.type';
import { WorkshopRecognitionLevelEnum } from '../workshop/workshop.enums';
import { StrictInput } from './strict.input';

@InputType('FirstWorkshopRecognitionInput', { description: "A workshop's first recognition, by its county — 县级认定" })
export class FirstWorkshopRecognitionInput {
  @Field(() => WorkshopRecognitionLevelEnum, { nullable: true, defaultValue: 'COUNTY', description: 'Level; the first recognition is COUNTY — 认定级别' })
  level?: keyof typeof WorkshopRecognitionLevelEnum | null;

  @Field(() => Int, { description: 'Year of the recognition batch — 认定年份' })
  year: number;

  @Field(() => DateScalar, { nullable: true, description: 'Day published, within the year — 认定日期' })
  recognizedOn?: string | null;
}

@InputType('RegisterWorkshopInput', { description: 'An ICH workshop with its items and its county recognition — 非遗工坊认定登记' })
export class RegisterWorkshopInput extends StrictInput {
  @Field({ description: 'Name, unique within its county — 工坊名称' })
  name: string;

  @Field({ description: 'GB/T 2260 code of the county where it works — 所在县级地区代码' })
  regionCode: string;

  @Field(() => String, { nullable: true, description: 'USCC of the operating business; none for a production point — 经营主体统一社会信用代码' })
  operatorUscc?: string | null;

  @Field(() => Int, { description: 'Jobs it has created for local people — 带动就业人数' })
  jobsCreated: number;

  @Field(() => DateScalar, { nullable: true, description: 'Day it was set up — 成立日期' })
  establishedOn?: string | null;

  @Field(() => [String], { description: 'Keys of the ICH items it works with (any listing\'s key) — 依托非遗项目键' })
  itemKeys: string[];

  @Field(() => FirstWorkshopRecognitionInput, { description: 'Its county recognition — 县级认定' })
  recognition: FirstWorkshopRecognitionInput;
}

@InputType('RecognizeWorkshopInput', { description: 'A recognised workshop rises to city or province level — 工坊市级/省级认定' })
export class RecognizeWorkshopInput {
  @Field(() => ID, { description: 'Global id of the workshop — 工坊标识' })
  workshopId: string;

  @Field(() => WorkshopRecognitionLevelEnum, { description: 'CITY (needs COUNTY) or PROVINCE (needs CITY) — 认定级别' })
  level: keyof typeof WorkshopRecognitionLevelEnum;

  @Field(() => Int, { description: 'Year of the recognition batch, not before the level below — 认定年份' })
  year: number;

  @Field(() => DateScalar, { nullable: true, description: 'Day published, within the year — 认定日期' })
  recognizedOn?: string | null;
}

@InputType('RegisterDirectoryOrganizationInput', { description: 'An organisation entering the Shandong Handmade directory — 山东手造基础信息目录入库' })
export class RegisterDirectoryOrganizationInput extends StrictInput {
  @Field({ description: 'USCC, once per directory — 统一社会信用代码' })
  uscc: string;

  @Field({ description: 'Name — 名称' })
  name: string;

  @Field(() => OrganizationTypeEnum, { nullable: true, description: 'Kind; follows from the USCC prefix unless given — 主体类型' })
  orgType?: keyof typeof OrganizationTypeEnum | null;

  @Field({ description: 'GB/T 2260 code of its region — 所在地区代码' })
  regionCode: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Key enterprise — 重点企业' })
  keyEnterprise?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Key project — 重点项目' })
  keyProject?: boolean | null;

  @Field(() => Int, { description: 'Year it enters the directory (2022 or later) — 入库年份' })
  listedYear: number;

  @Field(() => Select100FieldEnum, { nullable: true, description: 'Select-100 field, if selected — 优选100领域' })
  select100Field?: keyof typeof Select100FieldEnum | null;
}
