import { SqlFilter } from '../../shared/sql/filter';
import { FamilyQuery } from './dispatch.queries';
import { Period } from './period';
import { SqlParams } from './sql/params';

export interface JobSeekingScopes {
  jobSeeker?: SqlFilter;
  employmentService?: SqlFilter;
}

/** Figures of the job-seeking family (counts of persons: protected as small cells) and of the events family (none). */
export const JOB_SEEKING_FIGURES = ['job_seekers_registered', 'job_seekers_served', 'introductions', 'hires'] as const;
export const EVENT_FIGURES = ['events_held', 'events_with_handmade_area', 'event_exhibitors', 'handmade_area_exhibitors'] as const;

/**
 * The public employment services of the dispatch report (notice §二(四),
 * §三(二)), counted from the facts by the date indexes of their tables rather
 * than from a rollup (docs/rollups.md says why): one GROUP BY region_code
 * statement each, as every other family. Registrations are placed by the
 * registering centre's area, services and hires by the serving centre's,
 * events by where they were held.
 */
export function jobSeekingDispatchQueries(period: Period, codes: readonly string[], scopes: JobSeekingScopes = {}): FamilyQuery[] {
  const { from, to } = period;
  const seeking = new SqlParams();
  const seekingSql =
    `SELECT x.region_code AS region_code, SUM(x.registered) AS job_seekers_registered, SUM(x.served) AS job_seekers_served, ` +
    `SUM(x.introductions) AS introductions, SUM(x.hires) AS hires FROM (` +
    `SELECT t.region_code AS region_code, COUNT(*) AS registered, 0 AS served, 0 AS introductions, 0 AS hires FROM job_seeker t ` +
    `WHERE ${seeking.between('t.registered_on', from, to)} AND ${seeking.in('t.region_code', codes)}${seeking.andFilter(scopes.jobSeeker)} GROUP BY t.region_code ` +
    `UNION ALL SELECT t.region_code, 0, COUNT(DISTINCT t.person_id), SUM(CASE WHEN t.kind = 'INTRODUCTION' THEN 1 ELSE 0 END), 0 FROM employment_service t ` +
    `WHERE ${seeking.between('t.served_on', from, to)} AND ${seeking.in('t.region_code', codes)}${seeking.andFilter(scopes.employmentService)} GROUP BY t.region_code ` +
    `UNION ALL SELECT t.region_code, 0, 0, 0, COUNT(*) FROM employment_service t ` +
    `WHERE t.outcome = 'HIRED' AND ${seeking.between('t.hired_on', from, to)} AND ${seeking.in('t.region_code', codes)}${seeking.andFilter(scopes.employmentService)} GROUP BY t.region_code` +
    `) x GROUP BY x.region_code`;
  const events = new SqlParams();
  const eventsSql =
    `SELECT e.region_code AS region_code, COUNT(*) AS events_held, SUM(CASE WHEN e.handmade_area = 1 THEN 1 ELSE 0 END) AS events_with_handmade_area, ` +
    `SUM(COALESCE(x.exhibitors, 0)) AS event_exhibitors, SUM(COALESCE(x.in_area, 0)) AS handmade_area_exhibitors FROM employment_event e ` +
    `LEFT JOIN (SELECT event_id, COUNT(*) AS exhibitors, SUM(CASE WHEN in_handmade_area = 1 THEN 1 ELSE 0 END) AS in_area FROM employment_event_exhibitor GROUP BY event_id) x ON x.event_id = e.id ` +
    `WHERE ${events.between('e.held_on', from, to)} AND ${events.in('e.region_code', codes)} GROUP BY e.region_code`;
  return [
    { family: 'jobSeeking', source: 'hr', sql: seekingSql, params: seeking.values, figures: JOB_SEEKING_FIGURES },
    { family: 'employmentEvents', source: 'hr', sql: eventsSql, params: events.values, figures: EVENT_FIGURES },
  ];
}
