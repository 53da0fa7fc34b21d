import { Field, ObjectType } from 'type-graphql';
import { Vacancy } from '../employment/vacancy.type';
import { LaborBrandUnit } from '../labor/labor-brand-unit.type';
import { Organization } from '../organization/organization.type';
import { Person } from '../person/person.type';
import { SkillCertificate } from '../talent/skill-certificate.type';
import { TalentTitle } from '../talent/talent-title.type';
import { Enrollment } from '../training/enrollment.type';
import { SubsidyClaim } from '../training/subsidy-claim.type';
import { TrainingCatalogEntry } from '../training/training-catalog-entry.type';
import { TrainingCohort } from '../training/training-cohort.type';
import { Workshop } from '../workshop/workshop.type';
import { WorkshopRecognition } from '../workshop/workshop-recognition.type';
import { EmploymentEvent } from '../job-seeking/employment-event.type';
import { EmploymentService } from '../job-seeking/employment-service.type';
import { JobSeeker } from '../job-seeking/job-seeker.type';
import { FilingPayload } from './filing-problem.type';

// One payload per mutation: `errors` (nothing written), `warnings`, and the record filed (null on errors).

@ObjectType('RegisterPersonPayload', { description: 'Result of registering a person — 人员登记结果' })
export class RegisterPersonPayload extends FilingPayload {
  @Field(() => Person, { nullable: true, description: 'The person registered — 登记的人员' })
  person: Person | null;
}

@ObjectType('FileLaborBrandUnitPayload', { description: 'Result of filing a labour-brand building unit — 建设单位备案结果' })
export class FileLaborBrandUnitPayload extends FilingPayload {
  @Field(() => LaborBrandUnit, { nullable: true, description: 'The unit filed — 备案的建设单位' })
  laborBrandUnit: LaborBrandUnit | null;
}

@ObjectType('FileTrainingCatalogEntryPayload', { description: 'Result of filing a catalogue entry — 培训项目备案结果' })
export class FileTrainingCatalogEntryPayload extends FilingPayload {
  @Field(() => TrainingCatalogEntry, { nullable: true, description: 'The entry filed, as a DRAFT — 备案的培训项目' })
  trainingCatalogEntry: TrainingCatalogEntry | null;
}

@ObjectType('PublishTrainingCatalogEntryPayload', { description: 'Result of publishing a catalogue entry — 培训项目发布结果' })
export class PublishTrainingCatalogEntryPayload extends FilingPayload {
  @Field(() => TrainingCatalogEntry, { nullable: true, description: 'The entry, now PUBLISHED — 发布的培训项目' })
  trainingCatalogEntry: TrainingCatalogEntry | null;
}

@ObjectType('RecordTrainingCohortPayload', { description: 'Result of recording a cohort — 开班备案结果' })
export class RecordTrainingCohortPayload extends FilingPayload {
  @Field(() => TrainingCohort, { nullable: true, description: 'The cohort recorded — 备案的培训班' })
  trainingCohort: TrainingCohort | null;
}

@ObjectType('EnrollTraineePayload', { description: 'Result of an enrolment — 学员报名结果' })
export class EnrollTraineePayload extends FilingPayload {
  @Field(() => Enrollment, { nullable: true, description: 'The enrolment — 学员' })
  enrollment: Enrollment | null;
}

@ObjectType('RecordCompletionPayload', { description: 'Result of recording a completion — 结业登记结果' })
export class RecordCompletionPayload extends FilingPayload {
  @Field(() => Enrollment, { nullable: true, description: 'The enrolment, now COMPLETED — 结业的学员' })
  enrollment: Enrollment | null;
}

@ObjectType('FileSubsidyClaimPayload', { description: 'Result of a subsidy claim — 补贴申领结果' })
export class FileSubsidyClaimPayload extends FilingPayload {
  @Field(() => SubsidyClaim, { nullable: true, description: 'The claim, FILED — 补贴申领' })
  subsidyClaim: SubsidyClaim | null;
}

@ObjectType('IssueSkillCertificatePayload', { description: 'Result of issuing a certificate — 证书核发结果' })
export class IssueSkillCertificatePayload extends FilingPayload {
  @Field(() => SkillCertificate, { nullable: true, description: 'The certificate issued — 核发的证书' })
  skillCertificate: SkillCertificate | null;
}

@ObjectType('AwardTalentTitlePayload', { description: 'Result of awarding a title — 称号授予结果' })
export class AwardTalentTitlePayload extends FilingPayload {
  @Field(() => TalentTitle, { nullable: true, description: 'The title awarded — 授予的称号' })
  talentTitle: TalentTitle | null;
}

@ObjectType('PostVacancyPayload', { description: 'Result of posting a vacancy — 岗位发布结果' })
export class PostVacancyPayload extends FilingPayload {
  @Field(() => Vacancy, { nullable: true, description: 'The vacancy posted — 发布的岗位' })
  vacancy: Vacancy | null;
}

@ObjectType('CloseVacancyPayload', { description: 'Result of closing a vacancy — 岗位关闭结果' })
export class CloseVacancyPayload extends FilingPayload {
  @Field(() => Vacancy, { nullable: true, description: 'The vacancy, now CLOSED — 关闭的岗位' })
  vacancy: Vacancy | null;
}

@ObjectType('RegisterWorkshopPayload', { description: 'Result of registering a workshop — 工坊登记结果' })
export class RegisterWorkshopPayload extends FilingPayload {
  @Field(() => Workshop, { nullable: true, description: 'The workshop registered — 登记的工坊' })
  workshop: Workshop | null;
}

@ObjectType('RecognizeWorkshopPayload', { description: 'Result of a city or province recognition — 工坊认定结果' })
export class RecognizeWorkshopPayload extends FilingPayload {
  @Field(() => WorkshopRecognition, { nullable: true, description: 'The recognition added — 新增的认定' })
  workshopRecognition: WorkshopRecognition | null;
}

@ObjectType('RegisterDirectoryOrganizationPayload', { description: 'Result of entering the directory — 目录入库结果' })
export class RegisterDirectoryOrganizationPayload extends FilingPayload {
  @Field(() => Organization, { nullable: true, description: 'The organisation, as both agencies see it — 入库的主体' })
  organization: Organization | null;
}

@ObjectType('RegisterJobSeekerPayload', { description: 'Result of a job-seeker registration — 求职登记结果' })
export class RegisterJobSeekerPayload extends FilingPayload {
  @Field(() => JobSeeker, { nullable: true, description: 'The registration — 求职登记' })
  jobSeeker: JobSeeker | null;
}

@ObjectType('RecordEmploymentServicePayload', { description: 'Result of recording an employment service — 就业服务登记结果' })
export class RecordEmploymentServicePayload extends FilingPayload {
  @Field(() => EmploymentService, { nullable: true, description: 'The service recorded — 就业服务记录' })
  employmentService: EmploymentService | null;
}

@ObjectType('RecordEmploymentEventPayload', { description: 'Result of recording an employment service event — 专项活动登记结果' })
export class RecordEmploymentEventPayload extends FilingPayload {
  @Field(() => EmploymentEvent, { nullable: true, description: 'The event recorded — 专项活动' })
  employmentEvent: EmploymentEvent | null;
}
