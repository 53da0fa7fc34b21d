import type { BarSeriesOption } from 'echarts/charts';
import { displayCell } from './figures';
import { CHART_FONT } from './echarts-setup';

/** Shared look of the charts: the page's font, a quiet palette, values on the bars. */
export const BASE_OPTION = {
  animation: false,
  textStyle: { fontFamily: CHART_FONT },
  color: ['#1f6feb', '#2da44e', '#bf8700', '#8250df'],
} as const;

/** A bar's own label: the figure as the table prints it. A withheld figure has no bar and so no label. */
export function barLabel(money: boolean | undefined, position: 'right' | 'top'): BarSeriesOption['label'] {
  return {
    show: true,
    position,
    fontSize: 11,
    formatter: (params) => displayCell({ kind: 'value', value: Number(params.value), text: String(params.value) }, { money }),
  };
}

/** Tooltip lines: a withheld figure reads as the mark, never as 0 or "-". */
export function tooltipValue(value: unknown, money?: boolean): string {
  return typeof value === 'number' ? displayCell({ kind: 'value', value, text: String(value) }, { money }) : '* 不公布 withheld';
}
