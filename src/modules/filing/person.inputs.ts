import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { GenderEnum } from '../person/person.enums';

@InputType('RegisterPersonInput', { description: 'A person HR serves, registered by citizen ID — 人员登记' })
export class RegisterPersonInput {
  @Field({ description: 'Citizen ID number (18 characters, or a legacy 15-digit number); the check digit must be right — 公民身份号码' })
  idNumber: string;

  @Field({ description: 'Name — 姓名' })
  name: string;

  @Field(() => GenderEnum, { nullable: true, description: 'Gender; follows from the ID number and must agree with it when given — 性别' })
  gender?: keyof typeof GenderEnum | null;

  @Field(() => DateScalar, { nullable: true, description: 'Birth date; follows from the ID number and must agree with it when given — 出生日期' })
  birthDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Mainland mobile number — 手机号码' })
  phone?: string | null;

  @Field({ description: 'GB/T 2260 code of the region where the person lives, in force and inside the caller\'s region — 常住地区代码' })
  regionCode: string;
}
