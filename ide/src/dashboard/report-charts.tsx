import { indicatorByField, INDICATORS } from './indicators';
import { RegionChart } from './region-chart';
import type { DispatchReport, TrendPoint } from './report-query';
import { TargetGroupChart } from './target-group-chart';
import { TrendChart } from './trend-chart';
import type { Loadable } from './use-report';

export interface ReportChartsProps {
  report: DispatchReport;
  trend: Loadable<TrendPoint[]>;
  indicatorField: string;
  onIndicator: (field: string) => void;
  onDrill: (code: string) => void;
}

/** The report as charts: per city or county, per target group, and over periods. */
export function ReportCharts({ report, trend, indicatorField, onIndicator, onDrill }: ReportChartsProps) {
  const indicator = indicatorByField(indicatorField) ?? INDICATORS[0];
  return (
    <div className="dash-charts">
      <RegionChart report={report} indicator={indicator} onIndicator={onIndicator} onDrill={onDrill} />
      <TargetGroupChart report={report} />
      <TrendChart trend={trend} regionName={report.region.name} />
    </div>
  );
}
