import { useMemo } from 'react';
import { echartsValues, markedLabel, Plotted } from './chart-data';
import { BASE_OPTION, barLabel, tooltipValue } from './chart-style';
import { EChart } from './echart';
import type { ChartOption } from './echarts-setup';
import { cellOf, plotValue } from './figures';
import { Indicator, indicatorTitle, INDICATORS } from './indicators';
import type { DispatchReport } from './report-query';

export interface RegionChartProps {
  report: DispatchReport;
  indicator: Indicator;
  onIndicator: (field: string) => void;
  onDrill: (code: string) => void;
}

/** One indicator per city (or county), 本级 included, 合计 left out (it would dwarf the rest). */
export function regionPlotted(report: DispatchReport, indicator: Indicator): Plotted {
  const rows = report.rows.filter((row) => row.kind !== 'TOTAL');
  return {
    categories: rows.map((row) => ({ key: `${row.kind}:${row.region.code}`, label: row.label })),
    series: [{ field: indicator.field, name: indicatorTitle(indicator), values: rows.map((row) => plotValue(cellOf(row, indicator.field))) }],
  };
}

/** Per city or county, horizontal bars; a city's bar (or name) opens its counties. */
export function RegionChart({ report, indicator, onIndicator, onDrill }: RegionChartProps) {
  const plotted = useMemo(() => regionPlotted(report, indicator), [report, indicator]);
  const option = useMemo<ChartOption>(
    () => ({
      ...BASE_OPTION,
      grid: { left: 8, right: 64, top: 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => tooltipValue(value, indicator.money) },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, triggerEvent: true, data: plotted.categories.map((_, i) => markedLabel(plotted, i)) },
      series: [{ type: 'bar', name: plotted.series[0].name, data: echartsValues(plotted.series[0].values), label: barLabel(indicator.money, 'right'), barMaxWidth: 22 }],
    }),
    [plotted, indicator],
  );
  const level = report.region.level === 'PROVINCE' ? '各市 per city' : '各区县 per county';
  const drill = (index: number) => {
    const row = report.rows.filter((r) => r.kind !== 'TOTAL')[index];
    if (row?.kind === 'REGION' && row.region.level === 'CITY') onDrill(row.region.code);
  };
  return (
    <section className="dash-panel" aria-label="Per region chart">
      <div className="dash-panel-head">
        <h2>
          {report.region.name} {level}
        </h2>
        <label>
          <span className="dash-visually-hidden">Indicator</span>
          <select aria-label="Indicator" value={indicator.field} onChange={(e) => onIndicator(e.target.value)}>
            {INDICATORS.map((i) => (
              <option key={i.field} value={i.field}>
                {indicatorTitle(i)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <EChart
        id="regions"
        title={`${indicatorTitle(indicator)} · ${report.period.label}`}
        plotted={plotted}
        option={option}
        height={Math.max(160, plotted.categories.length * 26 + 24)}
        onCategoryClick={report.region.level === 'PROVINCE' ? drill : undefined}
      />
    </section>
  );
}
