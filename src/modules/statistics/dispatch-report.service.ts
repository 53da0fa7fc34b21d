import { PersonLink } from '../../auth/person-scope';
import { aggregateScoped } from './aggregate-scope';
import { RequestContext } from '../../context';
import { SqlFilter } from '../../shared/sql/filter';
import { regionRecord, requireRegionCode } from '../region/region.service';
import { cultureDispatchQueries, FamilyQuery, hrDispatchQueries, PersonScopes } from './dispatch.queries';
import { DispatchReport } from './dispatch-report.type';
import { dispatchRow } from './dispatch-row';
import { PeriodInput } from './period.inputs';
import { reportPeriod } from './period';
import { PROVINCE_CODE, RegionRollup } from './region-rollup';
import { suppressDispatchRows } from './dispatch-suppression';
import { publicationThreshold } from './suppression/policy';
import { addRow, isZero, Tally } from './tally';
import { hrRollupDispatchQueries } from './rollups/dispatch-rollup.queries';
import { jobSeekingDispatchQueries } from './dispatch-job-seeking.queries';
import { readsRollups } from './rollups/rollup-reads';
import { startupDispatchQueries, StartupScopes } from './sql/startup-figures';
import { careerRightsDispatchQueries, CareerRightsScopes } from './career-rights-dispatch.queries';

/** Statements of one report in flight at once: enough to overlap them, few enough to leave the pool to other requests. */
const PARALLEL_STATEMENTS = 4;

/** Runs `fn` over the items, at most `limit` at a time, results in item order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export class DispatchReportService {
  constructor(private readonly ctx: RequestContext) {}

  /**
   * Every indicator family is one GROUP BY region_code statement in the source
   * that owns it (1 in culture, 19 in hr, however many regions); the codes are
   * folded onto the report's rows here.
   */
  async report(periodInput: PeriodInput, regionCode: string): Promise<DispatchReport> {
    const period = reportPeriod(periodInput, 'period');
    requireRegionCode(this.ctx.regions, 'regionCode', regionCode);
    const root = this.ctx.regions.get(regionCode)!;
    const rollup = new RegionRollup(this.ctx.regions, root);
    const threshold = publicationThreshold(this.ctx);
    // Protected figures are protected over the whole province, so every report of the period hides the same cells.
    const codes = threshold === null ? rollup.codes() : this.ctx.regions.subtreeCodes(PROVINCE_CODE);
    const asOf = new Date();
    const scopes = this.personScopes();
    const hrQueries = readsRollups(this.ctx) ? hrRollupDispatchQueries(this.ctx.sources.hr, period, codes) : hrDispatchQueries(this.ctx.sources.hr, period, codes, scopes);
    // Public employment services are counted from their facts by either path (docs/rollups.md).
    // Both tables link to persons by person_id, as enrolments do: the same scope.
    hrQueries.push(...jobSeekingDispatchQueries(period, codes, { jobSeeker: scopes.enrollment, employmentService: scopes.enrollment }));
    // Start-up services, camps and pilots are counted from the facts either way (sql/startup-figures.ts).
    hrQueries.push(...startupDispatchQueries(period, codes, scopes));
    // Titles, awards, materials and rights cases are read from the facts on either path (docs/rollups.md).
    const careerRights = careerRightsDispatchQueries(period, codes, readsRollups(this.ctx) ? {} : this.careerRightsScopes());
    const queries = [...cultureDispatchQueries(period, codes), ...hrQueries, ...careerRights];
    const results = await mapLimited(queries, PARALLEL_STATEMENTS, (q) => this.run(q));

    const byRow = new Map<string, Tally>();
    const byCode = new Map<string, Tally>();
    const total: Tally = {};
    queries.forEach((q, i) => {
      for (const raw of results[i]) {
        const code = String(raw.region_code);
        const codeTally = byCode.get(code) ?? {};
        addRow(codeTally, raw, q.figures);
        byCode.set(code, codeTally);
        const row = rollup.rowOf(code);
        if (row === null) continue;
        const tally = byRow.get(row) ?? {};
        addRow(tally, raw, q.figures);
        byRow.set(row, tally);
        addRow(total, raw, q.figures);
      }
    });

    const rows = rollup.children(new Set(byRow.keys())).map((child) => dispatchRow('REGION', child.name, regionRecord(child), byRow.get(child.code) ?? {}));
    const own = byRow.get(root.code);
    // Without person:read, 本级 is always shown: a row that appears only when it holds something would say so.
    if (rows.length > 0 && (threshold !== null || (own && !isZero(own)))) rows.push(dispatchRow('DIRECT', '本级', regionRecord(root), own ?? {}));
    const totalRow = dispatchRow('TOTAL', '合计', regionRecord(root), total);
    rows.push(totalRow);
    if (threshold !== null) suppressDispatchRows(this.ctx.regions, root.code, rows, byCode, threshold);
    return { period, region: regionRecord(root), rows, total: totalRow, minCell: threshold, asOf };
  }

  /** Published figures: only a region-limited viewer's counts stop at its region (see aggregate-scope.ts). */
  private personScopes(): PersonScopes & StartupScopes {
    const scopeOf = (link: PersonLink) => {
      const scope = aggregateScoped(this.ctx, new SqlFilter(), link);
      return scope.clauses.length > 0 ? scope : undefined;
    };
    return {
      enrollment: scopeOf('personId'),
      subsidyClaim: scopeOf('enrollment'),
      certificate: scopeOf('personId'),
      talentTitle: scopeOf('personId'),
      loan: scopeOf('loanBorrower'),
      startupService: scopeOf('optionalPersonId'),
      campParticipant: scopeOf('personId'),
    };
  }

  private careerRightsScopes(): CareerRightsScopes {
    const scope = aggregateScoped(this.ctx, new SqlFilter(), 'personId');
    if (scope.clauses.length === 0) return {};
    return { professionalTitle: scope, programmeAward: scope, rightsCase: scope };
  }

  private run(q: FamilyQuery): Promise<Array<Record<string, unknown>>> {
    return this.ctx.sources[q.source].query(q.sql, q.params);
  }
}
