import { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { WRITE_PERMISSION } from './filing.env';
import { runFiling } from './filing.runner';
import { AWARD_TALENT_PROGRAMME, CLOSE_RIGHTS_CASE, FILE_TRAINING_MATERIAL, OPEN_RIGHTS_CASE, RECORD_PROFESSIONAL_TITLE } from './career-rights.specs';
import { AwardTalentProgrammeInput, CloseRightsCaseInput, FileTrainingMaterialInput, OpenRightsCaseInput, RecordProfessionalTitleInput } from './career-rights.inputs';
import { AwardTalentProgrammePayload, CloseRightsCasePayload, FileTrainingMaterialPayload, OpenRightsCasePayload, RecordProfessionalTitlePayload } from './career-rights.payloads';

const INPUT = { description: 'What is filed — 备案内容' };

/** HR filings of training materials, professional titles, talent programmes and rights services. */
@Resolver()
export class CareerRightsFilingResolver {
  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => FileTrainingMaterialPayload, { description: 'File a Shandong Handmade textbook or course — 特色培训教材和培训课程备案' })
  fileTrainingMaterial(@Arg('input', () => FileTrainingMaterialInput, INPUT) input: FileTrainingMaterialInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, FILE_TRAINING_MATERIAL, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => RecordProfessionalTitlePayload, { description: 'Record a professional title a person obtained — 职称取得登记' })
  recordProfessionalTitle(@Arg('input', () => RecordProfessionalTitleInput, INPUT) input: RecordProfessionalTitleInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, RECORD_PROFESSIONAL_TITLE, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => AwardTalentProgrammePayload, { description: 'Record a person’s selection by a local talent programme — 人才项目入选登记' })
  awardTalentProgramme(@Arg('input', () => AwardTalentProgrammeInput, INPUT) input: AwardTalentProgrammeInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, AWARD_TALENT_PROGRAMME, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => OpenRightsCasePayload, { description: 'Open (or record, closed) a rights-protection case for a labour-brand worker — 维权服务受理' })
  openRightsCase(@Arg('input', () => OpenRightsCaseInput, INPUT) input: OpenRightsCaseInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, OPEN_RIGHTS_CASE, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => CloseRightsCasePayload, { description: 'Close an open rights-protection case with its outcome — 维权办结' })
  closeRightsCase(@Arg('input', () => CloseRightsCaseInput, INPUT) input: CloseRightsCaseInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, CLOSE_RIGHTS_CASE, input);
  }
}
