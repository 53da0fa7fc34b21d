import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { SqlFilter } from '../../shared/sql/filter';
import { StartupLoanFilter } from '../employment/startup-loan.inputs';
import { STARTUP_LOAN } from '../employment/employment.record';
import { distinctDimensions, enumDimension, integerDimension, placeAndTimeDimension, RegionKeyValues, TimeKeyValues } from './dimensions';
import { DimensionPlan, groupedTallies } from './group-by';
import { presentKeys } from './group-keys';
import { LoanDimensionEnum, LoanGroup, LoanStatistics } from './loan-statistics.type';
import { fenSql, yuanFromFen } from './sql/money';
import { countOf, Tally } from './tally';
import { markSuppressed } from './suppression/apply';
import { suppressGroups, withImpliedCity } from './suppression/group-suppression';
import { publicationThreshold } from './suppression/policy';
import { refuseNarrowing, requireWholeMonths } from './suppression/published-filters';
import { loanRollupFilter } from './rollups/rollup-filters';
import { readsRollups } from './rollups/rollup-reads';

type Dimension = keyof typeof LoanDimensionEnum;
type Keys = RegionKeyValues & TimeKeyValues & { borrowerKind: string | null; termMonths: number | null };

const emptyKeys = (): Keys => ({ city: null, county: null, year: null, quarter: null, month: null, borrowerKind: null, termMonths: null });

/** A loan with a person borrower is a PERSON loan, as the loan list's borrowerKind says. */
const BORROWER_KIND_SQL = `CASE WHEN t.borrower_person_id IS NULL THEN 'ORGANIZATION' ELSE 'PERSON' END`;

export class LoanStatisticsService {
  constructor(private readonly ctx: RequestContext) {}

  async statistics(groupBy: readonly Dimension[], filter: StartupLoanFilter | null | undefined): Promise<LoanStatistics> {
    const threshold = publicationThreshold(this.ctx);
    const dimensions = threshold === null ? distinctDimensions(groupBy) : withImpliedCity(distinctDimensions(groupBy));
    const asOf = new Date();
    const rows = recordsOf(this.ctx, STARTUP_LOAN).whereSql(filter, 't', { scope: 'aggregate' });
    const rollup = readsRollups(this.ctx) ? loanRollupFilter(filter, this.ctx.regions) : null;
    if (threshold !== null) {
      requireWholeMonths('filter', 'grantedFrom', filter?.grantedFrom, 'grantedTo', filter?.grantedTo);
      const band = 'two amount bands differ by the loans between them';
      refuseNarrowing('filter', 'amountMin', filter?.amountMin, band);
      refuseNarrowing('filter', 'amountMax', filter?.amountMax, band);
    }
    const grouped = await groupedTallies<Keys>({
      dataSource: this.ctx.sources.hr,
      from: rollup ? 'rollup_startup_loan t' : 'startup_loan t',
      where: rollup ?? new SqlFilter().add(rows.sql, ...rows.params),
      measures: rollup
        ? [
            { name: 'loans', sql: 'SUM(t.loans)' },
            { name: 'amount_fen', sql: 'SUM(t.amount_fen)' },
            { name: 'loans_to_persons', sql: `SUM(CASE WHEN t.borrower_kind = 'PERSON' THEN t.loans ELSE 0 END)` },
          ]
        : [
            { name: 'loans', sql: 'COUNT(*)' },
            { name: 'amount_fen', sql: `SUM(${fenSql('t.amount')})` },
            // Loans to organisations are public record: protection judges the loans to persons.
            { name: 'loans_to_persons', sql: 'SUM(CASE WHEN t.borrower_person_id IS NULL THEN 0 ELSE 1 END)' },
          ],
      dimensions: dimensions.map((d) => this.plan(d, rollup !== null)),
      emptyKeys,
      nonEmpty: rollup !== null,
    });
    const groups = grouped.groups.map((g) => this.group(g.keys, g.tally));
    const total = this.group(emptyKeys(), grouped.total);
    if (threshold !== null) {
      const hidden = suppressGroups({
        dimensions,
        groups: grouped.groups,
        measures: { name: 'loans', printed: true },
        threshold,
        atoms: (i) => ({ loans: countOf(grouped.groups[i].tally, 'loans_to_persons') }),
      });
      const follows = { amount: 'loans' };
      groups.forEach((g, i) => markSuppressed(g, hidden.groups[i], follows));
      markSuppressed(total, hidden.total, follows);
    }
    return { groupBy: dimensions, groups, total, minCell: threshold, asOf };
  }

  private plan(d: Dimension, rollup: boolean): DimensionPlan<Keys> {
    const shared = placeAndTimeDimension<Keys>(this.ctx.regions, d, 't.region_code', rollup ? 't.month' : 't.granted_on');
    if (shared) return shared;
    switch (d) {
      case 'BORROWER_KIND':
        return enumDimension('borrowerKind', rollup ? 't.borrower_kind' : BORROWER_KIND_SQL, ['PERSON', 'ORGANIZATION']);
      case 'TERM_MONTHS':
        return integerDimension('termMonths', rollup ? 'NULLIF(t.term_months, 0)' : 't.term_months');
    }
    throw new Error(`no plan for dimension ${String(d)}`);
  }

  private group(keys: Keys, t: Tally): LoanGroup {
    return {
      keys: presentKeys(this.ctx.regions, keys) as unknown as LoanGroup['keys'],
      loans: countOf(t, 'loans'),
      amount: yuanFromFen(t.amount_fen ?? 0n),
      suppressed: [],
    };
  }
}
