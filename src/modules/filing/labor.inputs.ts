import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { LaborBrandUnitKindEnum } from '../labor/labor.enums';
import { StrictInput } from './strict.input';

@InputType('FileLaborBrandUnitInput', { description: 'A unit recognised as building a labour brand, filed with the employment service centre — 特色劳务品牌建设单位备案' })
export class FileLaborBrandUnitInput extends StrictInput {
  @Field(() => ID, { description: 'Global id of the labour brand — 劳务品牌标识' })
  brandId: string;

  @Field({ description: 'USCC of the unit; it must be in the culture directory or operate a workshop — 建设单位统一社会信用代码' })
  uscc: string;

  @Field(() => LaborBrandUnitKindEnum, { description: 'Why the unit was recognised — 建设单位类型' })
  unitKind: keyof typeof LaborBrandUnitKindEnum;

  @Field(() => DateScalar, { description: 'Day of recognition, not before the brand was established — 认定日期' })
  recognizedOn: string;
}
