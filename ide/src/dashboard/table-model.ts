import { Cell, cellOf } from './figures';
import { Indicator, INDICATORS } from './indicators';
import type { DispatchReport, RegionRef, RowKind } from './report-query';

/** The two columns before the indicators. */
export const REGION_HEADING = { label: '地区', en: 'Region' };
export const CODE_HEADING = { label: '代码', en: 'Code' };

export interface TableRow {
  kind: RowKind;
  label: string;
  region: RegionRef;
  /** A city of the province's report: a click opens its counties. */
  drillable: boolean;
  cells: Array<{ indicator: Indicator; cell: Cell }>;
}

/**
 * The table as shown, row by row: what the page draws and what the CSV
 * download writes are both made from this, so the file holds exactly what
 * the viewer saw.
 */
export function tableRows(report: DispatchReport, indicators: readonly Indicator[] = INDICATORS): TableRow[] {
  return report.rows.map((row) => ({
    kind: row.kind,
    label: row.label,
    region: row.region,
    drillable: row.kind === 'REGION' && row.region.level === 'CITY',
    cells: indicators.map((indicator) => ({ indicator, cell: cellOf(row, indicator.field) })),
  }));
}
