import { useMemo } from 'react';
import { echartsValues, markedLabel, Plotted } from './chart-data';
import { BASE_OPTION, barLabel, tooltipValue } from './chart-style';
import { EChart } from './echart';
import type { ChartOption } from './echarts-setup';
import { cellOf, plotValue } from './figures';
import { TARGET_GROUPS } from './indicators';
import type { DispatchReport } from './report-query';

const SERIES = [
  { object: 'traineesEnrolled', name: '培训人次 Enrolled' },
  { object: 'traineesCompleted', name: '结业人次 Completed' },
];

/** Trainees of the whole region (its 合计 row) by target group, enrolled and completed. */
export function targetGroupPlotted(report: DispatchReport): Plotted {
  const total = report.rows.find((row) => row.kind === 'TOTAL')!;
  return {
    categories: TARGET_GROUPS.map((g) => ({ key: g.field, label: g.label })),
    series: SERIES.map(({ object, name }) => ({
      field: object,
      name,
      values: TARGET_GROUPS.map((g) => plotValue(cellOf(total, `${object}.${g.field}`))),
    })),
  };
}

export function TargetGroupChart({ report }: { report: DispatchReport }) {
  const plotted = useMemo(() => targetGroupPlotted(report), [report]);
  const option = useMemo<ChartOption>(
    () => ({
      ...BASE_OPTION,
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (value) => tooltipValue(value) },
      xAxis: { type: 'category', data: plotted.categories.map((_, i) => markedLabel(plotted, i)), axisLabel: { interval: 0, width: 96, overflow: 'break' } },
      yAxis: { type: 'value' },
      series: plotted.series.map((s) => ({ type: 'bar', name: s.name, data: echartsValues(s.values), label: barLabel(false, 'top'), barMaxWidth: 36 })),
    }),
    [plotted],
  );
  return (
    <section className="dash-panel" aria-label="Per target group chart">
      <div className="dash-panel-head">
        <h2>{report.region.name} 各重点群体 per target group</h2>
      </div>
      <EChart id="target-groups" title={`培训与结业人次 Trainees by target group · ${report.period.label}`} plotted={plotted} option={option} height={280} />
    </section>
  );
}
