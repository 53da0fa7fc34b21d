import { citizenIdCheckChar, orgCodeCheckChar, usccCheckChar } from '../../src/shared/identifiers';

/** The mutations under test, each asking for errors, warnings and the record's natural key. */
const PROBLEMS = 'errors { field code message } warnings { field code message }';

export const M = {
  registerPerson: `mutation RegisterPerson($input: RegisterPersonInput!) { registerPerson(input: $input) { ${PROBLEMS} person { id name idNumber gender birthDate birthYear regionCode } } }`,
  fileLaborBrandUnit: `mutation FileUnit($input: FileLaborBrandUnitInput!) { fileLaborBrandUnit(input: $input) { ${PROBLEMS} laborBrandUnit { id uscc unitKind recognizedOn } } }`,
  fileTrainingCatalogEntry: `mutation FileEntry($input: FileTrainingCatalogEntryInput!) { fileTrainingCatalogEntry(input: $input) { ${PROBLEMS} trainingCatalogEntry { id code status publishedOn itemKeys subsidyPerHour } } }`,
  publishTrainingCatalogEntry: `mutation Publish($input: PublishTrainingCatalogEntryInput!) { publishTrainingCatalogEntry(input: $input) { ${PROBLEMS} trainingCatalogEntry { id code status publishedOn } } }`,
  recordTrainingCohort: `mutation Cohort($input: RecordTrainingCohortInput!) { recordTrainingCohort(input: $input) { ${PROBLEMS} trainingCohort { id code startsOn endsOn plannedSize } } }`,
  enrollTrainee: `mutation Enroll($input: EnrollTraineeInput!) { enrollTrainee(input: $input) { ${PROBLEMS} enrollment { id status enrolledOn targetGroup } } }`,
  recordCompletion: `mutation Complete($input: RecordCompletionInput!) { recordCompletion(input: $input) { ${PROBLEMS} enrollment { id status completedOn passed } } }`,
  fileSubsidyClaim: `mutation Claim($input: FileSubsidyClaimInput!) { fileSubsidyClaim(input: $input) { ${PROBLEMS} subsidyClaim { id amount status claimedOn } } }`,
  issueSkillCertificate: `mutation Certify($input: IssueSkillCertificateInput!) { issueSkillCertificate(input: $input) { ${PROBLEMS} skillCertificate { id certificateNumber level } } }`,
  awardTalentTitle: `mutation Award($input: AwardTalentTitleInput!) { awardTalentTitle(input: $input) { ${PROBLEMS} talentTitle { id kind year termEndsOn } } }`,
  postVacancy: `mutation Post($input: PostVacancyInput!) { postVacancy(input: $input) { ${PROBLEMS} vacancy { id title itemKey status payMin payMax } } }`,
  closeVacancy: `mutation Close($input: CloseVacancyInput!) { closeVacancy(input: $input) { ${PROBLEMS} vacancy { id status closesOn } } }`,
  registerWorkshop: `mutation Workshop($input: RegisterWorkshopInput!) { registerWorkshop(input: $input) { ${PROBLEMS} workshop { id name regionCode operatorUscc status } } }`,
  recognizeWorkshop: `mutation Recognize($input: RecognizeWorkshopInput!) { recognizeWorkshop(input: $input) { ${PROBLEMS} workshopRecognition { id level year recognizedOn } } }`,
  registerDirectoryOrganization: `mutation Directory($input: RegisterDirectoryOrganizationInput!) { registerDirectoryOrganization(input: $input) { ${PROBLEMS} organization { id uscc name orgType inDirectory } } }`,
};

/** A valid citizen ID for an address code, birth date (YYYYMMDD) and sequence. */
export function citizenId(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + citizenIdCheckChar(first17);
}

/** The same ID with its check character changed to a wrong one. */
export function wrongCheckDigit(id: string): string {
  const right = id[17];
  return id.slice(0, 17) + (right === '1' ? '2' : '1');
}

/** A valid USCC: enterprise (91), registering region, an 8-character body with its organisation-code check. */
export function uscc(region: string, body: string, prefix = '91'): string {
  const orgCode = body + orgCodeCheckChar(body);
  const first17 = `${prefix}${region}${orgCode}`;
  return first17 + usccCheckChar(first17);
}

/** A well-formed USCC whose final check character is wrong. */
export function usccWithBadCheck(region: string, body: string): string {
  const valid = uscc(region, body);
  const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  return valid.slice(0, 17) + charset[(charset.indexOf(valid[17]) + 1) % 31];
}
