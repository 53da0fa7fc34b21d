import type { Request } from 'express';
import { authenticate } from './auth/authenticate';
import { IdProbeBudget, UNLIMITED_ID_PROBES } from './auth/id-probes';
import { PiiReads } from './auth/pii-reads';
import { PersonRecordTally } from './auth/person-records';
import type { RevocationCheck } from './auth/revoked-tokens';
import { AuthConfig, DEFAULT_STATISTICS_MIN_CELL, StatisticsSource } from './config';
import { PUBLIC_VIEWER, Viewer } from './shared/auth/viewer';
import { LoaderRegistry } from './shared/loaders/loader-registry';
import { recordLoaderBatch } from './observability/loader-batches';
import { tracingEnabled, withSpan } from './observability/tracing';
import { RegionDirectory, regionDirectory } from './shared/regions';
import { Sources } from './sources/sources';

/** Built once per request: fresh loaders, so nothing cached leaks between requests or viewers. */
export interface RequestContext {
  sources: Sources;
  loaders: LoaderRegistry;
  regions: RegionDirectory;
  viewer: Viewer;
  /** The Idempotency-Key header of a mutation request, if any. */
  idempotencyKey: string | null;
  /** Persons whose ID number or phone this request showed unmasked; written to the audit log when it ends. */
  piiReads: PiiReads;
  /** Person records served, charged to the client's daily quota of person rows when a /graphql response leaves. */
  personRecords: PersonRecordTally;
  /** The caller's daily budget of lookups by ID number that find nothing (see auth/id-probes.ts). */
  idProbes: IdProbeBudget;
  /** STATISTICS_MIN_CELL: the smallest count of persons a viewer without person:read is shown. */
  statisticsMinCell: number;
  /** STATISTICS_SOURCE: statistics from the rollups where they can answer, or always from the facts. */
  statisticsSource: StatisticsSource;
}

/** What the server hands every request's context besides the viewer. */
export interface ContextOptions {
  statisticsMinCell?: number;
  statisticsSource?: StatisticsSource;
  idProbes?: IdProbeBudget;
  /** Revoked token ids, checked from memory on every request. */
  revoked?: RevocationCheck;
  /** DISABLE_BATCHING turns this off: the loaders then load key by key (a benchmark baseline). */
  batchLoading?: boolean;
  /** The request's viewer, authenticated once per request by the server (rate limiting and the context share it). */
  viewerOf?: (req: Pick<Request, 'headers'>) => Promise<Viewer>;
}

/** A DataLoader batch as a trace span (only when tracing is on; see observability/tracing.ts). */
function loaderSpan<T>(loader: string, size: number, batch: () => Promise<T>): Promise<T> {
  return withSpan(`loader ${loader}`, { 'loader.name': loader, 'loader.batch_size': size }, batch);
}

export function createContext(sources: Sources, options: { viewer?: Viewer; idempotencyKey?: string | null } & ContextOptions = {}): RequestContext {
  return {
    sources,
    loaders: new LoaderRegistry({ batching: options.batchLoading ?? true, onBatch: recordLoaderBatch, runBatch: tracingEnabled() ? loaderSpan : undefined }),
    regions: regionDirectory(),
    viewer: options.viewer ?? PUBLIC_VIEWER,
    idempotencyKey: options.idempotencyKey ?? null,
    piiReads: new PiiReads(),
    personRecords: new PersonRecordTally(),
    idProbes: options.idProbes ?? UNLIMITED_ID_PROBES,
    statisticsMinCell: options.statisticsMinCell ?? DEFAULT_STATISTICS_MIN_CELL,
    statisticsSource: options.statisticsSource ?? 'rollup',
  };
}

/**
 * The context of an HTTP request: the viewer from its credentials (none:
 * PUBLIC; bad ones: an UNAUTHENTICATED error, HTTP 401) and its
 * Idempotency-Key. GraphQL and the CSV export both build theirs here.
 */
export async function contextFromRequest(req: Pick<Request, 'headers'>, sources: Sources, auth?: AuthConfig, options: ContextOptions = {}): Promise<RequestContext> {
  const viewer = options.viewerOf ? await options.viewerOf(req) : await authenticate(req.headers, sources.gateway, regionDirectory(), auth, options.revoked);
  const key = req.headers['idempotency-key'];
  return createContext(sources, { ...options, viewer, idempotencyKey: typeof key === 'string' && key.trim() ? key.trim() : null });
}
