import { RegionRecord } from '../region/region.service';
import { SKILL_LEVEL_FIGURES, TITLE_KIND_FIGURES } from './dispatch.queries';
import { DispatchReportRow } from './dispatch-report.type';
import { yuanFromFen } from './sql/money';
import { countOf, Tally } from './tally';
import { PROFESSIONAL_LEVEL_FIGURES } from './career-rights-dispatch.queries';

export const camel = (snake: string) => snake.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());

function trainees(t: Tally, prefix: string) {
  return {
    total: countOf(t, `${prefix}_total`),
    ruralTransferLaborers: countOf(t, `${prefix}_rural`),
    registeredUnemployed: countOf(t, `${prefix}_unemployed`),
    povertyAlleviated: countOf(t, `${prefix}_poverty`),
    noTargetGroup: countOf(t, `${prefix}_none`),
    suppressed: [],
  };
}

/** A report row from the tally of its region: the flat figures of the SQL statements, shaped as the GraphQL type. */
export function dispatchRow(kind: DispatchReportRow['kind'], label: string, region: RegionRecord, t: Tally): DispatchReportRow {
  return {
    kind,
    label,
    region,
    workshops: {
      recognized: countOf(t, 'workshops_recognized'),
      countyLevel: countOf(t, 'workshops_county'),
      cityLevel: countOf(t, 'workshops_city'),
      provinceLevel: countOf(t, 'workshops_province'),
      jobsCreated: countOf(t, 'workshop_jobs'),
    },
    laborBrands: { brands: countOf(t, 'labor_brands'), unitsRecognized: countOf(t, 'labor_brand_units') },
    catalogEntriesPublished: countOf(t, 'catalog_entries_published'),
    cohortsStarted: countOf(t, 'cohorts_started'),
    traineesEnrolled: trainees(t, 'enrolled'),
    traineesCompleted: trainees(t, 'completed'),
    subsidies: {
      claimsFiled: countOf(t, 'subsidy_claims'),
      claimedAmount: yuanFromFen(t.subsidy_claimed_fen ?? 0n),
      claimsPaid: countOf(t, 'subsidy_paid_claims'),
      paidAmount: yuanFromFen(t.subsidy_paid_fen ?? 0n),
      suppressed: [],
    },
    certificatesIssued: {
      total: countOf(t, 'certificates_total'),
      ...(Object.fromEntries(SKILL_LEVEL_FIGURES.map(([alias]) => [camel(alias), countOf(t, `certificates_${alias}`)])) as Record<string, number>),
      specializedAbility: countOf(t, 'certificates_specialized'),
      suppressed: [],
    } as unknown as DispatchReportRow['certificatesIssued'],
    talentTitlesAwarded: {
      total: countOf(t, 'titles_total'),
      ...(Object.fromEntries(TITLE_KIND_FIGURES.map(([alias]) => [camel(alias), countOf(t, `titles_${alias}`)])) as Record<string, number>),
      suppressed: [],
    } as unknown as DispatchReportRow['talentTitlesAwarded'],
    vacancies: { posted: countOf(t, 'vacancies_posted'), headcount: countOf(t, 'vacancy_headcount') },
    startupLoans: { granted: countOf(t, 'loans_granted'), amount: yuanFromFen(t.loan_fen ?? 0n), suppressed: [] },
    jobSeeking: {
      registered: countOf(t, 'job_seekers_registered'),
      served: countOf(t, 'job_seekers_served'),
      introductions: countOf(t, 'introductions'),
      hires: countOf(t, 'hires'),
      suppressed: [],
    },
    employmentEvents: {
      held: countOf(t, 'events_held'),
      withHandmadeArea: countOf(t, 'events_with_handmade_area'),
      exhibitors: countOf(t, 'event_exhibitors'),
      handmadeAreaExhibitors: countOf(t, 'handmade_area_exhibitors'),
    },
    startupServices: { given: countOf(t, 'services_total'), guidance: countOf(t, 'services_guidance'), consultation: countOf(t, 'services_consultation'), suppressed: [] },
    bootCamps: { camps: countOf(t, 'camps_opened'), participants: countOf(t, 'camp_participants'), completed: countOf(t, 'camp_completed'), suppressed: [] },
    industryPilots: { pilots: countOf(t, 'pilots'), enterprises: countOf(t, 'pilot_enterprises'), providers: countOf(t, 'pilot_providers') },
    trainingMaterials: { released: countOf(t, 'materials_released'), textbooks: countOf(t, 'materials_textbooks'), courses: countOf(t, 'materials_courses') },
    professionalTitlesObtained: {
      total: countOf(t, 'professional_titles_total'),
      ...(Object.fromEntries(PROFESSIONAL_LEVEL_FIGURES.map(([alias]) => [camel(alias), countOf(t, `professional_titles_${alias}`)])) as Record<string, number>),
      suppressed: [],
    } as unknown as DispatchReportRow['professionalTitlesObtained'],
    talentProgrammeAwards: { awarded: countOf(t, 'programme_awards'), suppressed: [] },
    rightsCases: { opened: countOf(t, 'rights_cases_opened'), closed: countOf(t, 'rights_cases_closed'), suppressed: [] },
  };
}
