import type { RequestContext } from '../context';
import { RecordSource } from '../shared/loaders/rows-by-id';
import { SqlFilter } from '../shared/sql/filter';
import { canReadPersons } from './permissions';

type ScopeContext = Pick<RequestContext, 'viewer' | 'regions'>;

/**
 * The region codes (the viewer's region and everything under it) that
 * person-derived data is limited to for this viewer; null for the whole
 * province. Statistics and exports over persons filter on these.
 */
export function viewerRegionCodes(ctx: ScopeContext): string[] | null {
  const code = ctx.viewer.regionCode;
  return code ? ctx.regions.subtreeCodes(code) : null;
}

/** Whether a region lies inside the viewer's subtree (always, for a viewer without a region): for writes. */
export function regionInViewerScope(ctx: ScopeContext, regionCode: string): boolean {
  const codes = viewerRegionCodes(ctx);
  return codes === null || codes.includes(regionCode);
}

/**
 * How a table's rows belong to a person, for the row filter of a
 * region-limited viewer (all over alias `t`):
 * - `residence`: the row is a person; its own region_code decides.
 * - `personId`: the row has person_id; the person's residence decides.
 * - `enrollment`: the row has enrollment_id; the enrolled person's residence decides.
 * - `loanBorrower`: a loan decides by its borrower person; loans to organisations are not personal.
 * - `inheritor`: a culture inheritor record; its own region_code decides (there is no HR person in that database).
 */
export type PersonLink = 'residence' | 'personId' | 'enrollment' | 'loanBorrower' | 'inheritor';

function inRegions(codes: readonly string[]): { sql: string; params: readonly string[] } {
  return codes.length === 0 ? { sql: '(NULL)', params: [] } : { sql: `(${codes.map(() => '?').join(', ')})`, params: codes };
}

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
  }
}

/**
 * The row filter a viewer's person scope puts on a table, or null for none.
 * A viewer who may not read persons gets no person rows at all (inheritor
 * records, being the public directory, stay; loans to organisations stay).
 */
export function personRowScope(ctx: ScopeContext, link: PersonLink): SqlFilter | null {
  if (!canReadPersons(ctx.viewer)) {
    if (link === 'inheritor') return null;
    if (link === 'loanBorrower') return new SqlFilter().add('t.borrower_person_id IS NULL');
    return new SqlFilter().add('1 = 0');
  }
  const codes = viewerRegionCodes(ctx);
  return codes === null ? null : regionFilter(link, codes);
}

/** The record source with the viewer's person scope attached: every list, page and loader over it applies the filter. */
export function scopedToPersons<S extends RecordSource<unknown>>(ctx: ScopeContext, source: S, link: PersonLink): S {
  const scope = personRowScope(ctx, link);
  return scope ? { ...source, scope } : source;
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
