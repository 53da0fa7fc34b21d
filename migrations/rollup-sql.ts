import { QueryRunner, Table } from 'typeorm';

/**
 * A statistics rollup: a summary table of additive figures (counts, sums of
 * whole fen) per combination of keys, kept equal to
 *
 *   SELECT <keys>, <measures> FROM <from> GROUP BY <keys>
 *
 * by triggers on the tables it reads, in the transaction of every write
 * (filings, imports, and any other statement alike), and rebuilt whole by
 * the same statement (`rollups rebuild`, the seed).
 *
 * A spec is frozen in the migration that created its table and triggers
 * (migrations/<source>/rollups.vN.ts); a change is a new version and a
 * migration that moves to it. See docs/rollups.md.
 */
export interface RollupSpec {
  /** The summary table, snake_case. */
  table: string;
  /** The facts: a FROM clause over the source's tables; the fact table is aliased `t`. */
  from: string;
  /** Only the facts this condition keeps (e.g. completed enrolments). */
  where?: string;
  /** Key columns → SQL over the FROM clause. Keys are NOT NULL ('' or 0 stand for "none"), so they can form the primary key. */
  keys: Record<string, RollupKey>;
  /**
   * Measure columns → what one fact adds, a whole number over the FROM
   * clause ('1', a CASE, an amount in fen); null adds 0. The first counts the
   * facts ('1'): a row whose count reaches 0 is deleted.
   */
  measures: Record<string, string>;
  /**
   * The tables whose writes change the figures → the column of the FROM
   * clause that names the written row. The fact table (its own `t.id`) is
   * maintained on insert, update and delete; a parent (the cohort an
   * enrolment is placed by) on update only: nothing in the layer deletes
   * parents, and a cascade would count twice on SQLite, where cascaded
   * deletes fire the children's triggers (MySQL's do not: `rollups rebuild`).
   */
  watches: Record<string, string>;
  /** Secondary indexes besides the primary key, by their columns. */
  indexes?: string[][];
}

export interface RollupKey {
  /** Never null: COALESCE to '' or 0 (see monthKey, textKey, integerKey). */
  sql: string;
  /** Column type: text of at most `length` characters (the default, 32), or a whole number. */
  type?: 'integer';
  length?: number;
}

type Dialect = 'mysql' | 'sqlite';

function dialectOf(runner: QueryRunner): Dialect {
  return runner.connection.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
}

/** 'YYYY-MM' of a DATE column, '' when it is null: the same text on both backends. */
export function monthKey(column: string): RollupKey {
  return { sql: `COALESCE(SUBSTR(CAST(${column} AS CHAR), 1, 7), '')`, length: 7 };
}

/** A text column, '' when null. */
export function textKey(column: string, length = 32): RollupKey {
  return { sql: `COALESCE(${column}, '')`, length };
}

/** A whole number, 0 when null. */
export function integerKey(column: string): RollupKey {
  return { sql: `COALESCE(${column}, 0)`, type: 'integer' };
}

export function rollupTable(spec: RollupSpec): Table {
  const keys = Object.entries(spec.keys).map(([name, key]) =>
    key.type === 'integer'
      ? { name, type: 'integer', isPrimary: true }
      : { name, type: 'varchar', length: String(key.length ?? 32), isPrimary: true },
  );
  const measures = Object.keys(spec.measures).map((name) => ({ name, type: 'bigint', default: 0 }));
  return new Table({
    name: spec.table,
    columns: [...keys, ...measures],
    // The count column is indexed: emptied rows are found by it after every change.
    indices: [[measureNames(spec)[0]], ...(spec.indexes ?? [])].map((columns) => ({ name: `IDX_${spec.table}_${columns.join('_')}`, columnNames: columns })),
  });
}

const keyNames = (spec: RollupSpec) => Object.keys(spec.keys);
const measureNames = (spec: RollupSpec) => Object.keys(spec.measures);

/**
 * `SELECT keys, ±measures FROM … WHERE …`: summed and grouped by the keys
 * for a rebuild; fact by fact for a trigger (the upsert adds rows that share
 * keys one after the other, and a trigger's few rows need no grouping).
 */
function contributions(spec: RollupSpec, sign: 1 | -1, where: string, grouped: boolean): string {
  const keys = Object.values(spec.keys).map((k) => k.sql);
  const measures = Object.values(spec.measures).map((m) => {
    const value = grouped ? `SUM(COALESCE(${m}, 0))` : `COALESCE(${m}, 0)`;
    return sign === 1 ? value : `0 - ${value}`;
  });
  const condition = spec.where ? `(${spec.where}) AND ${where}` : where;
  return `SELECT ${[...keys, ...measures].join(', ')} FROM ${spec.from} WHERE ${condition}${grouped ? ` GROUP BY ${keys.join(', ')}` : ''}`;
}

