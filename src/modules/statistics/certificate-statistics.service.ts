import { aggregateScoped } from './aggregate-scope';
import { RequestContext } from '../../context';
import { EVALUATOR_TYPES, SKILL_CERTIFICATE_KINDS, SKILL_LEVELS } from '../../sources/hr';
import { SkillCertificateFilter } from '../talent/skill-certificate.inputs';
import { SkillCertificateService } from '../talent/skill-certificate.service';
import { CertificateDimensionEnum, CertificateGroup, CertificateStatistics } from './certificate-statistics.type';
import { cityDimension, countyDimension, distinctDimensions, enumDimension, monthDimension, quarterDimension, RegionKeyValues, TimeKeyValues, yearDimension } from './dimensions';
import { DimensionPlan, groupedTallies } from './group-by';
import { presentKeys } from './group-keys';
import { countOf, Tally } from './tally';

type Dimension = keyof typeof CertificateDimensionEnum;
type Keys = RegionKeyValues & TimeKeyValues & { certificateKind: string | null; certificateLevel: string | null; evaluatorType: string | null };

const emptyKeys = (): Keys => ({ city: null, county: null, year: null, quarter: null, month: null, certificateKind: null, certificateLevel: null, evaluatorType: null });

export class CertificateStatisticsService {
  constructor(private readonly ctx: RequestContext) {}

  async statistics(groupBy: readonly Dimension[], filter: SkillCertificateFilter | null | undefined): Promise<CertificateStatistics> {
    const dimensions = distinctDimensions(groupBy);
    const grouped = await groupedTallies<Keys>({
      dataSource: this.ctx.sources.hr,
      from: 'skill_certificate t',
      where: aggregateScoped(this.ctx, new SkillCertificateService(this.ctx).filterSql(filter), 'personId'),
      measures: [{ name: 'certificates', sql: 'COUNT(*)' }],
      dimensions: dimensions.map((d) => this.plan(d)),
      emptyKeys,
    });
    return { groupBy: dimensions, groups: grouped.groups.map((g) => this.group(g.keys, g.tally)), total: this.group(emptyKeys(), grouped.total) };
  }

  private plan(d: Dimension): DimensionPlan<Keys> {
    switch (d) {
      case 'CITY':
        return cityDimension(this.ctx.regions, 't.region_code');
      case 'COUNTY':
        return countyDimension(this.ctx.regions, 't.region_code');
      case 'YEAR':
        return yearDimension('t.issued_on');
      case 'QUARTER':
        return quarterDimension('t.issued_on');
      case 'MONTH':
        return monthDimension('t.issued_on');
      case 'CERTIFICATE_KIND':
        return enumDimension('certificateKind', 't.kind', SKILL_CERTIFICATE_KINDS);
      case 'CERTIFICATE_LEVEL':
        return enumDimension('certificateLevel', 't.level', SKILL_LEVELS);
      case 'EVALUATOR_TYPE':
        return enumDimension('evaluatorType', 't.evaluator_type', EVALUATOR_TYPES);
    }
  }

  private group(keys: Keys, t: Tally): CertificateGroup {
    return { keys: presentKeys(this.ctx.regions, keys) as unknown as CertificateGroup['keys'], certificates: countOf(t, 'certificates') };
  }
}
