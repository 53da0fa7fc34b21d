import { Field, InputType } from 'type-graphql';

/** Inputs that carry a USCC take a `strict` switch: checksum failures are warnings unless it is on. */
@InputType('StrictFilingInput', { description: 'Inputs with a strict switch; never referenced, so not in the schema — 严格校验开关' })
export abstract class StrictInput {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Refuse a USCC that fails its checksum instead of warning (real codes that fail exist) — 严格校验统一社会信用代码' })
  strict?: boolean | null;
}
