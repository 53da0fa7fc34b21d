import { Field, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { BootCampEnterpriseKindEnum, BootCampParticipantStatusEnum, StartupServiceKindEnum } from '../startup/startup.enums';
import { StrictInput } from './strict.input';

@InputType('RecordStartupServiceInput', { description: 'A start-up service given to a person, an enterprise or both — 创业服务记录' })
export class RecordStartupServiceInput extends StrictInput {
  @Field(() => StartupServiceKindEnum, { description: 'Guidance or consultation — 服务类别' })
  kind: keyof typeof StartupServiceKindEnum;

  @Field(() => String, { nullable: true, description: 'Citizen ID of the registered person served; this or clientUscc — 公民身份号码' })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'USCC of the enterprise served; this or idNumber — 服务企业统一社会信用代码' })
  clientUscc?: string | null;

  @Field({ description: 'The centre that gave it — 服务机构' })
  centre: string;

  @Field(() => String, { nullable: true, description: 'What it was about — 服务内容' })
  topic?: string | null;

  @Field(() => DateScalar, { description: 'Day of the service, not after today — 服务日期' })
  servedOn: string;

  @Field({ description: 'GB/T 2260 code of the area that gave it — 服务地区代码' })
  regionCode: string;
}

@InputType('RecordBootCampInput', { description: 'A city’s start-up boot camp — 创业训练营备案' })
export class RecordBootCampInput {
  @Field({ description: 'Camp code, 3–32 letters, digits and dashes — 训练营编号' })
  code: string;

  @Field({ description: 'Name — 名称' })
  name: string;

  @Field({ description: 'Organiser — 主办单位' })
  organiser: string;

  @Field({ description: 'GB/T 2260 code of the city holding it (a city-level code) — 举办城市代码' })
  regionCode: string;

  @Field(() => DateScalar, { description: 'Opening day — 开营日期' })
  startsOn: string;

  @Field(() => DateScalar, { description: 'Closing day, not before the opening — 结营日期' })
  endsOn: string;

  @Field(() => Int, { description: 'Places planned, 1–500 — 计划招收人数' })
  intake: number;
}

@InputType('AdmitBootCampParticipantInput', { description: 'An enterprise of the Shandong Handmade directory and its operator selected for a boot camp — 创业训练营学员入选' })
export class AdmitBootCampParticipantInput extends StrictInput {
  @Field({ description: 'Code of the camp — 训练营编号' })
  campCode: string;

  @Field({ description: 'Citizen ID of the operator, a registered person — 经营者公民身份号码' })
  idNumber: string;

  @Field({ description: 'USCC of the enterprise, which must be in the culture bureau’s Shandong Handmade directory — 企业统一社会信用代码' })
  enterpriseUscc: string;

  @Field(() => BootCampEnterpriseKindEnum, { description: 'Small/micro enterprise or start-up — 企业类型' })
  enterpriseKind: keyof typeof BootCampEnterpriseKindEnum;

  @Field(() => BootCampParticipantStatusEnum, { nullable: true, description: 'SELECTED unless given — 参营状态' })
  status?: keyof typeof BootCampParticipantStatusEnum | null;
}
