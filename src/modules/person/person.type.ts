import { Authorized, Field, ID, Int, ObjectType } from 'type-graphql';
import { Permission } from '../../auth/permissions';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { GenderEnum } from './person.enums';
import { ID_NUMBER_DESCRIPTION, PHONE_DESCRIPTION } from './person.pii';

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

  // idNumber, phone and birthDate are resolved (masked) by PersonResolver; the record carries the raw values.
  @Field({ description: ID_NUMBER_DESCRIPTION })
  idNumber: string;

  @Field(() => String, { nullable: true, description: PHONE_DESCRIPTION })
  phone: string | null;

  @Field(() => GenderEnum, { description: 'Gender — 性别' })
  gender: keyof typeof GenderEnum;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Date of birth: null unless the viewer holds pii:read (each shown date is audited), because with the masked ID number it would give the number away; birthYear is for everyone — 出生日期（默认不公开）',
  })
  birthDate: string | null;

  @Field(() => Int, { description: 'Year of birth, the coarse form of the birth date that every reader of persons sees — 出生年份' })
  birthYear: number;

  @Field({ description: 'GB/T 2260 code of the county-level area of residence — 常住地区代码' })
  regionCode: string;
}
