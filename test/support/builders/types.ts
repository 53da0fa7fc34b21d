import type { DataSource } from 'typeorm';
import type { CultureTables } from '../../../src/sources/culture/culture.tables';
import type { HrTables } from '../../../src/sources/hr/hr.tables';

/** Every table a builder writes, by the camelCase name the SQL builder and the record definitions use. */
export type Tables = CultureTables & HrTables;
export type TableName = keyof Tables & string;
export type RowOf<T extends TableName> = Tables[T];

/**
 * A parent row for each key column, named by the column without its suffix:
 * `cohort: { id }` for `cohortId`, `operator: { uscc }` for `operatorUscc`,
 * `item: { itemKey }` for an HR table's `itemKey`.
 */
type KeyShorthands<Row, Suffix extends string, Parent> = {
  [K in keyof Row & string as K extends `${infer P}${Suffix}` ? (P extends '' ? never : P) : never]?: Parent;
};
export type ParentsOf<Row> = KeyShorthands<Row, 'Id', { id: number }> &
  KeyShorthands<Row, 'Uscc', { uscc: string }> &
  KeyShorthands<Row, 'Key', { itemKey: string }>;

/** Inputs a table's recipe reads besides its columns and parents (rows written with it, cross-source sugar). */
export interface Extras {
  heritageItem: {
    /** The item's NEW listing, written with it unless false (an item without one is an edge case of its own). */
    listing?: boolean;
  };
  workshop: {
    /** ICH items the workshop works with (workshop_heritage_item rows). */
    items?: Array<{ id: number }>;
  };
  inheritor: {
    /** The HR person the inheritor is: citizen ID and name come from it. */
    person?: { citizenId: string; name: string };
  };
  trainingCatalogEntry: {
    /** ICH items the programme teaches (training_catalog_item rows, by item key). */
    items?: Array<{ itemKey: string }>;
  };
}

export type ExtrasOf<T extends TableName> = T extends keyof Extras ? Extras[T] : unknown;

/** What a test gives for a row: any columns, parents for key columns, the table's extras; the rest gets valid defaults. */
export type BuildInput<T extends TableName> = Partial<RowOf<T>> & ParentsOf<RowOf<T>> & ExtrasOf<T>;

/** One method per table: `b.workshop({ … })` writes one row (and the rows it needs) and returns it as written, with its id. */
export type TableBuilders = { [T in TableName]: (input?: BuildInput<T>) => Promise<RowOf<T>> };

/**
 * Many rows of one table in multi-row statements, for volume rather than
 * edge cases: every required parent must be given (nothing is built per row),
 * and extras are not read.
 */
export type BulkBuilders = { [T in TableName]: (count: number, input: (i: number) => BuildInput<T>) => Promise<Array<RowOf<T>>> };

export interface Builder extends TableBuilders {
  many: BulkBuilders;
}

/** What a recipe sees while a row is being built. */
export interface RecipeContext<T extends TableName> {
  /** This row's sequence number, unique among every row built on these databases. */
  n: number;
  /** The columns given (parents already turned into key columns). */
  given: Partial<RowOf<T>>;
  /** Everything the test passed, parents and extras included. */
  input: BuildInput<T>;
  b: Builder;
  dataSource: DataSource;
}

/** The particular rules of one table: defaults that depend on other columns, and rows written with it. */
export interface Recipe<T extends TableName> {
  /** Inputs besides columns and parents, written by `after`. */
  extras?: ReadonlyArray<keyof ExtrasOf<T> & string>;
  /** Defaults for columns not given; a given column always wins. */
  defaults?(context: RecipeContext<T>): Partial<RowOf<T>> | Promise<Partial<RowOf<T>>>;
  after?(row: RowOf<T>, context: RecipeContext<T>): Promise<void>;
}

export type Recipes = { [T in TableName]?: Recipe<T> };
