import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { builtBirthDate, citizenIdOf, ichNumberOf, itemKeyOf, usccOf } from './identifiers';

/** The county a built row is in unless a test says otherwise: 历下区, Jinan. */
export const BUILT_REGION = '370102';

function typeOf(column: ColumnMetadata): string {
  return typeof column.type === 'function' ? column.type.name.toLowerCase() : String(column.type);
}

/**
 * A valid value for a required column no recipe and no test filled: by the
 * column's meaning where its name tells it (regions, USCCs, ID numbers, item
 * keys, years), else by its type (the first enum value, a date in 2024, …).
 */
export function columnDefault(column: ColumnMetadata, n: number, row: Record<string, unknown>): unknown {
  const name = column.propertyName;
  const region = typeof row.regionCode === 'string' ? row.regionCode : BUILT_REGION;
  if (name === 'regionCode' || name === 'areaCode') return BUILT_REGION;
  if (/(^u|U)scc$/.test(name)) return usccOf(n, region);
  if (name === 'citizenId') return citizenIdOf(BUILT_REGION, builtBirthDate(n), n % 2 ? 'MALE' : 'FEMALE', n);
  if (name === 'itemKey') return itemKeyOf('COUNTY', ichNumberOf(n, 8), BUILT_REGION);
  if (column.enum?.length) return column.enum[0];
  switch (typeOf(column)) {
    case 'integer':
    case 'int':
    case 'number':
      return /(^y|Y)ear$/.test(name) ? 2024 : 1;
    case 'boolean':
      return false;
    case 'date':
      return '2024-01-01';
    case 'decimal':
      return '1.00';
    default:
      return `测试${name}-${n}`.slice(0, Number(column.length) || 50);
  }
}
