import { DateTimeScalar } from '../../shared/graphql/scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { EvaluatorTypeEnum, SkillCertificateKindEnum, SkillLevelEnum } from '../talent/talent.enums';
import { RegionTimeGroupKeys } from './group-keys.type';
import { MIN_CELL_DESCRIPTION, SUPPRESSED_DESCRIPTION, AS_OF_DESCRIPTION } from './suppression/suppressed-field';

export const CertificateDimensionEnum = graphqlEnum('CertificateDimension', 'What skill certificate statistics can be grouped by — 技能证书统计分组维度', {
  CITY: 'City of issue — 发证市',
  COUNTY: 'County of issue — 发证县（市、区）',
  YEAR: 'Year of issue — 发证年份',
  QUARTER: 'Quarter of issue — 发证季度',
  MONTH: 'Month of issue — 发证月份',
  CERTIFICATE_KIND: 'Skill-level or specialised-ability certificate — 证书类别',
  CERTIFICATE_LEVEL: 'Skill level; specialised-ability certificates have none — 职业技能等级',
  EVALUATOR_TYPE: 'Who evaluated — 评价机构类型',
});

@ObjectType('CertificateGroupKeys', { description: 'What a certificate group shares; null where not grouped by — 技能证书统计分组键' })
export class CertificateGroupKeys extends RegionTimeGroupKeys {
  @Field(() => SkillCertificateKindEnum, { nullable: true, description: 'Kind, when grouped by CERTIFICATE_KIND — 证书类别' })
  certificateKind: keyof typeof SkillCertificateKindEnum | null;

  @Field(() => SkillLevelEnum, { nullable: true, description: 'Level, when grouped by CERTIFICATE_LEVEL; null also for specialised-ability certificates — 职业技能等级' })
  certificateLevel: keyof typeof SkillLevelEnum | null;

  @Field(() => EvaluatorTypeEnum, { nullable: true, description: 'Evaluator type, when grouped by EVALUATOR_TYPE — 评价机构类型' })
  evaluatorType: keyof typeof EvaluatorTypeEnum | null;
}

@ObjectType('CertificateGroup', {
  description: 'Skill certificate figures of one group; for a viewer without person:read, counts of fewer than STATISTICS_MIN_CELL persons (default 5), and the figures that would give them away, are null and named in suppressed — 技能证书统计分组（小于最小单元数的不公布）',
})
export class CertificateGroup {
  @Field(() => CertificateGroupKeys, { description: 'What the group shares — 分组键' })
  keys: CertificateGroupKeys;

  @Field(() => Int, { nullable: true, description: 'Certificates issued; null when suppressed — 发证数' })
  certificates: number | null;

  @Field(() => [String], { description: SUPPRESSED_DESCRIPTION })
  suppressed: string[];
}

@ObjectType('CertificateStatistics', { description: 'Skill certificates grouped in SQL by the dimensions asked for — 技能证书统计' })
export class CertificateStatistics {
  @Field(() => [CertificateDimensionEnum], { description: 'The dimensions grouped by, once each — 分组维度' })
  groupBy: Array<keyof typeof CertificateDimensionEnum>;

  @Field(() => [CertificateGroup], { description: 'One entry per combination of keys that has certificates, in key order — 分组结果' })
  groups: CertificateGroup[];

  @Field(() => CertificateGroup, { description: 'Every certificate the filter matches — 合计' })
  total: CertificateGroup;

  @Field(() => Int, { nullable: true, description: MIN_CELL_DESCRIPTION })
  minCell: number | null;

  @Field(() => DateTimeScalar, { description: AS_OF_DESCRIPTION })
  asOf: Date;
}
