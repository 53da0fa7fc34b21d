import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { EvaluatorTypeEnum, SkillCertificateKindEnum, SkillLevelEnum } from './talent.enums';

@Authorized(Permission.PERSON_READ)
@ObjectType('SkillCertificate', {
  implements: Node,
  description: 'A vocational skill-level or specialised-ability certificate held by a person — 职业技能等级证书 / 专项职业能力证书',
})
export class SkillCertificate implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Certificate number, 22 characters starting with the evaluator letter Y or S — 证书编号' })
  certificateNumber: string;

  @Field(() => SkillCertificateKindEnum, { description: 'Kind of certificate — 证书类别' })
  kind: keyof typeof SkillCertificateKindEnum;

  @Field(() => SkillLevelEnum, { nullable: true, description: 'Skill level; null for a specialised-ability certificate — 职业技能等级' })
  level: keyof typeof SkillLevelEnum | null;

  @Field(() => String, { nullable: true, description: 'Occupation code of the national occupation classification, X-XX-XX-XX — 职业编码' })
  occupationCode: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the specialised ability, for specialised-ability certificates — 专项职业能力名称' })
  abilityTitle: string | null;

  @Field(() => EvaluatorTypeEnum, { description: 'Who evaluated the holder — 评价机构类型' })
  evaluatorType: keyof typeof EvaluatorTypeEnum;

  @Field(() => String, { nullable: true, description: 'USCC of the evaluating organisation, where recorded — 评价机构统一社会信用代码' })
  evaluatorUscc: string | null;

  @Field(() => DateScalar, { description: 'Day of issue — 发证日期' })
  issuedOn: string;

  @Field({ description: 'GB/T 2260 code of the area where it was issued — 发证地区代码' })
  regionCode: string;
}
