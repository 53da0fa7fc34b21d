import { SqlFilter } from '../../../shared/sql/filter';
import type { FamilyQuery } from '../dispatch.queries';
import type { Period } from '../period';
import { SqlParams } from './params';

const countWhen = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

/** Person scopes (over alias `t`) of a region-limited viewer's published counts. */
export interface StartupScopes {
  startupService?: SqlFilter;
  campParticipant?: SqlFilter;
}

function query(family: string, figures: readonly string[], build: (p: SqlParams) => string): FamilyQuery {
  const p = new SqlParams();
  const sql = build(p);
  return { family, source: 'hr', sql, params: p.values, figures };
}

/**
 * The dispatch report's start-up families (notice §二(四)), counted from the
 * facts whoever asks: tens of thousands of services and a few thousand
 * camp places at scale 100, read through the index (served_on, region_code,
 * kind, person_id) and the camps' (starts_on), cheaper than a rollup's
 * triggers on every filing (docs/rollups.md).
 */
export function startupDispatchQueries(period: Period, codes: readonly string[], scopes: StartupScopes = {}): FamilyQuery[] {
  const { from, to } = period;
  return [
    query('startupServices', ['services_total', 'services_guidance', 'services_consultation', 'services_to_persons'], (p) =>
      `SELECT t.region_code AS region_code, COUNT(*) AS services_total, ${countWhen(`t.kind = 'GUIDANCE'`)} AS services_guidance, ` +
      `${countWhen(`t.kind = 'CONSULTATION'`)} AS services_consultation, ${countWhen('t.person_id IS NOT NULL')} AS services_to_persons ` +
      `FROM startup_service t WHERE ${p.between('t.served_on', from, to)} AND ${p.in('t.region_code', codes)}${p.andFilter(scopes.startupService)} GROUP BY t.region_code`,
    ),
    // Camps opened in the period, with their places counted per camp first (a camp has a few dozen).
    query('bootCamps', ['camps_opened', 'camp_participants', 'camp_completed'], (p) => {
      const period = p.between('c.starts_on', from, to);
      const regions = p.in('c.region_code', codes);
      const scope = p.andFilter(scopes.campParticipant);
      return (
        `SELECT c.region_code AS region_code, COUNT(*) AS camps_opened, SUM(COALESCE(x.n, 0)) AS camp_participants, SUM(COALESCE(x.done, 0)) AS camp_completed ` +
        `FROM boot_camp c LEFT JOIN (SELECT t.camp_id AS camp_id, COUNT(*) AS n, ${countWhen(`t.status = 'COMPLETED'`)} AS done FROM boot_camp_participant t ` +
        `WHERE t.camp_id IN (SELECT c.id FROM boot_camp c WHERE ${period} AND ${regions})${scope} GROUP BY t.camp_id) x ON x.camp_id = c.id ` +
        `WHERE ${p.between('c.starts_on', from, to)} AND ${p.in('c.region_code', codes)} GROUP BY c.region_code`
      );
    }),
    // Production–training pilots of the period's year (a pilot is designated for a year), with the enterprises and providers taking part.
    query('industryPilots', ['pilots', 'pilot_enterprises', 'pilot_providers'], (p) =>
      `SELECT t.region_code AS region_code, COUNT(*) AS pilots, SUM(COALESCE(m.enterprises, 0)) AS pilot_enterprises, SUM(COALESCE(m.providers, 0)) AS pilot_providers ` +
      `FROM industry_pilot t LEFT JOIN (SELECT pilot_id, ${countWhen(`role = 'ENTERPRISE'`)} AS enterprises, ${countWhen(`role = 'TRAINING_PROVIDER'`)} AS providers FROM industry_pilot_member GROUP BY pilot_id) m ON m.pilot_id = t.id ` +
      `WHERE t.year = ${p.value(period.year)} AND ${p.in('t.region_code', codes)} GROUP BY t.region_code`,
    ),
  ];
}
