import { ArgsType, Field, InputType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { TargetGroupEnum } from '../person/person.enums';
import { EnrollmentStatusEnum } from './training.enums';

export const EnrollmentOrderEnum = graphqlEnum('EnrollmentOrder', 'Order of an enrolment list — 学员排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  ENROLLED_ON: 'Day of enrolment, earliest first — 报名日期',
});

@InputType('EnrollmentFilter', { description: 'Which enrolments to list — 培训学员筛选' })
export class EnrollmentFilter {
  @Field(() => [EnrollmentStatusEnum], { nullable: true, description: 'Only these states — 学员状态' })
  statuses?: Array<keyof typeof EnrollmentStatusEnum> | null;

  @Field(() => [TargetGroupEnum], { nullable: true, description: 'Only subsidies resting on these target groups — 重点群体' })
  targetGroups?: Array<keyof typeof TargetGroupEnum> | null;

  @Field(() => DateScalar, { nullable: true, description: 'Enrolled on this day or later — 报名日期起' })
  enrolledFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Enrolled on this day or earlier — 报名日期止' })
  enrolledTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only trainees who passed (true) or failed (false) the assessment — 考核是否合格' })
  passed?: boolean | null;

  @Field(() => String, { nullable: true, description: "The cohort is held in this region or anywhere under it — 培训班所在地区（含下级）" })
  regionCode?: string | null;
}

@ArgsType()
export class EnrollmentsArgs extends ConnectionArgs {
  @Field(() => EnrollmentFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: EnrollmentFilter | null;

  @Field(() => EnrollmentOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof EnrollmentOrderEnum;
}
