import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { TargetGroupEnum } from '../person/person.enums';
import { EnrollmentStatusEnum } from './training.enums';

@Authorized(Permission.PERSON_READ)
@ObjectType('Enrollment', {
  implements: Node,
  description: "A person's place in a training cohort — 培训学员",
})
export class Enrollment implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field(() => DateScalar, { description: 'Day of enrolment — 报名日期' })
  enrolledOn: string;

  @Field(() => EnrollmentStatusEnum, { description: 'State of the place — 学员状态' })
  status: keyof typeof EnrollmentStatusEnum;

  @Field(() => DateScalar, { nullable: true, description: 'Day the training was completed; null unless completed — 结业日期' })
  completedOn: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the trainee passed the assessment; null until assessed — 考核是否合格' })
  passed: boolean | null;

  @Field(() => TargetGroupEnum, { nullable: true, description: 'Target group the training subsidy rests on; null when none applies — 补贴所依重点群体' })
  targetGroup: keyof typeof TargetGroupEnum | null;
}
