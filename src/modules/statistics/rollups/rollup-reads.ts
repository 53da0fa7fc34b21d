import { viewerRegionCodes } from '../../../auth/person-scope';
import type { RequestContext } from '../../../context';

/**
 * Whether this request's statistics may be read from the rollups: they are
 * chosen (STATISTICS_SOURCE=rollup, the default) and the viewer's figures
 * are the whole province's. A region-limited viewer's published counts stop
 * at the persons who live in its region, which no rollup keys (they key the
 * facts' own regions): those read the facts, as do filters a rollup cannot
 * answer (see each service's rollupFilter).
 */
export function readsRollups(ctx: Pick<RequestContext, 'statisticsSource' | 'viewer' | 'regions'>): boolean {
  return ctx.statisticsSource === 'rollup' && viewerRegionCodes(ctx) === null;
}

const lastDayOfMonth = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();

/**
 * A date range as months, when it is made of whole months (from the 1st,
 * to the last day of a month; either end may be open): the rollups keep
 * dates by month. Null when a day-precise end needs the facts.
 */
export function wholeMonths(from: string | null | undefined, to: string | null | undefined): { from: string | null; to: string | null } | null {
  if (from && !from.endsWith('-01')) return null;
  if (to && Number(to.slice(8, 10)) !== lastDayOfMonth(to.slice(0, 7))) return null;
  return { from: from ? from.slice(0, 7) : null, to: to ? to.slice(0, 7) : null };
}
