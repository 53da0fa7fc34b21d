import { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { WRITE_PERMISSION } from './filing.env';
import { EnrollTraineePayload, FileSubsidyClaimPayload, FileTrainingCatalogEntryPayload, PublishTrainingCatalogEntryPayload, RecordCompletionPayload, RecordTrainingCohortPayload } from './filing.payloads';
import { runFiling } from './filing.runner';
import { ENROLL_TRAINEE, FILE_SUBSIDY_CLAIM, FILE_TRAINING_CATALOG_ENTRY, PUBLISH_TRAINING_CATALOG_ENTRY, RECORD_COMPLETION, RECORD_TRAINING_COHORT } from './filing.specs';
import { EnrollTraineeInput, FileSubsidyClaimInput, FileTrainingCatalogEntryInput, PublishTrainingCatalogEntryInput, RecordCompletionInput, RecordTrainingCohortInput } from './training.inputs';

const INPUT = { description: 'What is filed — 备案内容' };

@Resolver()
export class TrainingFilingResolver {
  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => FileTrainingCatalogEntryPayload, { description: 'File a programme for the training catalogue, as a draft (备案) — 培训项目目录备案' })
  fileTrainingCatalogEntry(@Arg('input', () => FileTrainingCatalogEntryInput, INPUT) input: FileTrainingCatalogEntryInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, FILE_TRAINING_CATALOG_ENTRY, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => PublishTrainingCatalogEntryPayload, { description: 'Publish a filed catalogue entry — 培训项目目录发布' })
  publishTrainingCatalogEntry(@Arg('input', () => PublishTrainingCatalogEntryInput, INPUT) input: PublishTrainingCatalogEntryInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, PUBLISH_TRAINING_CATALOG_ENTRY, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => RecordTrainingCohortPayload, { description: 'Record a class of a published programme — 开班备案' })
  recordTrainingCohort(@Arg('input', () => RecordTrainingCohortInput, INPUT) input: RecordTrainingCohortInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, RECORD_TRAINING_COHORT, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => EnrollTraineePayload, { description: 'Enrol a registered person in a cohort — 学员报名' })
  enrollTrainee(@Arg('input', () => EnrollTraineeInput, INPUT) input: EnrollTraineeInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, ENROLL_TRAINEE, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => RecordCompletionPayload, { description: "Record a trainee's completion and assessment — 结业登记" })
  recordCompletion(@Arg('input', () => RecordCompletionInput, INPUT) input: RecordCompletionInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, RECORD_COMPLETION, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => FileSubsidyClaimPayload, { description: 'Claim the training subsidy of a completed enrolment — 培训补贴申领' })
  fileSubsidyClaim(@Arg('input', () => FileSubsidyClaimInput, INPUT) input: FileSubsidyClaimInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, FILE_SUBSIDY_CLAIM, input);
  }
}
