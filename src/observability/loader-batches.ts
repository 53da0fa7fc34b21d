import { requestScope } from './request-scope';

/** Wraps a DataLoader batch function so the request's scope records each batch's size for the metrics. */
export function observeBatches<K, V>(loader: string, batch: (keys: readonly K[]) => Promise<V[]>): (keys: readonly K[]) => Promise<V[]> {
  return (keys) => {
    requestScope()?.loaderBatches.push({ loader, size: keys.length });
    return batch(keys);
  };
}

/** False only in the DISABLE_BATCHING benchmark baseline: every key is then loaded on its own. */
export function batchLoadingEnabled(): boolean {
  return requestScope()?.batchLoading ?? true;
}
