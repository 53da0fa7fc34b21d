import { graphqlEnum } from '../../shared/graphql/enum';
import { CREDIT_RATINGS, ENROLLMENT_STATUSES, SUBSIDY_CLAIM_STATUSES, TRAINING_CATALOG_STATUSES } from '../../sources/hr';

export const TrainingCatalogStatusEnum = graphqlEnum('TrainingCatalogStatus', 'Publication state of a catalogue programme — 培训项目目录状态', TRAINING_CATALOG_STATUSES, {
  DRAFT: 'Drafted, not yet published — 草稿',
  PUBLISHED: 'Published: cohorts may be run and subsidised on it — 已发布',
  WITHDRAWN: 'Withdrawn from the catalogue — 已撤销',
});

export const CreditRatingEnum = graphqlEnum('TrainingProviderCreditRating', 'Credit rating the HR bureau gives a filed training provider — 培训机构信用等级', CREDIT_RATINGS, {
  A: 'Rating A, the best — A级',
  B: 'Rating B — B级',
  C: 'Rating C, the lowest — C级',
});

export const EnrollmentStatusEnum = graphqlEnum('EnrollmentStatus', "State of a trainee's place in a cohort — 学员状态", ENROLLMENT_STATUSES, {
  ENROLLED: 'Enrolled, training not finished — 在训',
  COMPLETED: 'Completed the training — 结业',
  DROPPED: 'Left before the end — 退学',
});

export const SubsidyClaimStatusEnum = graphqlEnum('SubsidyClaimStatus', 'State of a training subsidy claim — 培训补贴申领状态', SUBSIDY_CLAIM_STATUSES, {
  FILED: 'Filed, awaiting review — 已申报',
  APPROVED: 'Approved, not yet paid — 已审核',
  PAID: 'Paid out — 已拨付',
  REJECTED: 'Rejected — 未通过',
});
