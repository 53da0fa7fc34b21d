import type { Viewer } from '../shared/auth/viewer';
import type { RegionDirectory } from '../shared/regions';
import { SqlFilter } from '../shared/sql/filter';

/** What the person scope needs of a request: who asks, and the regions. */
export interface ScopeContext {
  viewer: Viewer;
  regions: RegionDirectory;
}

/**
 * The region codes (the viewer's region and everything under it) that
 * person-derived data is limited to for this viewer; null for the whole
 * province. Statistics and exports over persons filter on these.
 */
export function viewerRegionCodes(ctx: ScopeContext): string[] | null {
  const code = ctx.viewer.regionCode;
  return code ? ctx.regions.subtreeCodes(code) : null;
}

/**
 * How a record's rows belong to a person, for the row scope of a
 * region-limited viewer (records/person-rows.ts builds it):
 * - `residence`: the row is a person; its own region code decides.
 * - `personId`: the row has a person id; the person's residence decides.
 * - `enrollment`: the row has an enrolment id; the enrolled person's residence decides.
 * - `loanBorrower`: a loan decides by its borrower person; loans to organisations are not personal.
 * - `inheritor`: a culture inheritor record; its own region code decides (there is no HR person in that database).
 * - `optionalPersonId`: the row may name a person by `personId` (a start-up service to a person); one that names none (to an enterprise alone) is not personal.
 */
export type PersonLink = 'residence' | 'personId' | 'enrollment' | 'loanBorrower' | 'inheritor' | 'optionalPersonId';

function inRegions(codes: readonly string[]): { sql: string; params: readonly string[] } {
  return codes.length === 0 ? { sql: '(NULL)', params: [] } : { sql: `(${codes.map(() => '?').join(', ')})`, params: codes };
}

/** The region condition of a link as SQL over alias `t`, for the statistics' hand-written statements. */
function regionFilter(link: PersonLink, codes: readonly string[]): SqlFilter {
  const { sql: list, params } = inRegions(codes);
  const persons = `SELECT scope_p.id FROM person scope_p WHERE scope_p.region_code IN ${list}`;
  switch (link) {
    case 'residence':
    case 'inheritor':
      return new SqlFilter().add(`t.region_code IN ${list}`, ...params);
    case 'personId':
      return new SqlFilter().add(`t.person_id IN (${persons})`, ...params);
    case 'enrollment':
      return new SqlFilter().add(`t.enrollment_id IN (SELECT scope_e.id FROM enrollment scope_e WHERE scope_e.person_id IN (${persons}))`, ...params);
    case 'loanBorrower':
      return new SqlFilter().add(`t.borrower_person_id IS NULL OR t.borrower_person_id IN (${persons})`, ...params);
    case 'optionalPersonId':
      return new SqlFilter().add(`t.person_id IS NULL OR t.person_id IN (${persons})`, ...params);
  }
}

/**
 * The row filter for AGGREGATES over a person table: counts are published,
 * so a viewer who may not read persons still counts everyone; only a
 * region-limited viewer's counts stop at its region. Null for no filter.
 */
export function personAggregateScope(ctx: ScopeContext, link: PersonLink): SqlFilter | null {
  const codes = viewerRegionCodes(ctx);
  return codes === null ? null : regionFilter(link, codes);
}
