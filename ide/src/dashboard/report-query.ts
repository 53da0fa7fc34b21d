import { errorMessage, postGraphql } from './graphql-client';
import { Indicator, INDICATORS, SUPPRESSIBLE_OBJECTS, TARGET_GROUPS, TREND_INDICATORS } from './indicators';
import { Period } from './period';

export type RowKind = 'REGION' | 'DIRECT' | 'TOTAL';

export interface RegionRef {
  code: string;
  name: string;
  level: 'PROVINCE' | 'CITY' | 'COUNTY';
}

/** A figures object: its fields by name, and the names of those suppressed (null) when it counts persons. */
export type Figures = Record<string, number | string | null | string[]> & { suppressed?: string[] };

/** A DispatchReportRow as selected here: plain Int fields and figures objects. */
export type ReportRow = { kind: RowKind; label: string; region: RegionRef } & Record<string, unknown>;

export interface DispatchReport {
  minCell: number | null;
  period: { label: string; from: string; to: string };
  region: RegionRef & { parent: (RegionRef & { parent: RegionRef | null }) | null };
  rows: ReportRow[];
}

/**
 * `workshops { recognized jobsCreated } cohortsStarted traineesEnrolled { total … suppressed }`:
 * the fields of the indicators, grouped by figures object, with `suppressed`
 * wherever the object counts persons.
 */
export function figuresSelection(fields: readonly string[]): string {
  const objects = new Map<string, Set<string>>();
  const plain: string[] = [];
  for (const field of fields) {
    const [object, name] = field.split('.');
    if (name === undefined) {
      plain.push(object);
      continue;
    }
    const names = objects.get(object) ?? new Set<string>();
    names.add(name);
    objects.set(object, names);
  }
  const parts = [...plain];
  for (const [object, names] of objects) {
    if (SUPPRESSIBLE_OBJECTS.has(object)) names.add('suppressed');
    parts.push(`${object} { ${[...names].join(' ')} }`);
  }
  return parts.join(' ');
}

const TABLE_FIELDS = [
  ...INDICATORS.map((i: Indicator) => i.field),
  ...TARGET_GROUPS.flatMap((g) => [`traineesEnrolled.${g.field}`, `traineesCompleted.${g.field}`]),
];

const REGION_FIELDS = 'code name level';

export const REPORT_QUERY = `query dashboardReport($period: PeriodInput!, $regionCode: String!) {
  dispatchReport(period: $period, regionCode: $regionCode) {
    minCell
    period { label from to }
    region { ${REGION_FIELDS} parent { ${REGION_FIELDS} parent { ${REGION_FIELDS} } } }
    rows { kind label region { ${REGION_FIELDS} } ${figuresSelection(TABLE_FIELDS)} }
  }
}`;

/** One period of the "over periods" chart: the totals row only. */
export const TREND_QUERY = `query dashboardTrend($period: PeriodInput!, $regionCode: String!) {
  dispatchReport(period: $period, regionCode: $regionCode) {
    minCell
    total { ${figuresSelection(TREND_INDICATORS.map((i) => i.field))} }
  }
}`;

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export async function fetchReport(period: Period, regionCode: string, credential: string | null): Promise<Outcome<DispatchReport>> {
  const answer = await postGraphql<{ dispatchReport: DispatchReport | null }>(REPORT_QUERY, { period, regionCode }, credential);
  const report = answer.data?.dispatchReport;
  return report ? { ok: true, value: report } : { ok: false, error: errorMessage(answer, 'the server returned no report') };
}

export interface TrendPoint {
  period: Period;
  minCell: number | null;
  total: ReportRow;
}

export async function fetchTrendPoint(period: Period, regionCode: string, credential: string | null): Promise<Outcome<TrendPoint>> {
  const answer = await postGraphql<{ dispatchReport: { minCell: number | null; total: ReportRow } | null }>(TREND_QUERY, { period, regionCode }, credential);
  const report = answer.data?.dispatchReport;
  return report ? { ok: true, value: { period, minCell: report.minCell, total: report.total } } : { ok: false, error: errorMessage(answer, 'the server returned no report') };
}
