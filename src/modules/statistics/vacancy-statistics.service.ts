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
import { vacancyRollupFilter } from './rollups/rollup-filters';

type Dimension = keyof typeof VacancyDimensionEnum;
type Keys = RegionKeyValues & TimeKeyValues & IchKeyValues & { status: string | null };

const emptyKeys = (): Keys => ({ city: null, county: null, year: null, quarter: null, month: null, status: null, ichCategory: null, ichLevel: null });

export class VacancyStatisticsService {
  constructor(private readonly ctx: RequestContext) {}

  async statistics(groupBy: readonly Dimension[], filter: VacancyFilter | null | undefined): Promise<VacancyStatistics> {
    const dimensions = distinctDimensions(groupBy);
    const asOf = new Date();
    const rows = recordsOf(this.ctx, VACANCY).whereSql(filter, 't');
    // Vacancies are not personal: every viewer's figures are the province's, so only the chosen source and the filter decide.
    const rollup = this.ctx.statisticsSource === 'rollup' ? vacancyRollupFilter(filter, this.ctx.regions) : null;
    const grouped = await groupedTallies<Keys>({
      dataSource: this.ctx.sources.hr,
      from: rollup ? 'rollup_vacancy t' : 'vacancy t',
      where: rollup ?? new SqlFilter().add(rows.sql, ...rows.params),
      measures: [
        { name: 'vacancies', sql: rollup ? 'SUM(t.vacancies)' : 'COUNT(*)' },
        { name: 'headcount', sql: 'SUM(t.headcount)' },
      ],
      dimensions: this.plans(dimensions, rollup !== null),
      emptyKeys,
      nonEmpty: rollup !== null,
    });
    return { groupBy: dimensions, groups: grouped.groups.map((g) => this.group(g.keys, g.tally)), total: this.group(emptyKeys(), grouped.total), asOf };
  }

  private plans(dimensions: Dimension[], rollup: boolean): Array<DimensionPlan<Keys>> {
    const { regions } = this.ctx;
    const ich = { category: dimensions.includes('ICH_CATEGORY'), level: dimensions.includes('ICH_LEVEL') };
    const firstIch = dimensions.find((d) => d === 'ICH_CATEGORY' || d === 'ICH_LEVEL');
    const itemAttributes = async (keys: unknown[]) => {
      const found = await ichAttributesByItemKey(this.ctx, keys.map(String));
      return new Map<string, IchAttributes[]>([...found].map(([key, a]) => [key, [a]]));
    };
    const plans: Array<DimensionPlan<Keys>> = [];
    for (const d of dimensions) {
      const shared = placeAndTimeDimension<Keys>(regions, d, 't.region_code', rollup ? 't.month' : 't.posted_on');
      if (shared) plans.push(shared);
      if (d === 'STATUS') plans.push(enumDimension('status', 't.status', VACANCY_STATUSES));
      if (d === firstIch) plans.push(ichDimension(rollup ? `NULLIF(t.item_key, '')` : 't.item_key', ich, itemAttributes));
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
