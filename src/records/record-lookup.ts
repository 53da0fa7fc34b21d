import { Compilable, Kysely, sql } from 'kysely';
import { DataSource, EntityManager, EntityMetadata } from 'typeorm';
import type { RequestContext } from '../context';
import { runSql, sqlOf } from '../sources/sql-builder';
import type { AnyRecordDefinition, ParentLink } from './record-definition';
import { cachedHydrator, LinkOf, orderingOf, parentColumn, RecordOf, recordsOf, RowOfDefinition } from './record-reader';
import { rowsByParentStatement } from './record-statements';
import { allOf } from './record-where';

/** Where a lookup reads: a source's DataSource, or the EntityManager of an open transaction (a filing or an import sees its own rows). */
export type ReadsOn = DataSource | EntityManager;

/** Far above the distinct keys of any batch, below every backend's parameter limit. */
const KEYS_PER_STATEMENT = 10_000;

/** Which column (`citizenId`) or link (`listingKey`) of the definition holds the key, and how a key in any accepted spelling becomes the stored one. */
export type KeySpec<D> = ({ column: keyof RowOfDefinition<D> & string } | { link: LinkOf<D> }) & { normalise?: (key: string) => string };

/**
 * The one lookup of a natural key of a record type (a citizen ID, a USCC,
 * a listing key, a cohort code): each record by its key, for every caller.
 * Reads answering a viewer go through the request's loader, with the
 * viewer's row scope, one statement per batch; filings, imports and
 * statistics call `find`, unscoped (they apply their own rules, such as a
 * region-limited filer's NOT_FOUND), in a transaction when given its
 * EntityManager, one statement per ten thousand keys.
 */
export interface NaturalKey<D extends AnyRecordDefinition> {
  readonly definition: D;
  /** The record a key names, null for a key no record has or one out of the viewer's scope. */
  load(ctx: RequestContext, key: string): Promise<RecordOf<D> | null>;
  /** Records by their stored (normalised) key, whatever the caller's scope; keys no record has are absent. */
  find(on: ReadsOn, keys: Iterable<string | null | undefined>): Promise<Map<string, RecordOf<D>>>;
}

function dataSourceOf(on: ReadsOn): DataSource {
  return on instanceof EntityManager ? on.connection : on;
}

const SQL_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * `select * from person where citizen_id in (…)`: the table and column as the
 * entity's metadata names them (never input), the keys as parameters. No
 * alias and no quoting, so the SQL trace shows the lookup as filings have
 * always shown it (the trust tests look for it there).
 */
function byColumnStatement(db: Kysely<unknown>, metadata: EntityMetadata, property: string, keys: readonly string[]): Compilable {
  const column = metadata.findColumnWithPropertyName(property)?.databaseName;
  if (!column || !SQL_NAME.test(column) || !SQL_NAME.test(metadata.tableName)) throw new Error(`${metadata.name} has no plain column for ${property}`);
  const statement = sql`select * from ${sql.raw(metadata.tableName)} where ${sql.raw(column)} in (${sql.join(keys)})`;
  return { compile: () => statement.compile(db) };
}

export function naturalKey<D extends AnyRecordDefinition>(definition: D, spec: KeySpec<D>): NaturalKey<D> {
  const normalise = spec.normalise ?? ((key: string) => key);
  const link = 'link' in spec ? ((definition.links as Record<string, ParentLink<never, never>> | undefined)?.[spec.link] ?? null) : null;
  if ('link' in spec && !link) throw new Error(`${definition.typename} has no link ${spec.link}`);
  return {
    definition,
    async load(ctx, key) {
      const reader = recordsOf(ctx, definition);
      const list = 'link' in spec ? await reader.byLink<string>(spec.link).load(key) : await reader.byColumn(spec.column, { normalise: spec.normalise }).load(key as never);
      return list[0] ?? null;
    },
    async find(on, keys) {
      const wanted = [...new Set([...keys].filter((k): k is string => k != null).map(normalise))];
      const found = new Map<string, RecordOf<D>>();
      const dataSource = dataSourceOf(on);
      const db = sqlOf(definition.source, dataSource) as never as Kysely<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      const hydrator = cachedHydrator(dataSource, definition);
      for (let i = 0; i < wanted.length; i += KEYS_PER_STATEMENT) {
        const chunk = wanted.slice(i, i + KEYS_PER_STATEMENT);
        const statement = link
          ? rowsByParentStatement(db, definition.table, parentColumn(link, db), chunk, allOf([]), orderingOf(definition, 'ID'))
          : byColumnStatement(db, hydrator.metadata, (spec as { column: string }).column, chunk);
        for (const row of await runSql(on, statement)) {
          const entity = hydrator.hydrate(row);
          const key = String(link ? row.__parent : (entity as Record<string, unknown>)[(spec as { column: string }).column]);
          if (!found.has(key)) found.set(key, (definition.hydrate ? definition.hydrate(entity) : entity) as RecordOf<D>);
        }
      }
      return found;
    },
  };
}
