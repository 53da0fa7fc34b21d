import { SUPPRESSED_MARK } from './figures';

/**
 * What a chart plots, in plain data: the categories (with a key each: a
 * region code, a field, a period) and per series one value per category,
 * null where the figure is withheld. The chart draws from this and writes
 * it on its element (data-plotted), so a test can hold it against the API.
 */
export interface Plotted {
  categories: Array<{ key: string; label: string }>;
  series: Array<{ field: string; name: string; values: Array<number | null> }>;
}

/** A category's axis label, marked when any of its figures is withheld. */
export function markedLabel(plotted: Plotted, index: number): string {
  const withheld = plotted.series.some((s) => s.values[index] === null);
  return withheld ? `${plotted.categories[index].label} ${SUPPRESSED_MARK}` : plotted.categories[index].label;
}

/** ECharts' empty value: no bar, a gap in a line; never 0. */
export function echartsValues(values: Array<number | null>): Array<number | '-'> {
  return values.map((v) => (v === null ? '-' : v));
}
