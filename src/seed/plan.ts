/**
 * How many of each record a scale asks for. Scale 1 is about 10,000 persons;
 * people, enrolments and their facts grow linearly, while directories (items,
 * organisations, brands) grow more slowly, as they do in the real province.
 */
export interface SeedPlan {
  scale: number;
  persons: number;
  provincialItems: number;
  municipalItems: number;
  countyItems: number;
  cultureOrganizations: number;
  hrOnlyOrganizations: number;
  workshops: number;
  laborBrandsPerCity: number;
  catalogEntries: number;
  providers: number;
  cohorts: number;
  vacancies: number;
  personLoans: number;
  organizationLoans: number;
  contestsPerCityYear: number;
}

export function seedPlan(scale: number): SeedPlan {
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`scale must be a positive number, got ${scale}`);
  const sub = (base: number, cap = Infinity) => Math.min(cap, Math.max(1, Math.round(base * Math.sqrt(scale))));
  const linear = (base: number) => Math.max(1, Math.round(base * scale));
  const persons = linear(10_000);
  return {
    scale,
    persons,
    // Real Shandong totals (2017): 751 provincial, 2,778 municipal, 7,513 county items.
    provincialItems: sub(120, 751),
    municipalItems: sub(260, 2778),
    countyItems: sub(480, 7513),
    cultureOrganizations: sub(500),
    hrOnlyOrganizations: sub(250),
    workshops: sub(320),
    laborBrandsPerCity: Math.min(12, Math.max(2, Math.round(2 * Math.sqrt(scale)))),
    catalogEntries: sub(90),
    providers: sub(80),
    // 20–60 trainees a cohort (mean 40) and about two enrolments a person.
    cohorts: Math.max(1, Math.round((persons * 2) / 40)),
    vacancies: linear(60),
    personLoans: linear(40),
    organizationLoans: sub(25),
    contestsPerCityYear: Math.min(6, Math.max(1, Math.round(Math.sqrt(scale)))),
  };
}
