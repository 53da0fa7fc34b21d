import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { SqlFilter } from '../../shared/sql/filter';
import { VACANCY_STATUSES } from '../../sources/hr';
import { VacancyFilter } from '../employment/vacancy.inputs';
import { VACANCY } from '../employment/employment.record';
import { distinctDimensions, enumDimension, IchKeyValues, placeAndTimeDimension, RegionKeyValues, TimeKeyValues } from './dimensions';
import { DimensionPlan, groupedTallies } from './group-by';
import { presentKeys } from './group-keys';
import { IchAttributes, ichAttributesByItemKey, ichDimension } from './ich-lookup';
import { countOf, Tally } from './tally';
import { VacancyDimensionEnum, VacancyGroup, VacancyStatistics } from './vacancy-statistics.type';

type Dimension = keyof typeof VacancyDimensionEnum;
type Keys = RegionKeyValues & TimeKeyValues & IchKeyValues & { status: string | null };

const emptyKeys = (): Keys => ({ city: null, county: null, year: null, quarter: null, month: null, status: null, ichCategory: null, ichLevel: null });

export class VacancyStatisticsService {
  constructor(private readonly ctx: RequestContext) {}

  async statistics(groupBy: readonly Dimension[], filter: VacancyFilter | null | undefined): Promise<VacancyStatistics> {
    const dimensions = distinctDimensions(groupBy);
    const rows = recordsOf(this.ctx, VACANCY).whereSql(filter, 't');
    const grouped = await groupedTallies<Keys>({
      dataSource: this.ctx.sources.hr,
      from: 'vacancy t',
      where: new SqlFilter().add(rows.sql, ...rows.params),
      measures: [
        { name: 'vacancies', sql: 'COUNT(*)' },
        { name: 'headcount', sql: 'SUM(t.headcount)' },
      ],
      dimensions: this.plans(dimensions),
      emptyKeys,
    });
    return { groupBy: dimensions, groups: grouped.groups.map((g) => this.group(g.keys, g.tally)), total: this.group(emptyKeys(), grouped.total) };
  }

  private plans(dimensions: Dimension[]): Array<DimensionPlan<Keys>> {
    const { regions } = this.ctx;
    const ich = { category: dimensions.includes('ICH_CATEGORY'), level: dimensions.includes('ICH_LEVEL') };
    const firstIch = dimensions.find((d) => d === 'ICH_CATEGORY' || d === 'ICH_LEVEL');
    const itemAttributes = async (keys: unknown[]) => {
      const found = await ichAttributesByItemKey(this.ctx, keys.map(String));
      return new Map<string, IchAttributes[]>([...found].map(([key, a]) => [key, [a]]));
    };
    const plans: Array<DimensionPlan<Keys>> = [];
    for (const d of dimensions) {
      const shared = placeAndTimeDimension<Keys>(regions, d, 't.region_code', 't.posted_on');
      if (shared) plans.push(shared);
      if (d === 'STATUS') plans.push(enumDimension('status', 't.status', VACANCY_STATUSES));
      if (d === firstIch) plans.push(ichDimension('t.item_key', ich, itemAttributes));
    }
    return plans;
  }

  private group(keys: Keys, t: Tally): VacancyGroup {
    return {
      keys: presentKeys(this.ctx.regions, keys) as unknown as VacancyGroup['keys'],
      vacancies: countOf(t, 'vacancies'),
      headcount: countOf(t, 'headcount'),
    };
  }
}
