import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { ProfessionalTitleLevelEnum, ProfessionalTitleRouteEnum, ProfessionalTitleSeriesEnum, TalentProgrammeLevelEnum } from './career.enums';

export const ProfessionalTitleOrderEnum = graphqlEnum('ProfessionalTitleOrder', 'Order of a professional title list — 职称排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  OBTAINED_ON: 'Day obtained, oldest first — 取得日期（由远及近）',
  OBTAINED_ON_DESC: 'Day obtained, newest first — 取得日期（由近及远）',
});

@InputType('ProfessionalTitleFilter', { description: 'Which professional titles to list — 职称筛选' })
export class ProfessionalTitleFilter {
  @Field(() => [ProfessionalTitleSeriesEnum], { nullable: true, description: 'Only these series — 职称系列' })
  series?: Array<keyof typeof ProfessionalTitleSeriesEnum> | null;

  @Field(() => [ProfessionalTitleLevelEnum], { nullable: true, description: 'Only these levels — 职称层级' })
  levels?: Array<keyof typeof ProfessionalTitleLevelEnum> | null;

  @Field(() => [ProfessionalTitleRouteEnum], { nullable: true, description: 'Only titles obtained these ways — 取得方式' })
  routes?: Array<keyof typeof ProfessionalTitleRouteEnum> | null;

  @Field(() => [Int], { nullable: true, description: 'Only titles of these years — 年度' })
  years?: number[] | null;

  @Field(() => String, { nullable: true, description: 'Conferred in this region or anywhere under it — 评审（认定）地区（含下级）' })
  regionCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Obtained on this day or later — 取得日期起' })
  obtainedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Obtained on this day or earlier — 取得日期止' })
  obtainedTo?: string | null;
}

@ArgsType()
export class ProfessionalTitlesArgs extends ConnectionArgs {
  @Field(() => ProfessionalTitleFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: ProfessionalTitleFilter | null;

  @Field(() => ProfessionalTitleOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof ProfessionalTitleOrderEnum;
}

export const TalentProgrammeAwardOrderEnum = graphqlEnum('TalentProgrammeAwardOrder', 'Order of a talent programme award list — 人才项目入选排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  AWARDED_ON: 'Day awarded, oldest first — 入选日期（由远及近）',
  AWARDED_ON_DESC: 'Day awarded, newest first — 入选日期（由近及远）',
});

@InputType('TalentProgrammeAwardFilter', { description: 'Which talent programme awards to list — 人才项目入选筛选' })
export class TalentProgrammeAwardFilter {
  @Field(() => [TalentProgrammeLevelEnum], { nullable: true, description: 'Only programmes of these governments — 项目层级' })
  programmeLevels?: Array<keyof typeof TalentProgrammeLevelEnum> | null;

  @Field(() => String, { nullable: true, description: 'Programme name contains — 项目名称包含' })
  programmeContains?: string | null;

  @Field(() => [Int], { nullable: true, description: 'Only awards of these years — 入选年度' })
  years?: number[] | null;

  @Field(() => String, { nullable: true, description: 'Awarded in this region or anywhere under it — 授予地区（含下级）' })
  regionCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Awarded on this day or later — 入选日期起' })
  awardedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Awarded on this day or earlier — 入选日期止' })
  awardedTo?: string | null;
}

@ArgsType()
export class TalentProgrammeAwardsArgs extends ConnectionArgs {
  @Field(() => TalentProgrammeAwardFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: TalentProgrammeAwardFilter | null;

  @Field(() => TalentProgrammeAwardOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof TalentProgrammeAwardOrderEnum;
}
