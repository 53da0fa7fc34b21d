import { isValidPeriod, Period, PeriodKind } from './period';

/**
 * What the page shows, in its address (`?kind=QUARTER&year=2025&number=2&region=370700`),
 * so a view can be bookmarked or sent, and the browser's Back button
 * undoes a drill-down.
 */
export interface UrlState {
  period: Period | null;
  /** Null: the viewer's own region (a partner's), else the province. */
  region: string | null;
}

const REGION_CODE = /^37\d{4}$/;

export function readUrlState(search = window.location.search): UrlState {
  const params = new URLSearchParams(search);
  const kind = params.get('kind') as PeriodKind | null;
  const number = params.get('number');
  const candidate = kind && ['MONTH', 'QUARTER', 'YEAR'].includes(kind)
    ? { kind, year: Number(params.get('year')), number: number === null || number === '' ? null : Number(number) }
    : null;
  const region = params.get('region');
  return {
    period: candidate && isValidPeriod(candidate) ? candidate : null,
    region: region && REGION_CODE.test(region) ? region : null,
  };
}

/** Writes the state into the address; a new history entry only when asked (a drill-down), else in place. */
export function writeUrlState(state: { period: Period; region: string | null }, newEntry: boolean): void {
  const params = new URLSearchParams();
  params.set('kind', state.period.kind);
  params.set('year', String(state.period.year));
  if (state.period.number !== null) params.set('number', String(state.period.number));
  if (state.region) params.set('region', state.region);
  const url = `${window.location.pathname}?${params}`;
  if (url === `${window.location.pathname}${window.location.search}`) return;
  if (newEntry) window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}
