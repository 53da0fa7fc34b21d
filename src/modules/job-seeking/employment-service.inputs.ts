import { ArgsType, Field, InputType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { EmploymentServiceKindEnum, EmploymentServiceOutcomeEnum } from './job-seeking.enums';

export const EmploymentServiceOrderEnum = graphqlEnum('EmploymentServiceOrder', 'Order of a list of employment services — 就业服务记录排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  SERVED_ON: 'Earliest first — 服务日期（早到晚）',
  SERVED_ON_DESC: 'Latest first — 服务日期（晚到早）',
});

@InputType('EmploymentServiceFilter', { description: 'Which employment services to list — 就业服务记录筛选' })
export class EmploymentServiceFilter {
  @Field(() => String, { nullable: true, description: 'Given by a centre in this region or anywhere under it — 服务地区（含下级）' })
  regionCode?: string | null;

  @Field(() => [EmploymentServiceKindEnum], { nullable: true, description: 'Only these kinds — 服务类型' })
  kinds?: Array<keyof typeof EmploymentServiceKindEnum> | null;

  @Field(() => [EmploymentServiceOutcomeEnum], { nullable: true, description: 'Only these outcomes — 服务结果' })
  outcomes?: Array<keyof typeof EmploymentServiceOutcomeEnum> | null;

  @Field(() => DateScalar, { nullable: true, description: 'Given on this day or later — 服务日期起' })
  servedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Given on this day or earlier — 服务日期止' })
  servedTo?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only services given at an event; false: only those outside any event — 是否在专项活动中提供' })
  atEvent?: boolean | null;
}

@ArgsType()
export class EmploymentServicesArgs extends ConnectionArgs {
  @Field(() => EmploymentServiceFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: EmploymentServiceFilter | null;

  @Field(() => EmploymentServiceOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof EmploymentServiceOrderEnum;
}
