import { Field, Int, ObjectType } from 'type-graphql';
import { SUPPRESSED_DESCRIPTION } from './suppression/suppressed-field';

const SMALL_CELLS = 'for a viewer without person:read, counts of fewer than STATISTICS_MIN_CELL persons (default 5), and the figures that would give them away, are null and named in suppressed';

@ObjectType('DispatchTrainingMaterialFigures', { description: 'Shandong Handmade textbooks and courses released in the period, by filing region; one known by its year only counts in a YEAR period — 特色培训教材和课程' })
export class DispatchTrainingMaterialFigures {
  @Field(() => Int, { description: 'Materials released — 发布教材课程数' })
  released: number;

  @Field(() => Int, { description: 'Of which textbooks — 其中：教材' })
  textbooks: number;

  @Field(() => Int, { description: 'Of which courses, taught or online — 其中：课程' })
  courses: number;
}

@ObjectType('ProfessionalTitleCountsByLevel', { description: `Professional titles obtained in the period, by level, placed by the holder's region; ${SMALL_CELLS} — 分层级职称取得数（小于最小单元数的不公布）` })
export class ProfessionalTitleCountsByLevel {
  @Field(() => Int, { nullable: true, description: 'All titles, of every series; null when suppressed — 合计' })
  total: number | null;

  @Field(() => Int, { nullable: true, description: 'Junior, staff grade; null when suppressed — 员级' })
  staff: number | null;

  @Field(() => Int, { nullable: true, description: 'Junior, assistant grade; null when suppressed — 助理级' })
  assistant: number | null;

  @Field(() => Int, { nullable: true, description: 'Intermediate; null when suppressed — 中级' })
  intermediate: number | null;

  @Field(() => Int, { nullable: true, description: 'Associate senior; null when suppressed — 副高级' })
  associateSenior: number | null;

  @Field(() => Int, { nullable: true, description: 'Full senior; null when suppressed — 正高级' })
  fullSenior: number | null;

  @Field(() => [String], { description: SUPPRESSED_DESCRIPTION })
  suppressed: string[];
}

@ObjectType('DispatchTalentProgrammeFigures', { description: `Selections by local talent programmes (选拔培养奖励项目) in the period, placed by the holder's region; ${SMALL_CELLS} — 人才项目入选（小于最小单元数的不公布）` })
export class DispatchTalentProgrammeFigures {
  @Field(() => Int, { nullable: true, description: 'Awards made; null when suppressed — 入选人次' })
  awarded: number | null;

  @Field(() => [String], { description: SUPPRESSED_DESCRIPTION })
  suppressed: string[];
}

@ObjectType('DispatchRightsCaseFigures', { description: `Rights-protection cases of labour-brand workers, placed by the handling service centre's region; ${SMALL_CELLS} — 特色劳务从业人员维权服务（小于最小单元数的不公布）` })
export class DispatchRightsCaseFigures {
  @Field(() => Int, { nullable: true, description: 'Cases opened in the period; null when suppressed — 本期受理' })
  opened: number | null;

  @Field(() => Int, { nullable: true, description: 'Cases closed in the period, whenever opened; null when suppressed — 本期办结' })
  closed: number | null;

  @Field(() => [String], { description: SUPPRESSED_DESCRIPTION })
  suppressed: string[];
}
