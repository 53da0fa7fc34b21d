import { Metrics } from '../../src/observability/metrics';
import { describeEachBackend } from '../support/backends';
import { Running, seeded, Seeded, serve } from '../http/harness';

/** The value of one sample of the Prometheus text, by name and labels; undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const got = Object.fromEntries([...(match[3] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(match[4]);
  }
  return undefined;
}

// Inheritors are paged by a loader of their own (their ID-number lookups have a budget), so this query batches rather than chains.
const WORKSHOPS = 'query itemsWithInheritors { heritageItems(first: 3) { edges { node { name inheritors(first: 2) { edges { node { name } } } } } } }';

describeEachBackend('Prometheus metrics at /metrics', (backend) => {
  let db: Seeded;
  let api: Running;
  const metrics = async () => (await fetch(`${api.base}/metrics`)).text();

  beforeAll(async () => {
    db = await seeded(backend);
    api = await serve(db.db.sources);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('counts requests, latency and SQL statements per request by operation and source, matching the SQL actually run', async () => {
    db.resetCounters();
    const response = await api.post({ query: WORKSHOPS });
    expect(response.body.errors).toBeUndefined();
    const culture = db.counters.culture.statements.length;
    expect(culture).toBe(2);
    const text = await metrics();
    const op = { operation: 'itemsWithInheritors' };
    expect(sample(text, 'graphql_requests_total', { ...op, outcome: 'ok' })).toBe(1);
    expect(sample(text, 'graphql_request_duration_seconds_count', op)).toBe(1);
    expect(sample(text, 'graphql_sql_statements_sum', { ...op, source: 'culture' })).toBe(culture);
    expect(sample(text, 'graphql_sql_statements_sum', { ...op, source: 'hr' })).toBe(0);
    expect(sample(text, 'graphql_sql_statements_count', { ...op, source: 'culture' })).toBe(1);
    expect(sample(text, 'graphql_query_cost_sum')).toBeGreaterThan(0);
  });

  it('records DataLoader batch sizes: one batch for all parents', async () => {
    const text = await metrics();
    const loader = { loader: 'inheritorPagesByItemId' };
    expect(sample(text, 'dataloader_batch_size_count', loader)).toBe(1);
    expect(sample(text, 'dataloader_batch_size_sum', loader)).toBe(3);
  });

  it('counts errors by code', async () => {
    await api.post({ query: '{ nope }' });
    await api.post({ query: '{ heritageItems(first: 1000) { totalCount } }' });
    const text = await metrics();
    expect(sample(text, 'graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(sample(text, 'graphql_errors_total', { code: 'BAD_USER_INPUT' })).toBe(1);
    expect(sample(text, 'graphql_requests_total', { operation: 'anonymous', outcome: 'error' })).toBeGreaterThanOrEqual(1);
  });

  it('reports the process and, for MySQL sources, the pools', async () => {
    const text = await metrics();
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    if (backend === 'mysql') {
      expect(sample(text, 'db_pool_connections', { source: 'culture', state: 'idle' })).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'db_pool_connections', { source: 'hr', state: 'waiting' })).toBe(0);
    } else {
      expect(sample(text, 'db_pool_connections', { source: 'culture', state: 'idle' })).toBeUndefined();
    }
  });

  it('loads key by key when batching is switched off (the DISABLE_BATCHING benchmark baseline)', async () => {
    const unbatched = await serve(db.db.sources, { batchLoading: false });
    try {
      db.resetCounters();
      const response = await unbatched.post({ query: WORKSHOPS });
      expect(response.body.errors).toBeUndefined();
      expect(db.counters.culture.statements.length).toBe(1 + 3);
      const text = await (await fetch(`${unbatched.base}/metrics`)).text();
      expect(sample(text, 'dataloader_batch_size_count', { loader: 'inheritorPagesByItemId' })).toBe(3);
      expect(sample(text, 'dataloader_batch_size_sum', { loader: 'inheritorPagesByItemId' })).toBe(3);
    } finally {
      await unbatched.close();
    }
  });
});

describe('metric labels', () => {
  it('bounds the operation names clients choose', () => {
    const metrics = new Metrics({} as never);
    expect(metrics.operationLabel(['dashboard'])).toBe('dashboard');
    expect(metrics.operationLabel(['a b{}"'])).toBe('a_b___');
    expect(metrics.operationLabel([])).toBe('none');
    expect(metrics.operationLabel(['a', 'b'])).toBe('batch');
    for (let i = 0; i < 300; i++) metrics.operationLabel([`op${i}`]);
    expect(metrics.operationLabel(['op5'])).toBe('op5');
    expect(metrics.operationLabel(['op299'])).toBe('other');
  });

  it('is off with METRICS_ENABLED=false', async () => {
    const db = await seeded('sqlite', 0.01);
    const api = await serve(db.db.sources, { metrics: false });
    try {
      expect((await fetch(`${api.base}/metrics`)).status).toBe(404);
    } finally {
      await api.close();
      await db.close();
    }
  });
});
