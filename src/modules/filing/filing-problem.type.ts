import { Field, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../shared/graphql/enum';
import { FilingProblemCode } from './filing.problems';

export const FilingProblemCodeEnum = graphqlEnum<FilingProblemCode>('FilingProblemCode', 'Why a filing was refused or flagged — 备案校验问题类别', {
  REQUIRED: 'A required field is missing or blank — 必填项缺失',
  FORMAT: 'The value is not in the expected form (date, number, ID number, USCC, item key, global id) — 格式错误',
  CHECK_DIGIT: 'The check character of an ID number or USCC is wrong — 校验码错误',
  UNKNOWN_ENUM_VALUE: 'The value is not one of the allowed values — 取值不在允许范围',
  UNKNOWN_FIELD: 'An import column or key that the record type does not have — 未知字段',
  OUT_OF_RANGE: 'A number, amount, year or date outside its allowed range — 数值超出范围',
  UNKNOWN_REGION: 'Not a GB/T 2260 code of Shandong — 未知行政区划代码',
  RETIRED_REGION: 'A GB/T 2260 code that is no longer in force — 已撤销的行政区划代码',
  OUT_OF_SCOPE: "Outside the caller's region — 超出调用方辖区",
  DATE_ORDER: 'A date before the date it must follow — 日期先后顺序错误',
  DUPLICATE: 'The natural key is already on file — 重复备案',
  NOT_FOUND: 'A referenced record does not exist, in this source or the other agency\'s — 引用的记录不存在',
  INVALID_STATE: 'The record is not in a state that allows this filing — 记录状态不允许此操作',
  INCONSISTENT: 'Two values contradict each other — 字段之间相互矛盾',
  USCC_CHECKSUM: 'A USCC whose check characters fail; a warning unless strict mode is on — 统一社会信用代码校验未通过',
  IDEMPOTENCY_KEY_REUSED: 'The Idempotency-Key was already used for a different request — 幂等键已用于其他请求',
  IDEMPOTENCY_KEY_IN_PROGRESS: 'A request with this Idempotency-Key is still being processed — 同一幂等键的请求正在处理',
  IDEMPOTENCY_KEY_INVALID: 'The Idempotency-Key header is empty or longer than 200 characters — 幂等键无效',
});

@ObjectType('FilingProblem', { description: 'An expected failure or a warning of a filing, naming the input field — 备案校验问题' })
export class FilingProblem {
  @Field({ description: 'Input path the problem concerns, e.g. input.citizenId — 字段路径' })
  field: string;

  @Field(() => FilingProblemCodeEnum, { description: 'Stable code of the rule that failed — 问题类别' })
  code: FilingProblemCode;

  @Field({ description: 'What is wrong and how to fix it — 说明' })
  message: string;
}

/**
 * What every filing payload carries besides the record it filed. Payload types
 * inherit these fields; the class itself is never referenced, so the schema
 * does not show it.
 */
@ObjectType('FilingPayload', { description: 'Errors and warnings of a filing — 备案结果' })
export abstract class FilingPayload {
  @Field(() => [FilingProblem], { description: 'Why nothing was written; empty when the filing succeeded — 错误（存在时未写入任何数据）' })
  errors: FilingProblem[];

  @Field(() => [FilingProblem], { description: 'Written, but worth a look (e.g. a USCC failing its checksum) — 警告' })
  warnings: FilingProblem[];
}
