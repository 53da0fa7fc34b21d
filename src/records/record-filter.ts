import type { Viewer } from '../shared/auth/viewer';
import { badInput } from '../shared/errors';
import { requireItemKeys, requireUscc } from '../shared/filters/arguments';
import { RegionDirectory, requireRegionCode } from '../shared/regions';
import { allOf, Condition, RecordWhere } from './record-where';

/** What a filter needs besides its input: the region tree, the viewer, and the argument path for errors. */
export interface FilterEnv {
  regions: RegionDirectory;
  viewer: Viewer;
}

type FieldOf<F, V> = { [K in keyof F & string]-?: NonNullable<F[K]> extends V ? K : never }[keyof F & string];

/**
 * A typed filter input (`WorkshopFilter`, …) read against one record table:
 * each term takes a field of the input and a column of the table, checks the
 * value, and names `filter.<field>` when it refuses one. Terms for a field
 * that is absent give no condition.
 */
export class FilterQuery<F, Row, Tables = unknown> {
  constructor(
    readonly input: F,
    readonly where: RecordWhere<Row, Tables>,
    readonly env: FilterEnv,
    /** The argument the input came in, `filter` for a list's filter. */
    readonly argument: string,
  ) {}

  /** `filter.<field>`, for errors. */
  path(field: keyof F & string): string {
    return `${this.argument}.${field}`;
  }

  private value<K extends keyof F & string>(field: K): NonNullable<F[K]> | null {
    const value = this.input[field];
    return value === null || value === undefined ? null : (value as NonNullable<F[K]>);
  }

  /** The column in the region named by the field and everything under it. */
  regionSubtree(field: FieldOf<F, string>, column: keyof Row & string): Condition | null {
    const code = this.value(field) as string | null;
    if (!code) return null;
    requireRegionCode(this.env.regions, this.path(field), code);
    return this.where.in(column, this.env.regions.subtreeCodes(code));
  }

  /** The column equal to one of the listed values; an empty or absent list filters nothing. */
  oneOf(field: FieldOf<F, readonly unknown[]>, column: keyof Row & string): Condition | null {
    const values = this.value(field) as readonly unknown[] | null;
    return values?.length ? this.where.in(column, values) : null;
  }

  /** Case-insensitive substring of the column. */
  contains(field: FieldOf<F, string>, column: keyof Row & string): Condition | null {
    const text = this.value(field) as string | null;
    return text ? this.where.contains(column, text, this.path(field)) : null;
  }

  /** The column equal to a yes/no field. */
  flag(field: FieldOf<F, boolean>, column: keyof Row & string): Condition | null {
    const value = this.value(field) as boolean | null;
    return value === null ? null : this.where.compare(column, '=', value);
  }

  /** Whether the column is set, for `has…` fields. */
  isSet(field: FieldOf<F, boolean>, column: keyof Row & string): Condition | null {
    const value = this.value(field) as boolean | null;
    return value === null ? null : this.where.isNull(column, !value);
  }

  /** The column equal to a USCC in any spacing or case; a malformed one is refused. */
  uscc(field: FieldOf<F, string>, column: keyof Row & string): Condition | null {
    const value = this.value(field) as string | null;
    return value === null ? null : this.where.compare(column, '=', requireUscc(this.path(field), value));
  }

  /** The column at least a whole number that must not be negative. */
  atLeast(field: FieldOf<F, number>, column: keyof Row & string): Condition | null {
    const value = this.value(field) as number | null;
    if (value === null) return null;
    if (value < 0) throw badInput(this.path(field), `must be 0 or more, got ${value}`);
    return this.where.compare(column, '>=', value);
  }

  /**
   * Two optional bounds of a range (dates as YYYY-MM-DD, years, amounts),
   * checked: a `to` before its `from` is refused naming the `to` field.
   */
  bounds<V extends string | number>(fromField: FieldOf<F, V>, toField: FieldOf<F, V>): { from: V | null; to: V | null } {
    const from = this.value(fromField) as V | null;
    const to = this.value(toField) as V | null;
    if (from !== null && to !== null && to < from) throw badInput(this.path(toField), `must not be before ${fromField} (${from}), got ${to}`);
    return { from, to };
  }

  /** The column between two optional bounds, both included (see `bounds`). */
  range(fromField: FieldOf<F, string | number>, toField: FieldOf<F, string | number>, column: keyof Row & string): Condition | null {
    const { from, to } = this.bounds(fromField, toField);
    return this.rangeCondition(column, from, to);
  }

  /** The column between bounds already checked (a range derived from other fields). */
  rangeCondition(column: keyof Row & string, from: unknown, to: unknown): Condition | null {
    const lower = from === null || from === undefined ? null : this.where.compare(column, '>=', from);
    const upper = to === null || to === undefined ? null : this.where.compare(column, '<=', to);
    return lower && upper ? allOf([lower, upper]) : (lower ?? upper);
  }

  /** ICH item keys in any spelling, canonical; a malformed key is refused naming its index. Null when absent. */
  itemKeys(field: FieldOf<F, readonly string[]>): string[] | null {
    const keys = this.value(field) as readonly string[] | null;
    return keys === null ? null : requireItemKeys(this.path(field), keys);
  }
}
