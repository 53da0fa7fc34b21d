import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../../shared/graphql/scalars';
import { StrictInput } from './strict.input';

@InputType('PostVacancyInput', { description: 'A vacancy posted with the public employment service — 岗位发布' })
export class PostVacancyInput extends StrictInput {
  @Field({ description: 'USCC of the employer — 用人单位统一社会信用代码' })
  employerUscc: string;

  @Field({ description: 'Job title — 岗位名称' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Craft of the job — 工种（手艺）' })
  craft?: string | null;

  @Field(() => String, { nullable: true, description: 'ICH item key of the craft; stored as the item\'s own key — 非遗项目键' })
  itemKey?: string | null;

  @Field(() => Int, { description: 'Number of openings — 招聘人数' })
  headcount: number;

  @Field(() => DecimalScalar, { description: 'Lowest monthly pay in yuan — 月薪下限（元）' })
  payMin: string;

  @Field(() => DecimalScalar, { description: 'Highest monthly pay in yuan, not below payMin — 月薪上限（元）' })
  payMax: string;

  @Field({ description: 'GB/T 2260 code of the workplace — 工作地区代码' })
  regionCode: string;

  @Field(() => DateScalar, { description: 'Day posted — 发布日期' })
  postedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Planned closing day, not before postedOn — 截止日期' })
  closesOn?: string | null;
}

@InputType('CloseVacancyInput', { description: 'An open vacancy filled or withdrawn — 岗位关闭' })
export class CloseVacancyInput {
  @Field(() => ID, { description: 'Global id of the vacancy — 岗位标识' })
  vacancyId: string;

  @Field(() => DateScalar, { description: 'Day closed, not before it was posted — 关闭日期' })
  closedOn: string;
}
