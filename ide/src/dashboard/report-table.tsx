import { KeyboardEvent } from 'react';
import { displayCell, SUPPRESSED_MARK } from './figures';
import { Indicator, INDICATORS } from './indicators';
import type { DispatchReport } from './report-query';
import { CODE_HEADING, REGION_HEADING, TableRow, tableRows } from './table-model';

export interface ReportTableProps {
  report: DispatchReport;
  onDrill: (code: string) => void;
}

/** Consecutive indicators of one group, for the upper heading row. */
function groupsOf(indicators: readonly Indicator[]): Array<{ group: string; span: number }> {
  const groups: Array<{ group: string; span: number }> = [];
  for (const { group } of indicators) {
    const last = groups[groups.length - 1];
    if (last?.group === group) last.span += 1;
    else groups.push({ group, span: 1 });
  }
  return groups;
}

function Heading({ label, en }: { label: string; en: string }) {
  return (
    <>
      <span className="dash-zh">{label}</span> <span className="dash-en">{en}</span>
    </>
  );
}

/**
 * The report as a table: one row per city or county, 本级 and 合计. Each
 * figure cell names its row's region and its field (data-region,
 * data-field) and carries the API's value (data-value) or says it is
 * withheld (data-suppressed), so what the page shows can be checked against
 * the API. A city's row opens its counties.
 */
export function ReportTable({ report, onDrill }: ReportTableProps) {
  const rows = tableRows(report);
  const drill = (row: TableRow) => {
    if (row.drillable) onDrill(row.region.code);
  };
  const onKey = (event: KeyboardEvent, row: TableRow) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      drill(row);
    }
  };
  return (
    <div className="dash-table-wrap">
      <table className="dash-table" data-region={report.region.code} data-min-cell={report.minCell ?? 'none'} aria-label={`调度报表 Dispatch report, ${report.region.name}, ${report.period.label}`}>
        <thead>
          <tr>
            <th rowSpan={2} scope="col" className="dash-sticky">
              <Heading {...REGION_HEADING} />
            </th>
            <th rowSpan={2} scope="col">
              <Heading {...CODE_HEADING} />
            </th>
            {groupsOf(INDICATORS).map(({ group, span }) => (
              <th key={group} colSpan={span} scope="colgroup" className="dash-group">
                {group}
              </th>
            ))}
          </tr>
          <tr>
            {INDICATORS.map((indicator) => (
              <th key={indicator.field} scope="col" data-field={indicator.field}>
                <Heading label={indicator.label} en={indicator.en} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={`${row.kind}-${row.region.code}`}
              data-row-kind={row.kind}
              data-region={row.region.code}
              className={row.drillable ? 'dash-drillable' : row.kind === 'TOTAL' ? 'dash-total' : undefined}
              tabIndex={row.drillable ? 0 : undefined}
              title={row.drillable ? `${row.label}：查看各区县 — open its counties` : undefined}
              onClick={() => drill(row)}
              onKeyDown={(event) => onKey(event, row)}
            >
              <th scope="row" className="dash-sticky">
                {row.label}
                {row.drillable ? <span className="dash-drill" aria-hidden="true"> ›</span> : null}
              </th>
              <td className="dash-code">{row.region.code}</td>
              {row.cells.map(({ indicator, cell }) => (
                <td
                  key={indicator.field}
                  data-region={row.region.code}
                  data-row-kind={row.kind}
                  data-field={indicator.field}
                  data-value={cell.kind === 'value' ? cell.text : undefined}
                  data-suppressed={cell.kind === 'suppressed' ? 'true' : undefined}
                  className={cell.kind === 'suppressed' ? 'dash-suppressed' : undefined}
                  title={cell.kind === 'suppressed' ? `${SUPPRESSED_MARK} 不公布 withheld (see the legend)` : undefined}
                >
                  {displayCell(cell, indicator)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