/** Adds the contributions of the facts `where` selects (subtracts them with sign -1). */
export function upsertContributions(spec: RollupSpec, dialect: Dialect, sign: 1 | -1, where: string): string {
  const columns = [...keyNames(spec), ...measureNames(spec)];
  const insert = `INSERT INTO ${spec.table} (${columns.join(', ')}) ${contributions(spec, sign, where, false)}`;
  // Qualified: a fact table's own column of the same name (enrollment.passed) is in scope here too.
  if (dialect === 'mysql') return `${insert} ON DUPLICATE KEY UPDATE ${measureNames(spec).map((m) => `${spec.table}.${m} = ${spec.table}.${m} + VALUES(${m})`).join(', ')}`;
  return `${insert} ON CONFLICT (${keyNames(spec).join(', ')}) DO UPDATE SET ${measureNames(spec).map((m) => `${m} = ${m} + excluded.${m}`).join(', ')}`;
}

/** Rows whose facts are all gone. */
function dropEmptyRows(spec: RollupSpec): string {
  return `DELETE FROM ${spec.table} WHERE ${measureNames(spec)[0]} = 0`;
}

/** The whole table, from the facts: what `rollups rebuild` and the seed run. */
export function rebuildStatements(spec: RollupSpec): string[] {
  const columns = [...keyNames(spec), ...measureNames(spec)];
  return [`DELETE FROM ${spec.table}`, `INSERT INTO ${spec.table} (${columns.join(', ')}) ${contributions(spec, 1, '1 = 1', true)}`];
}

function triggerName(spec: RollupSpec, table: string, event: string): string {
  return `trg_${spec.table}_${table}_${event}`.slice(0, 64);
}

interface TriggerPlan {
  name: string;
  timing: 'BEFORE' | 'AFTER';
  event: 'INSERT' | 'UPDATE' | 'DELETE';
  table: string;
  body: string[];
}

/**
 * Before a row changes or goes, its facts' contributions are taken out; after
 * it is written, they are put back as they now are. Reading the facts through
 * the FROM clause keeps the keys exactly those of the rebuild statement.
 */
function triggerPlans(spec: RollupSpec, dialect: Dialect): TriggerPlan[] {
  const plans: TriggerPlan[] = [];
  const [factTable] = Object.keys(spec.watches);
  for (const [table, column] of Object.entries(spec.watches)) {
    const remove = (row: 'OLD') => [upsertContributions(spec, dialect, -1, `${column} = ${row}.id`), dropEmptyRows(spec)];
    const add = (row: 'NEW') => [upsertContributions(spec, dialect, 1, `${column} = ${row}.id`)];
    plans.push({ name: triggerName(spec, table, 'bu'), timing: 'BEFORE', event: 'UPDATE', table, body: remove('OLD') });
    plans.push({ name: triggerName(spec, table, 'au'), timing: 'AFTER', event: 'UPDATE', table, body: add('NEW') });
    if (table === factTable) {
      plans.push({ name: triggerName(spec, table, 'ai'), timing: 'AFTER', event: 'INSERT', table, body: add('NEW') });
      plans.push({ name: triggerName(spec, table, 'bd'), timing: 'BEFORE', event: 'DELETE', table, body: remove('OLD') });
    }
  }
  return plans;
}

function createTrigger(plan: TriggerPlan, dialect: Dialect): string {
  const body = plan.body.map((s) => `${s};`).join(' ');
  return dialect === 'mysql'
    ? `CREATE TRIGGER ${plan.name} ${plan.timing} ${plan.event} ON ${plan.table} FOR EACH ROW BEGIN ${body} END`
    : `CREATE TRIGGER ${plan.name} ${plan.timing} ${plan.event} ON ${plan.table} FOR EACH ROW BEGIN ${body} END`;
}

export async function createRollupTriggers(runner: QueryRunner, spec: RollupSpec): Promise<void> {
  const dialect = dialectOf(runner);
  for (const plan of triggerPlans(spec, dialect)) await runner.query(createTrigger(plan, dialect));
}

export async function dropRollupTriggers(runner: QueryRunner, spec: RollupSpec): Promise<void> {
  for (const plan of triggerPlans(spec, dialectOf(runner))) await runner.query(`DROP TRIGGER IF EXISTS ${plan.name}`);
}

/** Table, filled from the facts, then its triggers. */
export async function createRollup(runner: QueryRunner, spec: RollupSpec): Promise<void> {
  await runner.createTable(rollupTable(spec));
  for (const statement of rebuildStatements(spec)) await runner.query(statement);
  await createRollupTriggers(runner, spec);
}

export async function dropRollup(runner: QueryRunner, spec: RollupSpec): Promise<void> {
  await dropRollupTriggers(runner, spec);
  await runner.dropTable(spec.table);
}
