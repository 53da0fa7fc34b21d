import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { DateScalar } from '../../shared/graphql/scalars';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { GenderEnum, TargetGroupEnum } from './person.enums';

// No ordering by ID number: cursors carry the ordering values, and they must not carry a citizen ID.
export const PersonOrderEnum = graphqlEnum('PersonOrder', 'Order of a person list — 人员排序', {
  ID: 'Order of registration in this layer — 登记顺序',
  NAME: 'Name, by code point — 姓名',
  BIRTH_DATE: 'Date of birth, oldest first; needs pii:read, since the order would give birth dates away — 出生日期',
});

@InputType('PersonFilter', { description: 'Which persons to list — 人员筛选' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Living in this region or anywhere under it — 常住地区（含下级）' })
  regionCode?: string | null;

  @Field(() => [GenderEnum], { nullable: true, description: 'Only these genders — 性别' })
  genders?: Array<keyof typeof GenderEnum> | null;

  @Field(() => [TargetGroupEnum], {
    nullable: true,
    description: 'Holding a status in any of these target groups (on targetGroupOn when given, otherwise at any time) — 重点群体',
  })
  targetGroups?: Array<keyof typeof TargetGroupEnum> | null;

  @Field(() => DateScalar, { nullable: true, description: 'Day on which the status must apply; with no targetGroups, any target group — 重点群体身份认定日期' })
  targetGroupOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Born on this day or later; without pii:read it must be a 1 January (whole years only) — 出生日期起' })
  birthDateFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Born on this day or earlier; without pii:read it must be a 31 December (whole years only) — 出生日期止' })
  birthDateTo?: string | null;

  @Field(() => Int, { nullable: true, description: 'Born in this year or later — 出生年份起' })
  birthYearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Born in this year or earlier — 出生年份止' })
  birthYearTo?: number | null;

  @Field(() => String, { nullable: true, description: 'Name contains this text — 姓名包含' })
  nameContains?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Exactly this citizen ID number (15 or 18 digits, any case of X; it is validated and normalised) — 公民身份号码',
  })
  idNumber?: string | null;
}

@ArgsType()
export class PersonsArgs extends ConnectionArgs {
  @Field(() => PersonFilter, { nullable: true, description: 'Filter — 筛选条件' })
  filter?: PersonFilter | null;

  @Field(() => PersonOrderEnum, { defaultValue: 'ID', description: 'Order — 排序' })
  orderBy: keyof typeof PersonOrderEnum;
}
