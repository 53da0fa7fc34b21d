import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { GenderEnum } from './person.enums';

@Authorized(Permission.PERSON_READ)
@ObjectType('Person', {
  implements: Node,
  description: 'A natural person in the HR records, one per citizen ID number — 人员',
})
export class Person implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Name — 姓名' })
  name: string;

  // idNumber and phone are resolved (masked) by PersonResolver; the record carries the raw values.
  @Field({ description: 'Citizen ID number, masked as first 6 + 8 stars + last 4 (370102********1234) unless the viewer holds pii:read (each unmasked read is audited) — 公民身份号码（默认脱敏）' })
  idNumber: string;

  @Field(() => String, { nullable: true, description: 'Mobile phone number, masked as 3 + 4 stars + 4 (138****1234) unless the viewer holds pii:read (each unmasked read is audited) — 手机号码（默认脱敏）' })
  phone: string | null;

  @Field(() => GenderEnum, { description: 'Gender — 性别' })
  gender: keyof typeof GenderEnum;

  @Field(() => DateScalar, { description: 'Date of birth — 出生日期' })
  birthDate: string;

  @Field({ description: 'GB/T 2260 code of the county-level area of residence — 常住地区代码' })
  regionCode: string;
}
