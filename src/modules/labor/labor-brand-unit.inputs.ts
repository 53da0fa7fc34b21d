import { ArgsType, Field, InputType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { LaborBrandUnitKindEnum } from './labor.enums';

export const LaborBrandUnitOrderEnum = graphqlEnum('LaborBrandUnitOrder', 'Order of a list of labour-brand building units — 建设单位排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  RECOGNIZED_ON: 'Most recently recognised first — 认定日期（新到旧）',
  USCC: 'Unified social credit code — 统一社会信用代码',
});

@InputType('LaborBrandUnitFilter', { description: 'Which labour-brand building units to list — 建设单位筛选' })
export class LaborBrandUnitFilter {
  @Field(() => [LaborBrandUnitKindEnum], { nullable: true, description: 'Only these kinds of unit — 建设单位类型' })
  unitKinds?: Array<keyof typeof LaborBrandUnitKindEnum> | null;

  @Field(() => DateScalar, { nullable: true, description: 'Recognised on this day or later — 认定日期起' })
  recognizedFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Recognised on this day or earlier — 认定日期止' })
  recognizedTo?: string | null;
}

@ArgsType()
export class LaborBrandUnitsArgs extends ConnectionArgs {
  @Field(() => LaborBrandUnitFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: LaborBrandUnitFilter | null;

  @Field(() => LaborBrandUnitOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof LaborBrandUnitOrderEnum;
}
