import type { DataSource, EntityMetadata } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { SourceName } from '../../../src/config';
import { dialectOf, sqlOf } from '../../../src/sources/sql-builder';
import { columnDefault } from './column-defaults';
import { personLinkKey } from '../../../src/shared/identifiers/person-link-key';
import type { Builder, BuildInput, Recipe, RecipeContext, Recipes, RowOf, TableName } from './types';

type Values = Record<string, unknown>;

/** The suffixes of key columns and the parent property each takes its value from (see ParentsOf). */
const KEY_SUFFIXES: Record<string, string> = { Id: 'id', Uscc: 'uscc', Key: 'itemKey' };
const BULK_CHUNK = 500;

/** One table as the entity metadata describes it. */
interface TableInfo {
  name: TableName;
  source: SourceName;
  dataSource: DataSource;
  metadata: EntityMetadata;
  columns: Map<string, ColumnMetadata>;
  /** Parent shorthand → the key column it fills and the parent property it reads. */
  parents: Map<string, { column: string; property: string }>;
  /** Required foreign keys → the table a missing parent is built in. */
  requiredParents: Array<{ column: string; table: TableName }>;
}

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function describe(name: TableName, source: SourceName, dataSource: DataSource, metadata: EntityMetadata): TableInfo {
  const columns = new Map(metadata.columns.map((c) => [c.propertyName, c]));
  const parents = new Map<string, { column: string; property: string }>();
  for (const column of columns.keys()) {
    const match = /^(.+)(Id|Uscc|Key)$/.exec(column);
    if (match) parents.set(match[1], { column, property: KEY_SUFFIXES[match[2]] });
  }
  const requiredParents = metadata.manyToOneRelations
    .map((relation) => ({ column: relation.joinColumns[0].propertyName, table: camel(relation.inverseEntityMetadata.tableName) as TableName }))
    .filter(({ column }) => !columns.get(column)!.isNullable);
  return { name, source, dataSource, metadata, columns, parents, requiredParents };
}

/**
 * Writes rows of any table of the given data sources, driven by the entity
 * metadata: columns a test gives, parents turned into key columns, the
 * table's recipe for defaults that depend on other columns, required parents
 * built when missing, and a valid default for every other required column.
 */
export class TableWriter {
  private readonly tables = new Map<TableName, TableInfo>();
  private sequence = 0;

  constructor(
    dataSources: Partial<Record<SourceName, DataSource>>,
    private readonly recipes: Recipes,
    private readonly b: () => Builder,
  ) {
    for (const [source, dataSource] of Object.entries(dataSources) as Array<[SourceName, DataSource]>) {
      for (const metadata of dataSource.entityMetadatas) {
        const name = camel(metadata.tableName) as TableName;
        this.tables.set(name, describe(name, source, dataSource, metadata));
      }
    }
  }

  tableNames(): TableName[] {
    return [...this.tables.keys()];
  }

  async one<T extends TableName>(table: T, input: BuildInput<T>): Promise<RowOf<T>> {
    const info = this.info(table);
    const { values, context } = await this.prepare(info, input);
    for (const { column, table: parent } of info.requiredParents) {
      if (values[column] === undefined) values[column] = ((await this.b()[parent]()) as { id: number }).id;
    }
    this.complete(info, values, context.n);
    const result = await info.dataSource.getRepository(info.metadata.target).insert(values);
    const row = { ...values, ...result.identifiers[0] } as RowOf<T>;
    await this.recipe(table)?.after?.(row, context);
    return row;
  }

  async many<T extends TableName>(table: T, count: number, input: (i: number) => BuildInput<T>): Promise<Array<RowOf<T>>> {
    const info = this.info(table);
    const rows: Values[] = [];
    for (let i = 0; i < count; i++) {
      const { values, context } = await this.prepare(info, input(i));
      const missing = info.requiredParents.find(({ column }) => values[column] === undefined);
      if (missing) throw new Error(`builder: many ${table} rows need their ${missing.column} given`);
      this.complete(info, values, context.n);
      rows.push(values);
    }
    // Compiled by the SQL builder rather than TypeORM's insert, which takes seconds for ten thousand rows.
    const generated = info.metadata.columns.some((c) => c.isGenerated);
    for (let i = 0; i < rows.length; i += BULK_CHUNK) {
      const chunk = rows.slice(i, i + BULK_CHUNK);
      const statement = sqlOf(info.source, info.dataSource).insertInto(table as never).values(chunk as never).compile();
      const result: unknown = await info.dataSource.query(statement.sql, statement.parameters as unknown[]);
      if (!generated) continue;
      // One statement's auto-increment ids are consecutive on both backends: MySQL reports the first, SQLite the last.
      const first = dialectOf(info.dataSource) === 'mysql' ? Number((result as { insertId: number }).insertId) : Number(result) - chunk.length + 1;
      chunk.forEach((row, k) => (row.id = first + k));
    }
    return rows as Array<RowOf<T>>;
  }

  private info(table: TableName): TableInfo {
    const info = this.tables.get(table);
    if (!info) throw new Error(`builder: no table ${table} in these data sources`);
    return info;
  }

  private recipe<T extends TableName>(table: T): Recipe<T> | undefined {
    return this.recipes[table] as Recipe<T> | undefined;
  }

  /** The given columns, parents turned into key columns, then the recipe's defaults under them. */
  private async prepare<T extends TableName>(info: TableInfo, input: BuildInput<T>): Promise<{ values: Values; context: RecipeContext<T> }> {
    const recipe = this.recipe(info.name as T);
    const given: Values = {};
    for (const [key, value] of Object.entries(input as Values)) {
      if (value === undefined || recipe?.extras?.includes(key as never)) continue;
      const parent = info.parents.get(key);
      if (info.columns.has(key)) given[key] = value;
      else if (parent) given[parent.column] = value === null ? null : (value as Values)[parent.property];
      else throw new Error(`builder: ${info.name} has no column, parent or extra "${key}"`);
    }
    const context: RecipeContext<T> = { n: ++this.sequence, given: given as Partial<RowOf<T>>, input, b: this.b(), dataSource: info.dataSource };
    const defaults = ((await recipe?.defaults?.(context)) ?? {}) as Values;
    return { values: { ...defaults, ...given }, context };
  }

  /** A default for every required column still empty; null for the optional ones, so the row returned is the row stored. */
  private complete(info: TableInfo, values: Values, n: number): void {
    for (const [name, column] of info.columns) {
      if (values[name] !== undefined || column.isGenerated) continue;
      // The linkage key follows from the ID number, as the filings and the seed compute it.
      if (name === 'linkKey' && typeof values.citizenId === 'string') values[name] = personLinkKey(values.citizenId);
      else values[name] = column.isNullable ? null : columnDefault(column, n, values);
    }
  }
}
