import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';

export const TrainingCohortOrderEnum = graphqlEnum('TrainingCohortOrder', 'Order of a training cohort list — 培训班排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  CODE: 'Class code — 班级编号',
  STARTS_ON: 'First day of training, earliest first — 开班日期',
});

@InputType('TrainingCohortFilter', { description: 'Which training cohorts to list — 培训班筛选' })
export class TrainingCohortFilter {
  @Field(() => String, { nullable: true, description: 'Held in this region or anywhere under it — 开班地区（含下级）' })
  regionCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Starting on this day or later — 开班日期起' })
  startsFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Starting on this day or earlier — 开班日期止' })
  startsTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only project-based classes (true) or only per-trainee ones (false) — 是否项目制' })
  projectBased?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only classes of this catalogue programme (global id of a TrainingCatalogEntry) — 培训项目' })
  catalogEntryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only classes run by the provider with this USCC — 培训机构统一社会信用代码' })
  providerUscc?: string | null;
}

@ArgsType()
export class TrainingCohortsArgs extends ConnectionArgs {
  @Field(() => TrainingCohortFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: TrainingCohortFilter | null;

  @Field(() => TrainingCohortOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof TrainingCohortOrderEnum;
}
