import { EntityManager } from 'typeorm';
import { Sources } from '../../sources/sources';
import { FieldReader } from './field-reader';
import { FilingEnv, FilingSource } from './filing.env';

/**
 * Reads during a filing: the written source through the open transaction (so
 * a batch sees its own earlier rows), the other agency's source through its
 * own DataSource (no transaction spans two sources).
 */
export class FilingDb {
  private readonly memos = new Map<string, unknown>();

  constructor(
    readonly source: FilingSource,
    readonly tx: EntityManager,
    private readonly sources: Pick<Sources, 'culture' | 'hr'>,
  ) {}

  /**
   * State a rule keeps across the batches of one import (one transaction), such
   * as running counts, so a later batch need not re-read what an earlier one saw.
   */
  memo<T>(name: string, create: () => T): T {
    if (!this.memos.has(name)) this.memos.set(name, create());
    return this.memos.get(name) as T;
  }

  query<T = Record<string, unknown>>(source: FilingSource, sql: string, params: unknown[] = []): Promise<T[]> {
    return source === this.source ? this.tx.query(sql, params) : this.sources[source].query(sql, params);
  }

  /** `SELECT … WHERE column IN (keys)`, in chunks that stay far below every driver's parameter limit. */
  async rowsIn<T = Record<string, unknown>>(source: FilingSource, select: string, column: string, keys: Iterable<unknown>, rest = ''): Promise<T[]> {
    const unique = [...new Set(keys)];
    const out: T[] = [];
    for (let i = 0; i < unique.length; i += 1000) {
      const chunk = unique.slice(i, i + 1000);
      out.push(...(await this.query<T>(source, `${select} WHERE ${column} IN (${chunk.map(() => '?').join(', ')})${rest}`, chunk)));
    }
    return out;
  }
}

/**
 * One validator per record type, shared by its mutation and by `import`:
 * `check` needs no database, `lookup` fetches what a whole batch refers to in
 * a few statements, `resolve` checks duplicates, references and states of one
 * record, and `write` inserts (or updates) inside the caller's transaction.
 */
export interface FilingRule<D, L, R> {
  readonly source: FilingSource;
  /**
   * Input fields (nested ones as `recognition.level`), each with the names
   * agencies' own forms give its column, for import headers; the first name
   * heads the column in `import --template`.
   */
  readonly fields: FieldColumns;
  /** Field checks without the database. The draft carries null for every field that failed. */
  check(read: FieldReader, env: FilingEnv): D;
  /** What the drafts of one batch refer to, in a handful of statements whatever the batch size. */
  lookup(drafts: readonly D[], db: FilingDb, env: FilingEnv): Promise<L>;
  /** Duplicate, reference and state checks; the row to write, or null. */
  resolve(draft: D, found: L, read: FieldReader): R | null;
  /** Writes rows in the transaction; returns their row ids when `ids` is asked for. */
  write(tx: EntityManager, rows: readonly R[], ids: boolean): Promise<number[]>;
  /** Natural key of a draft, so a file that names the same record twice is caught before the database is. */
  batchKey?: { field: string; of(draft: D): string | null };
  /**
   * The input field naming a person by full ID number, when there is one: its
   * NOT_FOUND answers whether a guessed number is right, and for a
   * registration its DUPLICATE (or the registration itself) whether a number
   * is on the register at all, so they spend the caller's probe budget (see
   * filing.runner.ts probedAnswers and auth/id-probes.ts).
   */
  personKey?: { field: string; duplicateDisclosesRegistration?: boolean };
  /**
   * `import --upsert`: a record whose natural key is on file is updated
   * instead of refused as a duplicate. With `env.upsert` set, `resolve` checks
   * the draft as a change of that record (a record outside the caller's
   * region stays a duplicate); record types without a natural key have none.
   */
  upsert?: {
    /** Row id of the record on file that the draft names by its natural key, or null: the row is new. */
    existing(draft: D, found: L): number | null;
    /** Overwrites records on file in the caller's transaction: the fields the file gives, nothing else. */
    update(tx: EntityManager, rows: ReadonlyArray<Replacement<R>>): Promise<void>;
  };
}

/** Field → the Chinese column names of agency forms (at least one). */
export type FieldColumns = Readonly<Record<string, readonly [string, ...string[]]>>;

/** A record on file and its new values; `given` holds the input fields the file gave (its columns or keys). */
export interface Replacement<R> {
  id: number;
  row: R;
  given: ReadonlySet<string>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFilingRule = FilingRule<any, any, any>;
