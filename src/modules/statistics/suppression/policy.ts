import { canReadPersons } from '../../../auth/permissions';
import type { RequestContext } from '../../../context';

/**
 * The smallest count of persons this viewer is shown, or null for exact
 * figures. Whoever may read the persons themselves (agencies, analysts,
 * partners within their region, administrators) gains nothing from a
 * suppressed count; everyone else sees published figures.
 */
export function publicationThreshold(ctx: Pick<RequestContext, 'viewer' | 'statisticsMinCell'>): number | null {
  if (canReadPersons(ctx.viewer) || ctx.statisticsMinCell <= 1) return null;
  return ctx.statisticsMinCell;
}
