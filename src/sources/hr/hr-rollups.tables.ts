/**
 * The rollup tables of the HR database (migrations/hr/rollups.v1.ts) as the
 * SQL builder types them. Keys are never null: '' (or 0) stands for none.
 * Measures are BIGINT: drivers return them as numbers or decimal strings.
 */
type Measure = number | string;

type EnrollmentOutcomes = Record<
  'enrollments' | 'completed' | 'dropped' | 'passed' | 'passedCompleted' | 'passedDropped' | 'failed' | 'failedCompleted' | 'failedDropped',
  Measure
>;

export interface HrRollupTables {
  rollupEnrollmentRegion: { month: string; regionCode: string; targetGroup: string } & EnrollmentOutcomes;
  rollupEnrollmentProgramme: { year: string; quarter: number; regionPrefix: string; catalogEntryId: number; targetGroup: string } & EnrollmentOutcomes;
  rollupCompletion: { month: string; regionCode: string; targetGroup: string; completions: Measure };
  rollupEnrollment: { month: string; regionCode: string; catalogEntryId: number; targetGroup: string; status: string; completedMonth: string; enrollments: Measure; passed: Measure; failed: Measure };
  rollupSubsidyFiled: { month: string; regionCode: string; claims: Measure; amountFen: Measure };
  rollupSubsidyPaid: { month: string; regionCode: string; claims: Measure; amountFen: Measure };
  rollupCertificateLevel: { month: string; regionCode: string; kind: string; level: string; certificates: Measure };
  rollupSkillCertificate: { month: string; regionCode: string; kind: string; level: string; evaluatorType: string; certificates: Measure };
  rollupTalentTitle: { month: string; regionCode: string; kind: string; titles: Measure };
  rollupVacancy: { month: string; regionCode: string; status: string; itemKey: string; vacancies: Measure; headcount: Measure };
  rollupStartupLoan: { month: string; regionCode: string; borrowerKind: string; termMonths: number; loans: Measure; amountFen: Measure };
  rollupTrainingCatalogEntry: { month: string; regionCode: string; entries: Measure };
  rollupTrainingCohort: { month: string; regionCode: string; cohorts: Measure };
  rollupLaborBrand: { establishedYear: number; regionCode: string; brands: Measure };
  rollupLaborBrandUnit: { month: string; regionCode: string; units: Measure };
}
