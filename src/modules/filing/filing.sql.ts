import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

type Row = Record<string, string | number | boolean | null>;

/**
 * Inserts rows of one entity. Asked for ids (a mutation: one row), each row is
 * its own INSERT so the driver reports its id; otherwise (an import batch)
 * multi-row INSERTs of a few hundred rows each.
 */
export async function insertRows<E extends ObjectLiteral>(tx: EntityManager, entity: EntityTarget<E>, rows: readonly Row[], ids: boolean): Promise<number[]> {
  if (rows.length === 0) return [];
  if (ids) {
    const out: number[] = [];
    for (const row of rows) {
      const result = await tx.insert(entity, row as never);
      out.push(Number(result.identifiers[0]?.id ?? result.raw?.insertId));
    }
    return out;
  }
  const metadata = tx.connection.getMetadata(entity);
  const properties = Object.keys(rows[0]);
  const columns = properties.map((p) => {
    const column = metadata.findColumnWithPropertyName(p);
    if (!column) throw new Error(`${metadata.tableName} has no property ${p}`);
    return tx.connection.driver.escape(column.databaseName);
  });
  const batch = Math.max(1, Math.floor(10_000 / columns.length));
  const head = `INSERT INTO ${tx.connection.driver.escape(metadata.tableName)} (${columns.join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += batch) {
    const chunk = rows.slice(i, i + batch);
    const params: unknown[] = [];
    for (const row of chunk) for (const p of properties) params.push(sqlValue(row[p]));
    await tx.query(head + chunk.map(() => tuple).join(', '), params);
  }
  return [];
}

/**
 * `UPDATE … SET … WHERE id = ?` per row, with only the properties each row
 * carries: an upsert import sets the columns its file gives and keeps the rest.
 */
export async function updateRows<E extends ObjectLiteral>(tx: EntityManager, entity: EntityTarget<E>, rows: ReadonlyArray<{ id: number; values: Row }>): Promise<void> {
  const metadata = tx.connection.getMetadata(entity);
  const escape = (name: string) => tx.connection.driver.escape(name);
  for (const { id, values } of rows) {
    const properties = Object.keys(values);
    if (properties.length === 0) continue;
    const sets = properties.map((p) => {
      const column = metadata.findColumnWithPropertyName(p);
      if (!column) throw new Error(`${metadata.tableName} has no property ${p}`);
      return `${escape(column.databaseName)} = ?`;
    });
    await tx.query(`UPDATE ${escape(metadata.tableName)} SET ${sets.join(', ')} WHERE id = ?`, [...properties.map((p) => sqlValue(values[p])), id]);
  }
}

/** The properties of `row` whose input field the file gave: field name → property (idNumber → personId and the like are left to the rule). */
export function givenValues<R extends Row>(row: R, given: ReadonlySet<string>, fields: Partial<Record<string, keyof R & string>>): Row {
  const out: Row = {};
  for (const [field, property] of Object.entries(fields)) if (property && given.has(field)) out[property] = row[property];
  return out;
}

/** better-sqlite3 refuses JS booleans; both drivers take 1/0. */
export function sqlValue(value: unknown): unknown {
  return typeof value === 'boolean' ? (value ? 1 : 0) : (value ?? null);
}

/** A unique-key violation on either backend: two filings raced for one natural key. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } };
  const code = e?.driverError?.code ?? e?.code;
  const errno = e?.driverError?.errno ?? e?.errno;
  return code === 'ER_DUP_ENTRY' || errno === 1062 || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Drivers return DATE as 'YYYY-MM-DD' strings (mysql dateStrings) or text (SQLite); numbers may come as strings. */
export function dayOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * One transaction in a source. SQLite gives a DataSource a single connection,
 * so two transactions at once would nest their BEGINs: they queue instead.
 * MySQL runs them side by side on pooled connections.
 */
export function inTransaction<T>(ds: DataSource, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  if (ds.options.type !== 'better-sqlite3') return ds.transaction(work);
  const previous = sqliteQueues.get(ds) ?? Promise.resolve();
  const run = previous.then(() => ds.transaction(work));
  sqliteQueues.set(ds, run.catch(() => undefined));
  return run;
}
