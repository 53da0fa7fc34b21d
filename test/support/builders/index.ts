import type { DataSource } from 'typeorm';
import type { SourceName } from '../../../src/config';
import { CULTURE_RECIPES } from './culture';
import { HR_RECIPES } from './hr';
import { TableWriter } from './table-writer';
import type { Builder, BulkBuilders, TableBuilders } from './types';

export type { Builder, BuildInput, RowOf, TableName } from './types';
export { BUILT_REGION } from './column-defaults';
export { builtBirthDate, citizenIdEndingInX, citizenIdOf, itemKeyOf, usccOf } from './identifiers';

type Databases = { sources: Record<SourceName, DataSource> } | { db: { sources: Record<SourceName, DataSource> } };

/** One builder per set of databases, so two calls never hand out the same sequence number (and so the same ID number). */
const BUILDERS = new WeakMap<DataSource, Builder>();

/**
 * Small builders for test data on either backend: one method per table of the
 * culture and HR databases (`b.heritageItem`, `b.workshop`, `b.enrollment`, …),
 * each writing exactly one row with valid defaults for whatever the test does
 * not say (check-digit-valid ID numbers and USCCs, item keys that agree with
 * level, number and area), and building a required parent it is not given.
 *
 *   const b = await builder(api);
 *   const item = await b.heritageItem({ level: 'NATIONAL' });
 *   const org = await b.organization();
 *   const workshop = await b.workshop({ items: [item], operator: org });
 */
export async function builder(databases: Databases): Promise<Builder> {
  const { sources } = 'db' in databases ? databases.db : databases;
  const known = BUILDERS.get(sources.culture);
  if (known) return known;
  const writer = new TableWriter({ culture: sources.culture, hr: sources.hr }, { ...CULTURE_RECIPES, ...HR_RECIPES }, () => b);
  const tables = writer.tableNames();
  const b = Object.fromEntries(tables.map((t) => [t, (input = {}) => writer.one(t, input)])) as unknown as Builder;
  b.many = Object.fromEntries(tables.map((t) => [t, (count: number, input: (i: number) => object) => writer.many(t, count, input)])) as unknown as BulkBuilders;
  BUILDERS.set(sources.culture, b);
  return b satisfies TableBuilders;
}
