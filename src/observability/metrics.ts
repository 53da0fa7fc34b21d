import client from 'prom-client';
import { SOURCE_NAMES, SourceName } from '../config';
import type { RequestScope } from './request-scope';

/** Connections of a source's pool; null where there is no pool to tell of (SQLite). */
export interface PoolStats {
  used: number;
  idle: number;
  waiting: number;
}

/** Client-chosen operation names become labels; past this many distinct ones they count as "other". */
const MAX_OPERATION_LABELS = 200;

/**
 * One registry per server (tests run several servers in one process, and
 * the global registry refuses a metric registered twice).
 */
/** What the metrics read of a source's read replicas. */
export interface ReplicaMetrics {
  states: ReadonlyArray<{ address: string; health: string; lagSeconds: number | null }>;
  routed: { replica: number; primary: number };
}

export class Metrics {
  readonly registry = new client.Registry();
  private readonly operationLabels = new Set<string>();

  readonly requests = new client.Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL HTTP requests by operation name and outcome (ok, error, aborted: the client left before the answer)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly duration = new client.Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL HTTP request to the end of its response',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  readonly errors = new client.Counter({
    name: 'graphql_errors_total',
    help: 'Errors sent to clients, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly statements = new client.Histogram({
    name: 'graphql_sql_statements',
    help: 'SQL statements one GraphQL request ran, by operation and source',
    labelNames: ['operation', 'source'] as const,
    buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 1000, 5000],
    registers: [this.registry],
  });

  readonly cost = new client.Histogram({
    name: 'graphql_query_cost',
    help: 'Estimated cost of GraphQL requests (the points charged to the rate limit)',
    buckets: [1, 10, 50, 100, 500, 1000, 2500, 5000, 10_000, 25_000, 50_000],
    registers: [this.registry],
  });

  readonly inFlight = new client.Gauge({
    name: 'graphql_requests_in_flight',
    help: 'GraphQL HTTP requests received and not yet answered',
    registers: [this.registry],
  });

  readonly loaderBatches = new client.Histogram({
    name: 'dataloader_batch_size',
    help: 'Keys per DataLoader batch (each batch is one SQL statement), by loader',
    labelNames: ['loader'] as const,
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
    registers: [this.registry],
  });

  /** `poolStatsOf` reads a source's pool, `replicasOf` its read replicas (sources/replicas.ts), when the metrics are scraped. */
  constructor(poolStatsOf: (source: SourceName) => PoolStats | null, replicasOf?: (source: SourceName) => ReplicaMetrics | null) {
    if (replicasOf) this.replicaMetrics(replicasOf);
    new client.Gauge({
      name: 'db_pool_connections',
      help: 'Connections of each MySQL source pool: in use, idle, and requests waiting for one',
      labelNames: ['source', 'state'] as const,
      registers: [this.registry],
      collect() {
        for (const source of SOURCE_NAMES) {
          const stats = poolStatsOf(source);
          if (!stats) continue;
          this.set({ source, state: 'used' }, stats.used);
          this.set({ source, state: 'idle' }, stats.idle);
          this.set({ source, state: 'waiting' }, stats.waiting);
        }
      },
    });
    client.collectDefaultMetrics({ register: this.registry });
  }

  private replicaMetrics(replicasOf: (source: SourceName) => ReplicaMetrics | null): void {
    const each = (fn: (source: SourceName, replicas: ReplicaMetrics) => void) => {
      for (const source of SOURCE_NAMES) {
        const replicas = replicasOf(source);
        if (replicas && replicas.states.length > 0) fn(source, replicas);
      }
    };
    new client.Gauge({
      name: 'db_replica_healthy',
      help: 'Whether each read replica takes reads: 1 healthy, 0 skipped (down, stopped, lagging or its status unreadable)',
      labelNames: ['source', 'replica'] as const,
      registers: [this.registry],
      collect() {
        each((source, { states }) => states.forEach((s) => this.set({ source, replica: s.address }, s.health === 'healthy' ? 1 : 0)));
      },
    });
    new client.Gauge({
      name: 'db_replica_lag_seconds',
      help: 'Seconds_Behind_Master of each read replica at its last check (absent while unknown)',
      labelNames: ['source', 'replica'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        each((source, { states }) => states.forEach((s) => s.lagSeconds !== null && this.set({ source, replica: s.address }, s.lagSeconds)));
      },
    });
    // Cumulative counts kept by the replica router, exposed as a counter.
    const seen = new Map<string, number>();
    new client.Counter({
      name: 'db_replica_reads_total',
      help: 'Reads of a source that has replicas, by where they ran: a replica, or the primary (no healthy replica, or the request wrote)',
      labelNames: ['source', 'target'] as const,
      registers: [this.registry],
      collect() {
        each((source, { routed }) => {
          for (const target of ['replica', 'primary'] as const) {
            const key = `${source}:${target}`;
            const delta = routed[target] - (seen.get(key) ?? 0);
            if (delta > 0) this.inc({ source, target }, delta);
            else this.inc({ source, target }, 0);
            seen.set(key, routed[target]);
          }
        });
      },
    });
  }

  /** A bounded, label-safe operation name. */
  operationLabel(operations: string[]): string {
    if (operations.length === 0) return 'none';
    if (operations.length > 1) return 'batch';
    const name = operations[0].replace(/[^\w]/g, '_').slice(0, 64) || 'anonymous';
    if (this.operationLabels.has(name)) return name;
    if (this.operationLabels.size >= MAX_OPERATION_LABELS) return 'other';
    this.operationLabels.add(name);
    return name;
  }

  /**
   * Records a finished /graphql request from its scope. A request whose
   * client went away before the answer counts as `aborted` and stays out of
   * the latency and statement histograms (its figures are partial).
   */
  observeRequest(scope: RequestScope, seconds: number, aborted = false): void {
    const operation = this.operationLabel(scope.operations);
    this.requests.inc({ operation, outcome: aborted ? 'aborted' : scope.errorCodes.length ? 'error' : 'ok' });
    for (const code of scope.errorCodes) this.errors.inc({ code });
    if (aborted) return;
    this.duration.observe({ operation }, seconds);
    for (const source of SOURCE_NAMES) this.statements.observe({ operation, source }, scope.sql[source] ?? 0);
    if (scope.cost > 0) this.cost.observe(scope.cost);
    for (const batch of scope.loaderBatches) this.loaderBatches.observe({ loader: batch.loader }, batch.size);
  }

  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
