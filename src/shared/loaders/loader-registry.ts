import DataLoader from 'dataloader';

export interface LoaderSettings {
  /** False only for the DISABLE_BATCHING benchmark baseline: every key is then loaded on its own. */
  batching?: boolean;
  /** Told the size of every batch (the request scope keeps them for the metrics). */
  onBatch?: (loader: string, size: number) => void;
  /** Runs each batch (the request context puts it in a trace span when tracing is on). */
  runBatch?: <T>(loader: string, size: number, batch: () => Promise<T>) => Promise<T>;
}

/**
 * The loaders of one request. A loader is identified by its name and the
 * arguments its batch function closes over (a nested list's filter and page),
 * so `workshops(first: 5)` under fifty items shares one loader and one batch.
 */
export class LoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();
  /** Answers a statement fetched ahead for fields below the one that ran it (records/chain.ts), by relation, arguments and parent. */
  readonly prefetched = new Map<string, unknown>();

  constructor(private readonly settings: LoaderSettings = {}) {}

  /** False in the DISABLE_BATCHING baseline, where chains (records/chain.ts) are off too: every level loads key by key. */
  get batching(): boolean {
    return this.settings.batching ?? true;
  }

  get<K, V>(name: string, args: unknown, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    const id = args === undefined ? name : `${name}:${JSON.stringify(args)}`;
    let loader = this.loaders.get(id) as DataLoader<K, V> | undefined;
    if (!loader) {
      const { batching = true, onBatch, runBatch } = this.settings;
      const observed = (keys: readonly K[]) => {
        onBatch?.(name, keys.length);
        return runBatch ? runBatch(name, keys.length, () => batch(keys)) : batch(keys);
      };
      loader = new DataLoader<K, V>(observed, batching ? { maxBatchSize: 1000 } : { batch: false });
      this.loaders.set(id, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** One value per key, in key order, null for a miss. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): Array<V | null> {
  const map = new Map<string, V>();
  for (const row of rows) map.set(String(keyOf(row)), row);
  return keys.map((k) => map.get(String(k)) ?? null);
}

/** A list per key, in key order, empty for a miss. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<string, V[]>();
  for (const row of rows) {
    const k = String(keyOf(row));
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(String(k)) ?? []);
}
