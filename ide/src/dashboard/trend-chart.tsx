import { useMemo } from 'react';
import { echartsValues, markedLabel, Plotted } from './chart-data';
import { BASE_OPTION, tooltipValue } from './chart-style';
import { EChart } from './echart';
import type { ChartOption } from './echarts-setup';
import { cellOf, plotValue } from './figures';
import { indicatorTitle, TREND_INDICATORS } from './indicators';
import { periodCode } from './period';
import type { TrendPoint } from './report-query';
import type { Loadable } from './use-report';

/** The region's totals per period, oldest first; a withheld total is a gap in its line. */
export function trendPlotted(points: TrendPoint[]): Plotted {
  return {
    categories: points.map((p) => ({ key: periodCode(p.period), label: periodCode(p.period) })),
    series: TREND_INDICATORS.map((indicator) => ({
      field: indicator.field,
      name: indicatorTitle(indicator),
      values: points.map((p) => plotValue(cellOf(p.total, indicator.field))),
    })),
  };
}

export function TrendChart({ trend, regionName }: { trend: Loadable<TrendPoint[]>; regionName: string }) {
  const plotted = useMemo(() => (trend.state === 'ready' ? trendPlotted(trend.value) : null), [trend]);
  const option = useMemo<ChartOption | null>(
    () =>
      plotted && {
        ...BASE_OPTION,
        legend: { top: 0 },
        grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis', valueFormatter: (value) => tooltipValue(value) },
        xAxis: { type: 'category', data: plotted.categories.map((_, i) => markedLabel(plotted, i)), axisLabel: { interval: 0, rotate: plotted.categories.length > 8 ? 30 : 0 } },
        yAxis: { type: 'value' },
        series: plotted.series.map((s) => ({ type: 'line', name: s.name, data: echartsValues(s.values), connectNulls: false, symbolSize: 7 })),
      },
    [plotted],
  );
  return (
    <section className="dash-panel dash-panel-wide" aria-label="Over periods chart">
      <div className="dash-panel-head">
        <h2>{regionName} 历期走势 over periods</h2>
      </div>
      {trend.state === 'failed' ? (
        <p className="dash-error" role="alert">
          走势未能取得 The trend could not be loaded: {trend.error}
        </p>
      ) : plotted && option ? (
        <EChart id="trend" title={`合计 Totals, ${plotted.categories[0].label} – ${plotted.categories[plotted.categories.length - 1].label}`} plotted={plotted} option={option} height={300} />
      ) : (
        <p className="dash-muted">正在载入 Loading…</p>
      )}
    </section>
  );
}
