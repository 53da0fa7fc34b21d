import { DataSource } from 'typeorm';
import { badInput } from '../../shared/errors';
import { SqlFilter } from '../../shared/sql/filter';
import { addRow, Tally } from './tally';
import { wholeNumber } from './sql/money';

/** More groups than a dashboard can show is a question to narrow, not a result to ship. */
export const MAX_GROUPS = 10_000;

/**
 * How one requested dimension turns the SQL group's values into keys. Keys
 * are plain values (region codes, enum names, 'YYYY-MM'), so identical keys
 * from different SQL groups fold into one (two counties of one city under CITY).
 */
export interface DimensionPlan<K> {
  /** SQL expressions grouped on; an expression two dimensions share is grouped once. */
  columns: string[];
  /** Called once with the distinct value tuples of `columns`, before keys are read: the place for one batched look-up. */
  prepare?(values: unknown[][]): Promise<void>;
  /** The key values of one SQL group; several when the dimension is multi-valued (a programme on items of two categories). */
  keys(values: unknown[]): Array<Partial<K>>;
  /** Sort value of a folded group, nulls last. */
  order(keys: K): string | number | null;
  /** Called before the statement is written: the place for a look-up whose answer the statement joins (see join). */
  before?(): Promise<void>;
  /**
   * A table joined to the facts whose columns `columns` name (a mapping
   * passed as parameters). When it gives a fact several rows (a programme on
   * items of two categories), `weight` is an SQL expression that is 1 on
   * exactly one of them and 0 on the others, so the total counts each fact once.
   */
  join?(): { sql: string; params: unknown[]; weight?: string };
}

export interface Measure {
  name: string;
  /** An aggregate giving a whole number: a count, or a sum of whole fen. */
  sql: string;
}

export interface GroupedQuery<K> {
  dataSource: DataSource;
  /** FROM clause; may hold parameters, given in fromParams. */
  from: string;
  fromParams?: unknown[];
  where: SqlFilter;
  measures: Measure[];
  dimensions: Array<DimensionPlan<K>>;
  emptyKeys(): K;
  /**
   * Over a rollup: groups whose first measure sums to 0 are left out, as the
   * facts would give no such group (a filter that keeps none of a rollup
   * row's facts still matches the row).
   */
  nonEmpty?: boolean;
  /**
   * For SQL groups that do not partition the facts (a workshop joined to its
   * items appears once per item): the total, counted on its own. Otherwise the
   * total is the sum of the SQL groups.
   */
  total?(): Promise<Tally>;
}

export interface Grouped<K> {
  groups: Array<{ keys: K; tally: Tally }>;
  total: Tally;
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

/**
 * One GROUP BY statement in the source that owns the facts, then an in-memory
 * fold of its (few) groups onto the requested keys.
 */
/** A whole-number aggregate counted with a weight per joined row: COUNT(*) → SUM(w), SUM(e) → SUM((e) * w). */
function weighted(aggregate: string, weight: string): string {
  if (/^COUNT\(\*\)$/i.test(aggregate.trim())) return `SUM(${weight})`;
  const sum = /^SUM\(([\s\S]*)\)$/i.exec(aggregate.trim());
  if (sum) return `SUM((${sum[1]}) * ${weight})`;
  if (/^\d+$/.test(aggregate.trim())) return aggregate;
  throw new Error(`cannot weight the aggregate ${aggregate}`);
}

export async function groupedTallies<K>(q: GroupedQuery<K>): Promise<Grouped<K>> {
  await Promise.all(q.dimensions.map((d) => d.before?.()));
  const joins = q.dimensions.flatMap((d) => (d.join ? [d.join()] : []));
  const weight = joins.find((j) => j.weight)?.weight;
  const expressions: string[] = [];
  const positions = q.dimensions.map((d) =>
    d.columns.map((column) => {
      const at = expressions.indexOf(column);
      if (at >= 0) return at;
      expressions.push(column);
      return expressions.length - 1;
    }),
  );
  const totals = weight ? q.measures.map((m) => ({ name: `${m.name}_total`, sql: weighted(m.sql, weight) })) : [];
  const select = [...expressions.map((e, i) => `${e} AS g${i}`), ...[...q.measures, ...totals].map((m) => `${m.sql} AS ${m.name}`)].join(', ');
  const having = q.nonEmpty && expressions.length > 0 ? ` HAVING ${q.measures[0].sql} <> 0` : '';
  const groupBy = expressions.length > 0 ? ` GROUP BY ${expressions.join(', ')}${having}` : '';
  // A separate total runs alongside the grouping statement (in parallel on a MySQL pool).
  const separateTotal = q.total?.();
  separateTotal?.catch(() => undefined);
  const rows: Array<Record<string, unknown>> = await q.dataSource.query(`SELECT ${select} FROM ${q.from}${joins.map((j) => ` ${j.sql}`).join('')} WHERE ${q.where.sql}${groupBy}`, [
    ...(q.fromParams ?? []),
    ...joins.flatMap((j) => j.params),
    ...q.where.params,
  ]);
  const valuesOf = (row: Record<string, unknown>, d: number) => positions[d].map((i) => row[`g${i}`]);

  await Promise.all(
    q.dimensions.map((d, i) => {
      if (!d.prepare) return undefined;
      const distinct = new Map<string, unknown[]>();
      for (const row of rows) {
        const values = valuesOf(row, i);
        distinct.set(JSON.stringify(values), values);
      }
      return d.prepare([...distinct.values()]);
    }),
  );

  const names = q.measures.map((m) => m.name);
  const folded = new Map<string, { keys: K; tally: Tally }>();
  const summed: Tally = {};
  for (const row of rows) {
    if (weight) {
      for (const name of names) summed[name] = (summed[name] ?? 0n) + wholeNumber(row[`${name}_total`]);
    } else addRow(summed, row, names);
    let variants: Array<Partial<K>> = [{}];
    q.dimensions.forEach((d, i) => {
      const options = d.keys(valuesOf(row, i));
      variants = variants.flatMap((v) => options.map((o) => ({ ...v, ...o })));
    });
    for (const variant of variants) {
      const id = JSON.stringify(variant);
      let group = folded.get(id);
      if (!group) {
        if (folded.size >= MAX_GROUPS) {
          throw badInput('groupBy', `gives more than ${MAX_GROUPS} groups; group by fewer dimensions or narrow the filter`);
        }
        group = { keys: { ...q.emptyKeys(), ...variant }, tally: {} };
        folded.set(id, group);
      }
      addRow(group.tally, row, names);
    }
  }
  for (const name of names) summed[name] ??= 0n;
  const groups = [...folded.values()].sort((a, b) => {
    for (const d of q.dimensions) {
      const c = compare(d.order(a.keys), d.order(b.keys));
      if (c !== 0) return c;
    }
    return 0;
  });
  return { groups, total: separateTotal ? await separateTotal : summed };
}
