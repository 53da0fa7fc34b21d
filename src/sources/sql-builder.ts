import {
  CamelCasePlugin,
  Compilable,
  CompiledQuery,
  DummyDriver,
  Kysely,
  MysqlAdapter,
  MysqlIntrospector,
  MysqlQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { DataSource, EntityManager } from 'typeorm';
import type { SourceName } from '../config';
import type { CultureTables } from './culture/culture.tables';
import type { HrTables } from './hr/hr.tables';

/**
 * Typed SQL for both dialects: Kysely builds and compiles statements (table
 * and column names checked against the entities by the compiler, values
 * always parameters), and the source's DataSource runs them, so pools,
 * timeouts, statement counting and the SQL trace see every statement alike.
 * Kysely never opens a connection here: it is only the compiler.
 */
export interface SourceTables {
  culture: CultureTables;
  hr: HrTables;
  gateway: Record<string, never>;
}

export type SqlDialect = 'mysql' | 'sqlite';

function compiler(dialect: SqlDialect): Kysely<unknown> {
  const mysql = dialect === 'mysql';
  return new Kysely<unknown>({
    dialect: {
      createAdapter: () => (mysql ? new MysqlAdapter() : new SqliteAdapter()),
      createDriver: () => new DummyDriver(),
      createIntrospector: (db) => (mysql ? new MysqlIntrospector(db) : new SqliteIntrospector(db)),
      createQueryCompiler: () => (mysql ? new MysqlQueryCompiler() : new SqliteQueryCompiler()),
    },
    // Entities name columns in camelCase and SnakeNamingStrategy writes them in snake_case; so does this plugin.
    plugins: [new CamelCasePlugin()],
  });
}

const compilers: Record<SqlDialect, Kysely<unknown>> = { mysql: compiler('mysql'), sqlite: compiler('sqlite') };

export function dialectOf(dataSource: DataSource): SqlDialect {
  return dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
}

/** The builder for a source's tables in the dialect of its database. */
export function sqlOf<S extends SourceName>(_source: S, dataSource: DataSource): Kysely<SourceTables[S]> {
  return compilers[dialectOf(dataSource)] as Kysely<SourceTables[S]>;
}

/** better-sqlite3 binds numbers, strings, bigints, buffers and null only. */
function bindable(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** Runs a built statement on a data source, or inside a transaction through its entity manager. */
export async function runSql<R = Record<string, unknown>>(on: DataSource | EntityManager, statement: Compilable): Promise<R[]> {
  return runCompiled(on, statement.compile());
}

/** Runs a compiled statement (a raw `sql` template compiled against the source's builder). */
export async function runCompiled<R = Record<string, unknown>>(on: DataSource | EntityManager, compiled: CompiledQuery): Promise<R[]> {
  return on.query(compiled.sql, compiled.parameters.map(bindable));
}
