import { SqlFilter } from '../../shared/sql/filter';
import type { FamilyQuery } from './dispatch.queries';
import { Period } from './period';
import { SqlParams } from './sql/params';

export const PROFESSIONAL_LEVEL_FIGURES = [
  ['staff', 'STAFF'],
  ['assistant', 'ASSISTANT'],
  ['intermediate', 'INTERMEDIATE'],
  ['associate_senior', 'ASSOCIATE_SENIOR'],
  ['full_senior', 'FULL_SENIOR'],
] as const;

/** Row scopes of a region-limited viewer over these person tables (alias `t`), as the lists apply them. */
export interface CareerRightsScopes {
  professionalTitle?: SqlFilter;
  programmeAward?: SqlFilter;
  rightsCase?: SqlFilter;
}

const countWhen = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

function query(family: string, figures: readonly string[], build: (p: SqlParams) => string): FamilyQuery {
  const p = new SqlParams();
  const sql = build(p);
  return { family, source: 'hr', sql, params: p.values, figures };
}

/**
 * The dispatch families of training materials, professional titles, talent
 * programme awards and rights cases. They are counted from the facts, each
 * through an index on its date column, rather than from rollups: the tables
 * hold thousands of rows at scale 100, not millions (docs/rollups.md).
 * Titles and awards are placed by the holder's region (where the local
 * talent policy applies, the notice's purpose), materials by the filing
 * region, rights cases by the region of the service centre handling them.
 */
export function careerRightsDispatchQueries(period: Period, codes: readonly string[], scopes: CareerRightsScopes = {}): FamilyQuery[] {
  const { from, to } = period;
  return [
    query('materials', ['materials_released', 'materials_textbooks', 'materials_courses'], (p) => {
      // A material known by its year only counts in a YEAR period of that year.
      const dated = p.between('t.released_on', from, to);
      const released = period.kind === 'YEAR' ? `(${dated}) OR (t.released_on IS NULL AND t.year = ${p.value(period.year)})` : dated;
      return (
        `SELECT t.region_code AS region_code, COUNT(*) AS materials_released, ${countWhen(`t.kind = 'TEXTBOOK'`)} AS materials_textbooks, ` +
        `${countWhen(`t.kind <> 'TEXTBOOK'`)} AS materials_courses FROM training_material t ` +
        `WHERE (${released}) AND ${p.in('t.region_code', codes)} GROUP BY t.region_code`
      );
    }),
    query('professionalTitles', ['professional_titles_total', ...PROFESSIONAL_LEVEL_FIGURES.map(([alias]) => `professional_titles_${alias}`)], (p) =>
      `SELECT h.region_code AS region_code, COUNT(*) AS professional_titles_total, ` +
      `${PROFESSIONAL_LEVEL_FIGURES.map(([alias, level]) => `${countWhen(`t.level = '${level}'`)} AS professional_titles_${alias}`).join(', ')} ` +
      `FROM professional_title t JOIN person h ON h.id = t.person_id ` +
      `WHERE ${p.between('t.obtained_on', from, to)} AND ${p.in('h.region_code', codes)}${p.andFilter(scopes.professionalTitle)} GROUP BY h.region_code`,
    ),
    query('programmeAwards', ['programme_awards'], (p) =>
      `SELECT h.region_code AS region_code, COUNT(*) AS programme_awards FROM talent_programme_award t JOIN person h ON h.id = t.person_id ` +
      `WHERE ${p.between('t.awarded_on', from, to)} AND ${p.in('h.region_code', codes)}${p.andFilter(scopes.programmeAward)} GROUP BY h.region_code`,
    ),
    // Opened and closed in the period are two counts of one table: a UNION of two index ranges.
    query('rightsCases', ['rights_cases_opened', 'rights_cases_closed'], (p) =>
      `SELECT x.region_code AS region_code, SUM(x.opened) AS rights_cases_opened, SUM(x.closed) AS rights_cases_closed FROM (` +
      `SELECT t.region_code AS region_code, 1 AS opened, 0 AS closed FROM rights_case t WHERE ${p.between('t.opened_on', from, to)} AND ${p.in('t.region_code', codes)}${p.andFilter(scopes.rightsCase)} ` +
      `UNION ALL SELECT t.region_code AS region_code, 0 AS opened, 1 AS closed FROM rights_case t WHERE ${p.between('t.closed_on', from, to)} AND ${p.in('t.region_code', codes)}${p.andFilter(scopes.rightsCase)}` +
      `) x GROUP BY x.region_code`,
    ),
  ];
}
