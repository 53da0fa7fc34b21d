import { badInput } from '../../shared/errors';
import { Ordering } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { NodeRecord } from '../../shared/sql/record';
import { LaborBrandUnitEntity } from '../../sources/hr';
import { LaborBrandUnitFilter, LaborBrandUnitOrderEnum } from './labor-brand-unit.inputs';

export type LaborBrandUnitRecord = NodeRecord<LaborBrandUnitEntity>;

export const LABOR_BRAND_UNIT_ORDERINGS: Record<keyof typeof LaborBrandUnitOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  RECOGNIZED_ON: { key: 'RECOGNIZED_ON', columns: [{ column: 't.recognized_on', property: 'recognizedOn', direction: 'DESC' }] },
  USCC: { key: 'USCC', columns: [{ column: 't.uscc', property: 'uscc', direction: 'ASC' }] },
};

export class LaborBrandUnitService {
  filterSql(filter: LaborBrandUnitFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.unitKinds?.length) sql.in('t.unit_kind', filter.unitKinds);
    if (filter.recognizedFrom && filter.recognizedTo && filter.recognizedTo < filter.recognizedFrom) {
      throw badInput(`${argument}.recognizedTo`, `must not be before recognizedFrom (${filter.recognizedFrom}), got ${filter.recognizedTo}`);
    }
    if (filter.recognizedFrom) sql.add('t.recognized_on >= ?', filter.recognizedFrom);
    if (filter.recognizedTo) sql.add('t.recognized_on <= ?', filter.recognizedTo);
    return sql;
  }
}
