import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../shared/graphql/scalars';
import { Node } from '../../shared/relay/node';
import { TrainingMaterialKindEnum } from './material.enums';

@ObjectType('TrainingMaterial', {
  implements: Node,
  description: 'A Shandong Handmade textbook or course developed for the catalogue’s training, filed with HR — “山东手造”特色培训教材和培训课程',
})
export class TrainingMaterial implements Node {
  @Field(() => ID, { description: 'Opaque global id — 全局标识' })
  id: string;

  @Field({ description: 'Filing number, unique — 教材课程编号' })
  code: string;

  @Field({ description: 'Title — 名称' })
  title: string;

  @Field(() => TrainingMaterialKindEnum, { description: 'Textbook or course — 类别' })
  kind: keyof typeof TrainingMaterialKindEnum;

  @Field({ description: 'Publisher of a textbook, developer of a course — 出版（开发）单位' })
  publisher: string;

  @Field(() => Int, { description: 'Year of publication or release — 出版（发布）年度' })
  year: number;

  @Field(() => DateScalar, { nullable: true, description: 'Day of publication or release; null when only the year is known — 出版（发布）日期' })
  releasedOn: string | null;

  @Field(() => Int, { nullable: true, description: 'Class hours; required for a course — 课时' })
  classHours: number | null;

  @Field(() => String, { nullable: true, description: 'ISBN of a published textbook (13 digits) — 国际标准书号' })
  isbn: string | null;

  @Field({ description: 'GB/T 2260 code of the area whose bureau filed it — 备案地区代码' })
  regionCode: string;
}
