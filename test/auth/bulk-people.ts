import type { Builder } from '../support/builders';

export interface BulkPeople {
  /** Person row ids, in the order the cohorts hold them (cohort by cohort). */
  personIds: number[];
  cohortIds: number[];
}

/**
 * `cohorts` training cohorts of `perCohort` trainees each, every trainee a
 * different person with a phone (so one query over the cohorts' enrolments
 * shows cohorts × perCohort persons), written in multi-row statements.
 */
export async function buildCohortsOfPeople(b: Builder, cohorts: number, perCohort: number, tag = 'BULK'): Promise<BulkPeople> {
  const catalogEntry = await b.trainingCatalogEntry({ code: `${tag}-CAT`, title: 'Bulk programme' });
  const provider = await b.trainingProvider({ name: 'Bulk provider', filingNumber: `${tag}-F1` });
  const people = await b.many.person(cohorts * perCohort, (i) => ({ name: `学员${i}`, phone: `138${String(i).padStart(8, '0')}` }));
  const cohortRows = await b.many.trainingCohort(cohorts, (c) => ({ code: `${tag}-${String(c).padStart(4, '0')}`, catalogEntry, provider, plannedSize: perCohort }));
  await b.many.enrollment(people.length, (i) => ({ cohort: cohortRows[Math.floor(i / perCohort)], person: people[i], enrolledOn: '2024-02-15' }));
  return { personIds: people.map((p) => p.id), cohortIds: cohortRows.map((c) => c.id) };
}
