import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { SqlFilter } from '../../shared/sql/filter';
import { EVALUATOR_TYPES, SKILL_CERTIFICATE_KINDS, SKILL_LEVELS } from '../../sources/hr';
import { SkillCertificateFilter } from '../talent/skill-certificate.inputs';
import { SKILL_CERTIFICATE } from '../talent/talent.record';
import { CertificateDimensionEnum, CertificateGroup, CertificateStatistics } from './certificate-statistics.type';
import { distinctDimensions, enumDimension, placeAndTimeDimension, RegionKeyValues, TimeKeyValues } from './dimensions';
import { DimensionPlan, groupedTallies } from './group-by';
import { presentKeys } from './group-keys';
import { countOf, Tally } from './tally';
import { markSuppressed } from './suppression/apply';
import { suppressGroups, withImpliedCity } from './suppression/group-suppression';
import { publicationThreshold } from './suppression/policy';
import { refuseNarrowing, requireWholeMonths } from './suppression/published-filters';
import { certificateRollupFilter } from './rollups/rollup-filters';
import { readsRollups } from './rollups/rollup-reads';

type Dimension = keyof typeof CertificateDimensionEnum;
type Keys = RegionKeyValues & TimeKeyValues & { certificateKind: string | null; certificateLevel: string | null; evaluatorType: string | null };

const emptyKeys = (): Keys => ({ city: null, county: null, year: null, quarter: null, month: null, certificateKind: null, certificateLevel: null, evaluatorType: null });

export class CertificateStatisticsService {
  constructor(private readonly ctx: RequestContext) {}

  async statistics(groupBy: readonly Dimension[], filter: SkillCertificateFilter | null | undefined): Promise<CertificateStatistics> {
    const threshold = publicationThreshold(this.ctx);
    const dimensions = threshold === null ? distinctDimensions(groupBy) : withImpliedCity(distinctDimensions(groupBy));
    // Published counts: the aggregate person scope, not the rows this viewer may read.
    const asOf = new Date();
    const rows = recordsOf(this.ctx, SKILL_CERTIFICATE).whereSql(filter, 't', { scope: 'aggregate' });
    const rollup = readsRollups(this.ctx) ? certificateRollupFilter(filter, this.ctx.regions) : null;
    if (threshold !== null) {
      requireWholeMonths('filter', 'issuedFrom', filter?.issuedFrom, 'issuedTo', filter?.issuedTo);
      refuseNarrowing('filter', 'certificateNumber', filter?.certificateNumber, 'a certificate number names one person');
    }
    const grouped = await groupedTallies<Keys>({
      dataSource: this.ctx.sources.hr,
      // The evaluator is kept by rollup_skill_certificate only; the smaller rollup answers the rest.
      from: !rollup ? 'skill_certificate t' : dimensions.includes('EVALUATOR_TYPE') || filter?.evaluatorTypes?.length ? 'rollup_skill_certificate t' : 'rollup_certificate_level t',
      where: rollup ?? new SqlFilter().add(rows.sql, ...rows.params),
      measures: [{ name: 'certificates', sql: rollup ? 'SUM(t.certificates)' : 'COUNT(*)' }],
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
        measures: { name: 'certificates', printed: true },
        threshold,
        atoms: (i) => ({ certificates: countOf(grouped.groups[i].tally, 'certificates') }),
      });
      groups.forEach((g, i) => markSuppressed(g, hidden.groups[i]));
      markSuppressed(total, hidden.total);
    }
    return { groupBy: dimensions, groups, total, minCell: threshold, asOf };
  }

  /** Over the facts or over rollup_skill_certificate, whose keys hold '' for none. */
  private plan(d: Dimension, rollup: boolean): DimensionPlan<Keys> {
    const shared = placeAndTimeDimension<Keys>(this.ctx.regions, d, 't.region_code', rollup ? 't.month' : 't.issued_on');
    if (shared) return shared;
    const column = (name: string) => (rollup ? `NULLIF(t.${name}, '')` : `t.${name}`);
    switch (d) {
      case 'CERTIFICATE_KIND':
        return enumDimension('certificateKind', column('kind'), SKILL_CERTIFICATE_KINDS);
      case 'CERTIFICATE_LEVEL':
        return enumDimension('certificateLevel', column('level'), SKILL_LEVELS);
      case 'EVALUATOR_TYPE':
        return enumDimension('evaluatorType', column('evaluator_type'), EVALUATOR_TYPES);
    }
    throw new Error(`no plan for dimension ${String(d)}`);
  }

  private group(keys: Keys, t: Tally): CertificateGroup {
    return { keys: presentKeys(this.ctx.regions, keys) as unknown as CertificateGroup['keys'], certificates: countOf(t, 'certificates'), suppressed: [] };
  }
}
