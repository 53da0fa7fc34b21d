import { useCallback, useEffect, useState } from 'react';
import { KeyBar } from '../credentials/key-bar';
import { useCredential, useViewer } from '../credentials/use-credential';
import { DashboardSettings } from './settings';
import { defaultPeriod, Period, periodLabel, yearInChina } from './period';
import { PeriodPicker } from './period-picker';
import { Breadcrumb, RegionPicker } from './region-picker';
import { ReportCharts } from './report-charts';
import { csvFileName, downloadCsv, reportCsv } from './report-csv';
import { ReportTable } from './report-table';
import { SuppressionNote } from './suppression-note';
import { readUrlState, writeUrlState } from './url-state';
import { GRAPHQL_ENDPOINT } from './graphql-client';
import { PROVINCE, useCities } from './use-cities';
import { useReport, useTrend } from './use-report';

const DEFAULT_INDICATOR = 'traineesEnrolled.total';

/**
 * The dispatch dashboard: period and region on top, then the report as a
 * table and as charts. Everything comes from the public /graphql as the
 * viewer of the key bar, so the server's small-cell protection and region
 * scope apply as they would to any client. The chosen period and region
 * live in the address; a region-limited viewer (a partner) starts at its
 * own region.
 */
export function Dashboard({ settings }: { settings: DashboardSettings }) {
  const [period, setPeriod] = useState<Period>(() => readUrlState().period ?? defaultPeriod());
  const [chosenRegion, setChosenRegion] = useState<string | null>(() => readUrlState().region);
  const [indicator, setIndicator] = useState(DEFAULT_INDICATOR);
  const { credential } = useCredential();
  const viewerAnswer = useViewer(GRAPHQL_ENDPOINT, credential);
  const viewer = viewerAnswer && 'viewer' in viewerAnswer ? viewerAnswer.viewer : null;
  const cities = useCities();

  // Until a region is chosen, the viewer's own (once the server has said who that is), else the province.
  const region = chosenRegion ?? (viewerAnswer === null ? null : (viewer?.regionCode ?? PROVINCE.code));
  const report = useReport(period, region, credential);
  const trend = useTrend(period, region, credential);

  useEffect(() => {
    const back = () => {
      const state = readUrlState();
      if (state.period) setPeriod(state.period);
      setChosenRegion(state.region);
    };
    window.addEventListener('popstate', back);
    return () => window.removeEventListener('popstate', back);
  }, []);

  const changePeriod = useCallback(
    (next: Period) => {
      setPeriod(next);
      writeUrlState({ period: next, region: chosenRegion }, false);
    },
    [chosenRegion],
  );
  // A drill-down or a step back up is a new history entry, so Back returns.
  const changeRegion = useCallback(
    (code: string) => {
      setChosenRegion(code);
      writeUrlState({ period, region: code }, true);
    },
    [period],
  );

  const ready = report.state === 'ready' ? report.value : null;
  return (
    <>
      <KeyBar endpoint={GRAPHQL_ENDPOINT} keyCommand={settings.keyCommand} title="山东手造 调度看板 Dispatch dashboard" />
      <main className="dash-main" data-report-state={report.state} data-region={region ?? ''} aria-busy={report.state === 'loading'}>
        <div className="dash-controls">
          <PeriodPicker period={period} onChange={changePeriod} lastYear={yearInChina()} />
          <RegionPicker region={region ?? PROVINCE.code} cities={cities} onChange={changeRegion} />
          <button
            type="button"
            className="dash-button"
            disabled={!ready}
            onClick={() => ready && downloadCsv(reportCsv(ready), csvFileName(ready, period))}
          >
            下载 CSV Download CSV
          </button>
        </div>
        <h1 className="dash-title">
          调度报表 Dispatch report · {ready ? `${ready.region.name} · ${ready.period.label}` : periodLabel(period)}
        </h1>
        {ready ? <Breadcrumb report={ready} onChange={changeRegion} /> : null}
        {report.state === 'failed' ? (
          <p className="dash-error" role="alert">
            报表未能取得 The report could not be loaded: {report.error}
          </p>
        ) : null}
        {report.state === 'loading' ? <p className="dash-muted">正在载入 Loading…</p> : null}
        {ready ? (
          <>
            <SuppressionNote minCell={ready.minCell} viewer={viewer} />
            <ReportTable report={ready} onDrill={changeRegion} />
            <ReportCharts report={ready} trend={trend} indicatorField={indicator} onIndicator={setIndicator} onDrill={changeRegion} />
          </>
        ) : null}
      </main>
    </>
  );
}
