import { ArgsType, Field, InputType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { EvaluatorTypeEnum, SkillCertificateKindEnum, SkillLevelEnum } from './talent.enums';

export const SkillCertificateOrderEnum = graphqlEnum('SkillCertificateOrder', 'Order of a skill certificate list — 技能证书排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  ISSUED_ON: 'Day of issue, oldest first — 发证日期（由远及近）',
  ISSUED_ON_DESC: 'Day of issue, newest first — 发证日期（由近及远）',
  CERTIFICATE_NUMBER: 'Certificate number — 证书编号',
});

@InputType('SkillCertificateFilter', { description: 'Which skill certificates to list — 技能证书筛选' })
export class SkillCertificateFilter {
  @Field(() => [SkillLevelEnum], { nullable: true, description: 'Only these levels (a specialised-ability certificate has none) — 职业技能等级' })
  levels?: Array<keyof typeof SkillLevelEnum> | null;

  @Field(() => [SkillCertificateKindEnum], { nullable: true, description: 'Only these kinds — 证书类别' })
  kinds?: Array<keyof typeof SkillCertificateKindEnum> | null;

  @Field(() => [EvaluatorTypeEnum], { nullable: true, description: 'Only these evaluator types — 评价机构类型' })
  evaluatorTypes?: Array<keyof typeof EvaluatorTypeEnum> | null;

  @Field(() => String, { nullable: true, description: 'Issued in this region or anywhere under it — 发证地区（含下级）' })
  regionCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Issued on this day or later — 发证日期起' })
  issuedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Issued on this day or earlier — 发证日期止' })
  issuedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Exactly this certificate number (spaces and case ignored) — 证书编号' })
  certificateNumber?: string | null;
}

@ArgsType()
export class SkillCertificatesArgs extends ConnectionArgs {
  @Field(() => SkillCertificateFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: SkillCertificateFilter | null;

  @Field(() => SkillCertificateOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof SkillCertificateOrderEnum;
}
