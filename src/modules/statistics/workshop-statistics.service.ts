import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { HERITAGE_CATEGORIES, ICH_LEVELS, RECOGNITION_LEVELS, WORKSHOP_STATUSES } from '../../sources/culture';
import { WorkshopFilter } from '../workshop/workshop.inputs';
import { WORKSHOP } from '../workshop/workshop.record';
import { cityDimension, countyDimension, distinctDimensions, enumDimension, IchKeyValues, integerDimension, RegionKeyValues } from './dimensions';
import { DimensionPlan, groupedTallies } from './group-by';
import { presentKeys } from './group-keys';
import { SqlFilter } from '../../shared/sql/filter';
import { addRow, countOf, Tally } from './tally';
import { WorkshopDimensionEnum, WorkshopGroup, WorkshopStatistics } from './workshop-statistics.type';

type Dimension = keyof typeof WorkshopDimensionEnum;
type Keys = RegionKeyValues & IchKeyValues & { status: string | null; highestRecognitionLevel: string | null; firstRecognitionYear: number | null };

const emptyKeys = (): Keys => ({ city: null, county: null, status: null, highestRecognitionLevel: null, firstRecognitionYear: null, ichCategory: null, ichLevel: null });

const MEASURES = [
  { name: 'workshops', sql: 'COUNT(*)' },
  { name: 'jobs_created', sql: 'SUM(x.jobs_created)' },
];

/** Per workshop: its highest recognition level (1 county … 3 province) and first recognition year. */
const RECOGNITIONS =
  `(SELECT workshop_id, MAX(CASE level WHEN 'PROVINCE' THEN 3 WHEN 'CITY' THEN 2 ELSE 1 END) AS top_level, MIN(year) AS first_year ` +
  `FROM workshop_recognition GROUP BY workshop_id)`;

export class WorkshopStatisticsService {
  constructor(private readonly ctx: RequestContext) {}

  async statistics(groupBy: readonly Dimension[], filter: WorkshopFilter | null | undefined): Promise<WorkshopStatistics> {
    const asOf = new Date();
    const dimensions = distinctDimensions(groupBy);
    const rows = recordsOf(this.ctx, WORKSHOP).whereSql(filter, 't');
    const where = new SqlFilter().add(rows.sql, ...rows.params);
    const ich = { category: dimensions.includes('ICH_CATEGORY'), level: dimensions.includes('ICH_LEVEL') };
    const joinsItems = ich.category || ich.level;
    const grouped = await groupedTallies<Keys>({
      dataSource: this.ctx.sources.culture,
      from: this.workshopsWithAttributes(where, ich),
      fromParams: where.params,
      where: new SqlFilter(),
      measures: MEASURES,
      dimensions: this.plans(dimensions),
      emptyKeys,
      // Joined to its items, a workshop is in several SQL groups: the total counts each once.
      total: joinsItems ? () => this.total(where) : undefined,
    });
    return {
      groupBy: dimensions,
      groups: grouped.groups.map((g) => this.group(g.keys, g.tally)),
      total: this.group(emptyKeys(), grouped.total),
      asOf,
    };
  }

  /** One row per workshop, or per workshop and distinct item attribute when those are grouped by. */
  private workshopsWithAttributes(where: SqlFilter, ich: { category: boolean; level: boolean }): string {
    const joinsItems = ich.category || ich.level;
    const attributes = `${ich.category ? ', hi.category AS ich_category' : ''}${ich.level ? ', hi.level AS ich_level' : ''}`;
    const items = joinsItems ? ' LEFT JOIN workshop_heritage_item wi ON wi.workshop_id = t.id LEFT JOIN heritage_item hi ON hi.id = wi.item_id' : '';
    return (
      `(SELECT ${joinsItems ? 'DISTINCT ' : ''}t.id AS id, t.region_code AS region_code, t.status AS status, t.jobs_created AS jobs_created, ` +
      `wr.top_level AS top_level, wr.first_year AS first_year${attributes} ` +
      `FROM workshop t LEFT JOIN ${RECOGNITIONS} wr ON wr.workshop_id = t.id${items} WHERE ${where.sql}) x`
    );
  }

  private async total(where: SqlFilter): Promise<Tally> {
    const rows = await this.ctx.sources.culture.query(`SELECT COUNT(*) AS workshops, SUM(t.jobs_created) AS jobs_created FROM workshop t WHERE ${where.sql}`, where.params);
    const total: Tally = {};
    addRow(total, rows[0], ['workshops', 'jobs_created']);
    return total;
  }

  private plans(dimensions: Dimension[]): Array<DimensionPlan<Keys>> {
    const { regions } = this.ctx;
    const levelNames = ['COUNTY', 'CITY', 'PROVINCE'];
    return dimensions.map((d): DimensionPlan<Keys> => {
      switch (d) {
        case 'CITY':
          return cityDimension(regions, 'x.region_code');
        case 'COUNTY':
          return countyDimension(regions, 'x.region_code');
        case 'STATUS':
          return enumDimension('status', 'x.status', WORKSHOP_STATUSES);
        case 'HIGHEST_RECOGNITION_LEVEL':
          return {
            columns: ['x.top_level'],
            keys: ([level]) => [{ highestRecognitionLevel: level == null ? null : levelNames[Number(level) - 1] }],
            order: (k) => (k.highestRecognitionLevel === null ? null : RECOGNITION_LEVELS.indexOf(k.highestRecognitionLevel as never)),
          };
        case 'FIRST_RECOGNITION_YEAR':
          return integerDimension('firstRecognitionYear', 'x.first_year');
        case 'ICH_CATEGORY':
          return enumDimension('ichCategory', 'x.ich_category', HERITAGE_CATEGORIES);
        case 'ICH_LEVEL':
          return enumDimension('ichLevel', 'x.ich_level', ICH_LEVELS);
      }
    });
  }

  private group(keys: Keys, t: Tally): WorkshopGroup {
    return {
      keys: presentKeys(this.ctx.regions, keys) as unknown as WorkshopGroup['keys'],
      workshops: countOf(t, 'workshops'),
      jobsCreated: countOf(t, 'jobs_created'),
    };
  }
}
