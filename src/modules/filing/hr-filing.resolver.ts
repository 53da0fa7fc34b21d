import { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { CloseVacancyInput, PostVacancyInput } from './employment.inputs';
import { WRITE_PERMISSION } from './filing.env';
import { AwardTalentTitlePayload, CloseVacancyPayload, FileLaborBrandUnitPayload, IssueSkillCertificatePayload, PostVacancyPayload, RegisterPersonPayload } from './filing.payloads';
import { runFiling } from './filing.runner';
import { AWARD_TALENT_TITLE, CLOSE_VACANCY, FILE_LABOR_BRAND_UNIT, ISSUE_SKILL_CERTIFICATE, POST_VACANCY, REGISTER_PERSON } from './filing.specs';
import { FileLaborBrandUnitInput } from './labor.inputs';
import { RegisterPersonInput } from './person.inputs';
import { AwardTalentTitleInput, IssueSkillCertificateInput } from './talent.inputs';

const INPUT = { description: 'What is filed — 备案内容' };

/** HR filings other than training: persons, labour brands, talent, employment. */
@Resolver()
export class HrFilingResolver {
  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => RegisterPersonPayload, { description: 'Register a person by citizen ID — 人员登记' })
  registerPerson(@Arg('input', () => RegisterPersonInput, INPUT) input: RegisterPersonInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, REGISTER_PERSON, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => FileLaborBrandUnitPayload, { description: 'File a labour-brand building unit — 特色劳务品牌建设单位备案' })
  fileLaborBrandUnit(@Arg('input', () => FileLaborBrandUnitInput, INPUT) input: FileLaborBrandUnitInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, FILE_LABOR_BRAND_UNIT, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => IssueSkillCertificatePayload, { description: 'Issue a skill certificate — 技能证书核发' })
  issueSkillCertificate(@Arg('input', () => IssueSkillCertificateInput, INPUT) input: IssueSkillCertificateInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, ISSUE_SKILL_CERTIFICATE, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => AwardTalentTitlePayload, { description: 'Award a talent title — 人才称号授予' })
  awardTalentTitle(@Arg('input', () => AwardTalentTitleInput, INPUT) input: AwardTalentTitleInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, AWARD_TALENT_TITLE, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => PostVacancyPayload, { description: 'Post a vacancy — 岗位发布' })
  postVacancy(@Arg('input', () => PostVacancyInput, INPUT) input: PostVacancyInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, POST_VACANCY, input);
  }

  @Authorized(WRITE_PERMISSION.hr)
  @Mutation(() => CloseVacancyPayload, { description: 'Close an open vacancy — 岗位关闭' })
  closeVacancy(@Arg('input', () => CloseVacancyInput, INPUT) input: CloseVacancyInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return runFiling(ctx, info, CLOSE_VACANCY, input);
  }
}
