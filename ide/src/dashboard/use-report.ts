import { useEffect, useState } from 'react';
import { periodCode, Period, periodsEndingAt, TREND_LENGTH } from './period';
import { DispatchReport, fetchReport, fetchTrendPoint, Outcome, TrendPoint } from './report-query';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: string };

/**
 * Runs `load` whenever `key` changes and keeps only the latest answer: a
 * slow answer for a period the viewer has already left is dropped.
 */
function useLoad<T>(key: string | null, load: () => Promise<Outcome<T>>): Loadable<T> {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    setResult({ state: 'loading' });
    void load().then((outcome) => {
      if (current) setResult(outcome.ok ? { state: 'ready', value: outcome.value } : { state: 'failed', error: outcome.error });
    });
    return () => {
      current = false;
    };
    // `key` names everything `load` depends on.
  }, [key]);
  return key === null ? { state: 'loading' } : result;
}

/** The credential is part of the key: a new key asks again, as the new viewer. */
function keyOf(period: Period, region: string | null, credential: string | null): string | null {
  return region === null ? null : JSON.stringify([periodCode(period), period.kind, region, credential]);
}

/** The dispatch report of the chosen period and region, as the viewer; waits while the region is not yet known. */
export function useReport(period: Period, region: string | null, credential: string | null): Loadable<DispatchReport> {
  return useLoad(keyOf(period, region, credential), () => fetchReport(period, region!, credential));
}

/** Requests of the trend in flight at once: the report is heavy on a large database, and other people use the server too. */
const TREND_PARALLEL = 2;

/**
 * The totals of the region over the periods ending at the chosen one, one
 * request per period (each exactly what the API answers for that period
 * alone), oldest first.
 */
export function useTrend(period: Period, region: string | null, credential: string | null): Loadable<TrendPoint[]> {
  return useLoad(keyOf(period, region, credential), async () => {
    const periods = periodsEndingAt(period, TREND_LENGTH[period.kind]);
    const outcomes = new Array<Outcome<TrendPoint>>(periods.length);
    let next = 0;
    const worker = async () => {
      while (next < periods.length) {
        const i = next++;
        outcomes[i] = await fetchTrendPoint(periods[i], region!, credential);
      }
    };
    await Promise.all(Array.from({ length: TREND_PARALLEL }, worker));
    const failed = outcomes.find((o) => !o.ok);
    if (failed && !failed.ok) return { ok: false, error: failed.error };
    return { ok: true, value: outcomes.map((o) => (o as { ok: true; value: TrendPoint }).value) };
  });
}
