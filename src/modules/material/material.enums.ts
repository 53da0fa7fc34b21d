import { graphqlEnum } from '../../shared/graphql/enum';
import { TRAINING_MATERIAL_KINDS } from '../../sources/hr';

export const TrainingMaterialKindEnum = graphqlEnum('TrainingMaterialKind', 'Kind of training material — 教材课程类别', TRAINING_MATERIAL_KINDS, {
  TEXTBOOK: 'A printed textbook — 培训教材',
  COURSE: 'A course taught in class — 培训课程',
  ONLINE_COURSE: 'A course given online — 线上课程',
});
