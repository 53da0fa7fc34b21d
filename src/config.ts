import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ed25519PublicKeysOf } from './shared/crypto/ed25519-keys';

export const SOURCE_NAMES = ['culture', 'hr', 'gateway'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];

export type DatabaseUrl =
  | { driver: 'sqlite'; file: string; raw: string }
  | { driver: 'mysql'; host: string; port: number; user: string; password: string; database: string; raw: string };

export interface AppConfig extends ServingConfig {
  port: number;
  env: 'development' | 'production' | 'test';
  dataDir: string;
  databases: Record<SourceName, DatabaseUrl>;
  /** Read replicas of the culture and HR databases (CULTURE_/HR_DATABASE_REPLICA_URLS) and how they are watched; see src/sources/replicas.ts. */
  replication: ReplicationConfig;
  /** Whether browsers get the GraphiQL IDE at /graphql (IDE_ENABLED; on unless in production). */
  ide: boolean;
  /** Whether the dispatch dashboard is served at /dashboard (DASHBOARD_ENABLED; on in every mode unless set false). */
  dashboard: boolean;
  /** How JWT bearer tokens are verified; API keys need no configuration. */
  auth: AuthConfig;
  /** The audit trail's signing key and the anchors of its checkpoints. */
  audit: AuditSettings;
  /** The secret persons' linkage keys are computed under (see src/shared/identifiers/person-link-key.ts). */
  personLink: PersonLinkSettings;
  /** ALLOW_EMPTY_DATABASES: serve even when the culture or HR database holds no records (otherwise start-up stops with the seed command to run). */
  allowEmptyDatabases: boolean;
}

/** PERSON_LINK_SECRET, or the secret generated into DATA_DIR on first start. */
export interface PersonLinkSettings {
  /** PERSON_LINK_SECRET, at least 32 bytes, shared by the two bureaus; null: the generated secret file below. */
  secret: Uint8Array | null;
  /** Without PERSON_LINK_SECRET: DATA_DIR/person-link-secret, created (mode 0600) on first start. */
  secretFile: string;
}

/** JWT verification keys: HS256 with a shared secret, RS256 with a public key, either or both. */
export interface AuthConfig {
  /** JWT_SECRET, at least 32 bytes; null when HS256 tokens are not accepted. */
  jwtSecret: Uint8Array | null;
  /** JWT_PUBLIC_KEY (PEM text or a path to a PEM file), RSA of 2048 bits or more; null when RS256 tokens are not accepted. */
  jwtPublicKey: crypto.KeyObject | null;
  /** JWT_ISSUER / JWT_AUDIENCE: when set, tokens must carry exactly this `iss` / an `aud` containing it. */
  jwtIssuer: string | null;
  jwtAudience: string | null;
  /** JWT_MAX_LIFETIME_SECONDS: longest accepted lifetime (exp − iat, or exp − now without iat); default one day. */
  jwtMaxLifetimeSeconds?: number;
  /** JWT_CLOCK_SKEW_SECONDS: how far the issuer's clock may be off ours, for exp, nbf and iat; default 60. */
  jwtClockSkewSeconds?: number;
  /** JWT_REVOCATION_REFRESH_SECONDS: how often each server reloads revoked token ids (the most another copy lags without Redis); default 5. */
  jwtRevocationRefreshSeconds?: number;
}

/** Defaults of the optional token settings, so a partial AuthConfig (tests, tools) means the same as an empty environment. */
export const JWT_DEFAULTS = { maxLifetimeSeconds: 86_400, clockSkewSeconds: 60, revocationRefreshSeconds: 5 } as const;

/** A configuration problem, reported once at start with the variable it concerns. */
export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

/** Read replicas: reads outside a filing go to a healthy replica, everything else to the primary. */
export interface ReplicationConfig {
  /** CULTURE_DATABASE_REPLICA_URLS, HR_DATABASE_REPLICA_URLS: MySQL/MariaDB replicas of each primary (none for the gateway database). */
  replicas: Record<SourceName, DatabaseUrl[]>;
  /** REPLICA_MAX_LAG_SECONDS: a replica further behind its primary than this (Seconds_Behind_Master) is skipped; default 30. */
  maxLagSeconds: number;
  /** REPLICA_CHECK_INTERVAL_MS: how often each replica's state is read (SHOW REPLICA STATUS); default 5000. */
  checkIntervalMs: number;
}

/** The replica list variable of a source. */
export function replicaUrlsVariable(source: SourceName): string {
  return `${URL_VARIABLES[source].replace(/_URL$/, '')}_REPLICA_URLS`;
}

/**
 * `*_DATABASE_REPLICA_URLS`: comma- or space-separated mysql:// URLs. Refused
 * for a SQLite primary (SQLite has no replication) and for the gateway
 * database, whose credentials, revocations, idempotency records and audit
 * trail must be read where they are written (its reads are few and cached).
 */
export function parseReplication(env: NodeJS.ProcessEnv, databases: Record<SourceName, DatabaseUrl>, baseDir = process.cwd()): ReplicationConfig {
  const replicas = {} as Record<SourceName, DatabaseUrl[]>;
  for (const source of SOURCE_NAMES) {
    const variable = replicaUrlsVariable(source);
    const items = (env[variable] ?? '').split(/[\s,]+/).filter(Boolean);
    replicas[source] = [];
    if (items.length === 0) continue;
    if (source === 'gateway') {
      throw new ConfigError(variable, 'the gateway database takes no replicas: API keys, revoked tokens, idempotency records and the audit trail must be read where they are written (its reads are few and cached); unset it');
    }
    if (databases[source].driver !== 'mysql') {
      throw new ConfigError(variable, `replicas need a MySQL/MariaDB primary, but ${URL_VARIABLES[source]} is SQLite (${databases[source].raw}), which has no replication; unset ${variable} or move the source to MySQL/MariaDB`);
    }
    for (const item of items) {
      const url = parseDatabaseUrl(variable, item, baseDir);
      if (url.driver !== 'mysql') throw new ConfigError(variable, `"${item}" is not a mysql:// URL; replicas are MySQL/MariaDB servers`);
      replicas[source].push(url);
    }
  }
  return {
    replicas,
    maxLagSeconds: parseInteger(env, 'REPLICA_MAX_LAG_SECONDS', 30, 0, 86_400),
    checkIntervalMs: parseInteger(env, 'REPLICA_CHECK_INTERVAL_MS', 5_000, 100, 3_600_000),
  };
}

const URL_VARIABLES: Record<SourceName, string> = {
  culture: 'CULTURE_DATABASE_URL',
  hr: 'HR_DATABASE_URL',
  gateway: 'GATEWAY_DATABASE_URL',
};

export function databaseUrlVariable(source: SourceName): string {
  return URL_VARIABLES[source];
}

/**
 * Parses `sqlite:path`, `sqlite::memory:` or `mysql://user:pass@host:port/db`
 * (`mariadb://` is accepted as a synonym). Relative SQLite paths resolve
 * against `baseDir` so the server finds its files wherever it is started from.
 */
export function parseDatabaseUrl(variable: string, raw: string, baseDir = process.cwd()): DatabaseUrl {
  const value = raw.trim();
  if (value.startsWith('sqlite:')) {
    const rest = value.slice('sqlite:'.length).replace(/^\/\//, '');
    if (rest === '') throw new ConfigError(variable, `"${raw}" names no file; use sqlite:path/to/file.sqlite or sqlite::memory:`);
    const file = rest === ':memory:' ? ':memory:' : path.resolve(baseDir, rest);
    return { driver: 'sqlite', file, raw: value };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(variable, `"${raw}" is not a URL; expected mysql://user:password@host:3306/database or sqlite:path`);
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (scheme !== 'mysql' && scheme !== 'mariadb') {
    throw new ConfigError(variable, `unknown driver "${scheme}"; supported drivers are mysql (also mariadb) and sqlite`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database) throw new ConfigError(variable, `"${raw}" names no database; add it as the path, e.g. mysql://root@127.0.0.1:3306/culture`);
  if (!/^[A-Za-z0-9_$]+$/.test(database)) {
    throw new ConfigError(variable, `database name "${database}" may contain only letters, digits, _ and $`);
  }
  const port = url.port ? Number(url.port) : 3306;
  if (!url.hostname) throw new ConfigError(variable, `"${raw}" names no host`);
  return {
    driver: 'mysql',
    host: url.hostname,
    port,
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database,
    raw: value,
  };
}

/** The IDE is on in development and test, off in production unless IDE_ENABLED=true. */
export function ideEnabledByDefault(env: AppConfig['env']): boolean {
  return env !== 'production';
}

/**
 * The dashboard is on in every mode, production included: it is a static
 * page that asks the public API, with the visitor's own key, for published
 * figures anyone may already ask for (small cells suppressed, regions
 * scoped), and needs no introspection. DASHBOARD_ENABLED=false turns it off.
 */
export function dashboardEnabledByDefault(_env: AppConfig['env']): boolean {
  return true;
}

function parseBoolean(variable: string, raw: string | undefined, fallback: boolean): boolean {
  const value = raw?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(variable, `"${raw}" is not a boolean; use true or false`);
}

/** Reads and validates the environment once; throws ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, baseDir = process.cwd()): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError('NODE_ENV', `"${nodeEnv}" is not one of development, production, test`);
  }
  const portText = env.PORT ?? '4000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    throw new ConfigError('PORT', `"${portText}" is not a TCP port (1–65535)`);
  }
  const dataDir = path.resolve(baseDir, env.DATA_DIR ?? 'data');
  const databases = {} as Record<SourceName, DatabaseUrl>;
  for (const source of SOURCE_NAMES) {
    const variable = URL_VARIABLES[source];
    const raw = env[variable];
    databases[source] =
      raw === undefined || raw.trim() === ''
        ? { driver: 'sqlite', file: path.join(dataDir, `${source}.sqlite`), raw: `sqlite:${path.join(dataDir, `${source}.sqlite`)}` }
        : parseDatabaseUrl(variable, raw, baseDir);
    assertSqliteFolder(variable, databases[source], dataDir);
  }
  const replication = parseReplication(env, databases, baseDir);
  const ide = parseBoolean('IDE_ENABLED', env.IDE_ENABLED, ideEnabledByDefault(nodeEnv));
  const dashboard = parseBoolean('DASHBOARD_ENABLED', env.DASHBOARD_ENABLED, dashboardEnabledByDefault(nodeEnv));
  const serving = parseServingConfig(env, nodeEnv, baseDir);
  const audit = parseAuditConfig(env, dataDir, serving.rateLimit.redisUrl, baseDir);
  const allowEmptyDatabases = parseBoolean('ALLOW_EMPTY_DATABASES', env.ALLOW_EMPTY_DATABASES, false);
  const personLink = parsePersonLinkConfig(env, dataDir);
  return { port, env: nodeEnv, dataDir, databases, replication, ide, dashboard, auth: parseAuthConfig(env, baseDir), audit, personLink, allowEmptyDatabases, ...serving };
}

export function parsePersonLinkConfig(env: NodeJS.ProcessEnv, dataDir: string): PersonLinkSettings {
  const raw = env.PERSON_LINK_SECRET?.trim() ? env.PERSON_LINK_SECRET.trim() : null;
  if (raw !== null && Buffer.byteLength(raw, 'utf8') < 32) {
    throw new ConfigError('PERSON_LINK_SECRET', `is ${Buffer.byteLength(raw, 'utf8')} bytes; the linkage key needs a random secret of at least 32 bytes (openssl rand -hex 32), the same at both bureaus`);
  }
  return { secret: raw === null ? null : new TextEncoder().encode(raw), secretFile: path.join(dataDir, 'person-link-secret') };
}

/** How the audit log is signed and where its head is anchored (see src/auth/audit-trail.ts). */
export interface AuditSettings {
  /** AUDIT_SIGNING_KEY (PEM text or a path to a PEM file), an Ed25519 private key; null: the key file below. */
  signingKey: crypto.KeyObject | null;
  /** Without AUDIT_SIGNING_KEY: DATA_DIR/audit-signing-key.pem, created (mode 0600) on first start. */
  keyFile: string;
  /** AUDIT_PUBLIC_KEYS: a PEM file of the public halves of earlier signing keys, which `audit verify` still trusts. */
  previousPublicKeys: crypto.KeyObject[];
  /** AUDIT_CHECKPOINT_FILE; by default DATA_DIR/audit-checkpoint.json, unless REDIS_URL holds the checkpoints instead. */
  checkpointFile: string | null;
  /** With REDIS_URL, checkpoints also go to Redis under AUDIT_CHECKPOINT_REDIS_KEY. */
  checkpointRedis: { url: string; key: string } | null;
  /** AUDIT_CHECKPOINT_INTERVAL_SECONDS: how often the head is anchored, 1–60. */
  checkpointIntervalSeconds: number;
}

/** The PEM text of a variable that holds it (`\n` escapes allowed) or names a PEM file. */
function pemOf(variable: string, value: string, baseDir: string): string {
  const pem = value.replace(/\\n/g, '\n');
  if (pem.startsWith('-----BEGIN')) return pem;
  const file = path.resolve(baseDir, pem);
  if (!fs.existsSync(file)) throw new ConfigError(variable, `is neither PEM text nor a readable file (${file})`);
  return fs.readFileSync(file, 'utf8');
}

export function parseAuditConfig(env: NodeJS.ProcessEnv, dataDir: string, redisUrl: string | null, baseDir = process.cwd()): AuditSettings {
  const text = (name: string) => (env[name]?.trim() ? env[name]!.trim() : null);
  let signingKey: crypto.KeyObject | null = null;
  const keyText = text('AUDIT_SIGNING_KEY');
  if (keyText !== null) {
    try {
      signingKey = crypto.createPrivateKey(pemOf('AUDIT_SIGNING_KEY', keyText, baseDir));
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError('AUDIT_SIGNING_KEY', `is not a PEM private key: ${(error as Error).message}`);
    }
    if (signingKey.asymmetricKeyType !== 'ed25519') {
      throw new ConfigError('AUDIT_SIGNING_KEY', `must be an Ed25519 private key (openssl genpkey -algorithm ed25519), got ${signingKey.asymmetricKeyType}`);
    }
  }
  let previousPublicKeys: crypto.KeyObject[] = [];
  const previousText = text('AUDIT_PUBLIC_KEYS');
  if (previousText !== null) {
    try {
      previousPublicKeys = ed25519PublicKeysOf(pemOf('AUDIT_PUBLIC_KEYS', previousText, baseDir));
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      throw new ConfigError('AUDIT_PUBLIC_KEYS', (error as Error).message);
    }
  }
  const fileText = text('AUDIT_CHECKPOINT_FILE');
  const checkpointFile = fileText !== null ? path.resolve(baseDir, fileText) : redisUrl === null ? path.join(dataDir, 'audit-checkpoint.json') : null;
  const redisKey = text('AUDIT_CHECKPOINT_REDIS_KEY') ?? 'shh:audit:checkpoint';
  return {
    signingKey,
    keyFile: path.join(dataDir, 'audit-signing-key.pem'),
    previousPublicKeys,
    checkpointFile,
    checkpointRedis: redisUrl === null ? null : { url: redisUrl, key: redisKey },
    checkpointIntervalSeconds: parseInteger(env, 'AUDIT_CHECKPOINT_INTERVAL_SECONDS', 60, 1, 60),
  };
}

/**
 * Only DATA_DIR is created for the caller. A SQLite file named outside it in
 * a folder that does not exist is a typo, and creating the folder would serve
 * a new, empty database without a word.
 */
function assertSqliteFolder(variable: string, url: DatabaseUrl, dataDir: string): void {
  if (url.driver !== 'sqlite' || url.file === ':memory:') return;
  const folder = path.dirname(url.file);
  if (folder === dataDir || fs.existsSync(folder)) return;
  throw new ConfigError(variable, `the folder ${folder} of ${url.raw} does not exist; create it or correct the path (only DATA_DIR, ${dataDir}, is created by itself)`);
}

/** JWT_SECRET, JWT_PUBLIC_KEY, JWT_ISSUER, JWT_AUDIENCE; all optional, each validated. */
export function parseAuthConfig(env: NodeJS.ProcessEnv, baseDir = process.cwd()): AuthConfig {
  const text = (name: string) => (env[name]?.trim() ? env[name]!.trim() : null);
  const secret = text('JWT_SECRET');
  if (secret !== null && Buffer.byteLength(secret, 'utf8') < 32) {
    throw new ConfigError('JWT_SECRET', `is ${Buffer.byteLength(secret, 'utf8')} bytes; HS256 needs a random secret of at least 32 bytes`);
  }
  let jwtPublicKey: crypto.KeyObject | null = null;
  const keyText = text('JWT_PUBLIC_KEY');
  if (keyText !== null) {
    let pem = keyText.replace(/\\n/g, '\n');
    if (!pem.startsWith('-----BEGIN')) {
      const file = path.resolve(baseDir, pem);
      if (!fs.existsSync(file)) throw new ConfigError('JWT_PUBLIC_KEY', `is neither a PEM public key nor a readable file (${file})`);
      pem = fs.readFileSync(file, 'utf8');
    }
    try {
      jwtPublicKey = crypto.createPublicKey(pem);
    } catch (error) {
      throw new ConfigError('JWT_PUBLIC_KEY', `is not a PEM public key: ${(error as Error).message}`);
    }
    const bits = jwtPublicKey.asymmetricKeyDetails?.modulusLength ?? 0;
    if (jwtPublicKey.asymmetricKeyType !== 'rsa' || bits < 2048) {
      throw new ConfigError('JWT_PUBLIC_KEY', `must be an RSA key of at least 2048 bits for RS256, got ${jwtPublicKey.asymmetricKeyType} ${bits || ''}`.trim());
    }
  }
  return {
    jwtSecret: secret === null ? null : new TextEncoder().encode(secret),
    jwtPublicKey,
    jwtIssuer: text('JWT_ISSUER'),
    jwtAudience: text('JWT_AUDIENCE'),
    jwtMaxLifetimeSeconds: parseInteger(env, 'JWT_MAX_LIFETIME_SECONDS', JWT_DEFAULTS.maxLifetimeSeconds, 60, 366 * 86_400),
    jwtClockSkewSeconds: parseInteger(env, 'JWT_CLOCK_SKEW_SECONDS', JWT_DEFAULTS.clockSkewSeconds, 0, 600),
    jwtRevocationRefreshSeconds: parseInteger(env, 'JWT_REVOCATION_REFRESH_SECONDS', JWT_DEFAULTS.revocationRefreshSeconds, 1, 3600),
  };
}

/** Limits on one GraphQL request, each refused with its own error code before anything runs. */
export interface QueryLimits {
  /** MAX_QUERY_DEPTH: nesting of fields, every field counting (edges and node included). */
  maxDepth: number;
  /** MAX_QUERY_COST: the estimated cost (see src/http/limits/query-cost.ts). */
  maxCost: number;
  /** MAX_QUERY_ALIASES: aliased fields in the document, fragments expanded. */
  maxAliases: number;
  /** MAX_ROOT_FIELDS: top-level fields of one operation. */
  maxRootFields: number;
  /** MAX_DOCUMENT_BYTES: length of the query text in UTF-8 bytes. */
  maxDocumentBytes: number;
  /** MAX_DOCUMENT_TOKENS: GraphQL tokens the parser reads before giving up. */
  maxDocumentTokens: number;
  /** MAX_BATCH_OPERATIONS: operations in one batched (JSON array) request. */
  maxBatchOperations: number;
  /** MAX_BODY_BYTES: request body size. */
  maxBodyBytes: number;
}

/** Connection pools and statement limits of the MySQL sources (SQLite needs none). */
export interface PoolSettings {
  /** DB_POOL_SIZE: connections per source. */
  size: number;
  /** DB_POOL_QUEUE_LIMIT: requests waiting for a connection before new ones are refused at once. */
  queueLimit: number;
  /** DB_STATEMENT_TIMEOUT_MS: server-side limit of one statement (MariaDB max_statement_time, MySQL max_execution_time); 0 turns it off. */
  statementTimeoutMs: number;
  /** DB_SLOW_STATEMENT_MS: a statement that takes this long or longer is logged (its shape and source, no values); 0 turns it off. */
  slowStatementMs: number;
  /** DB_CONNECT_TIMEOUT_MS: opening a connection. */
  connectTimeoutMs: number;
  /** DB_ACQUIRE_TIMEOUT_MS: waiting for a free pooled connection. */
  acquireTimeoutMs: number;
  /** DB_RETRY_AFTER_MS: after a source refuses connections, fail fast for this long before trying again. */
  retryAfterMs: number;
}

/** Production hardening: limits, rate limits, timeouts, observability. */
export interface ServingConfig {
  /** INTROSPECTION_ENABLED: on unless in production. */
  introspection: boolean;
  limits: QueryLimits;
  rateLimit: {
    /** RATE_LIMIT_POINTS: cost points per client (per IP when anonymous) per window; 0 turns rate limiting off. */
    points: number;
    /** RATE_LIMIT_WINDOW_SECONDS. */
    windowSeconds: number;
    /** REDIS_URL: share the budget between server copies; null keeps it in memory. */
    redisUrl: string | null;
  };
  /**
   * ID_LOOKUP_MISSES_PER_DAY: lookups by ID number that find nothing, and
   * registrations (duplicates included) by a key without pii:read, per client
   * per 24 h, before lookups and registrations by ID number are refused. A key
   * without pii:read therefore registers at most this many persons a day
   * through the API; bulk registration is the import CLI's job, or a pii:read
   * key's. 0 = no limit.
   */
  idLookupMissesPerDay: number;
  /**
   * PERSON_ROWS_PER_DAY (or EXPORT_PERSON_ROWS_PER_DAY, its first name):
   * person records one client may take per calendar day in China Standard
   * Time through /graphql and /export/csv together (shared in Redis with
   * REDIS_URL); 0 turns the quota off.
   */
  exportPersonRowsPerDay: number;
  /** REQUEST_TIMEOUT_MS: deadline of one HTTP request to /graphql. */
  requestTimeoutMs: number;
  pool: PoolSettings;
  /** TRUSTED_DOCUMENTS: path of the JSON manifest (sha256 → document); when set, only those operations run. */
  trustedDocuments: string | null;
  /** LOG_LEVEL: pino level; silent by default in tests. */
  logLevel: LogLevelName;
  /** METRICS_ENABLED: Prometheus metrics at /metrics. */
  metrics: boolean;
  /** READY_TIMEOUT_MS: how long /readyz waits for each source's SELECT 1. */
  readyTimeoutMs: number;
  /** SHUTDOWN_GRACE_MS: on SIGTERM, how long requests in flight may take before connections are cut. */
  shutdownGraceMs: number;
  /** TRUST_PROXY: express "trust proxy" (false, true, a hop count or a list of addresses), so rate limits see the client's IP. */
  trustProxy: boolean | number | string;
  /** DISABLE_BATCHING=1 turns DataLoader batching off (one statement per row): a benchmark baseline only. */
  batchLoading: boolean;
  /** CREDENTIAL_CACHE_SECONDS: how long a verified API key is kept in memory (0: looked up on every request). */
  credentialCacheSeconds: number;
  /** STATISTICS_MIN_CELL: counts of fewer persons are suppressed for viewers without person:read; 1 turns suppression off. */
  statisticsMinCell: number;
  /** STATISTICS_SOURCE: `rollup` reads statistics from the summary tables where they can answer; `raw` always groups the facts (the reference). */
  statisticsSource: StatisticsSource;
  /** CORS_ORIGINS: browser origins (scheme://host[:port]) allowed to call /graphql and /export from their pages; none by default. */
  corsOrigins: string[];
  /**
   * DEBUG_SQL: who may ask (X-Debug-SQL: 1) for the SQL statements of a
   * request in its `extensions.sql`: anyone (`on`, the default outside
   * production), ADMIN viewers only (`admin`), or nobody (`off`, the
   * default in production).
   */
  debugSql: DebugSqlMode;
  /** EXPOSE_STACK_TRACES=true puts stack traces (with file paths) into error responses; off in every mode unless set. */
  exposeStackTraces: boolean;
}

export const DEBUG_SQL_MODES = ['off', 'admin', 'on'] as const;
export type DebugSqlMode = (typeof DEBUG_SQL_MODES)[number];

function parseDebugSql(raw: string | undefined, nodeEnv: AppConfig['env']): DebugSqlMode {
  const value = raw?.trim().toLowerCase();
  if (value === undefined || value === '') return nodeEnv === 'production' ? 'off' : 'on';
  if (!(DEBUG_SQL_MODES as readonly string[]).includes(value)) throw new ConfigError('DEBUG_SQL', `"${raw}" is not one of ${DEBUG_SQL_MODES.join(', ')}`);
  return value as DebugSqlMode;
}

export const STATISTICS_SOURCES = ['rollup', 'raw'] as const;
export type StatisticsSource = (typeof STATISTICS_SOURCES)[number];

function parseStatisticsSource(raw: string | undefined): StatisticsSource {
  const value = raw?.trim().toLowerCase() || 'rollup';
  if (!(STATISTICS_SOURCES as readonly string[]).includes(value)) throw new ConfigError('STATISTICS_SOURCE', `"${raw}" is not one of ${STATISTICS_SOURCES.join(', ')}`);
  return value as StatisticsSource;
}

/** The default smallest count of persons published to a viewer without person:read. */
export const DEFAULT_STATISTICS_MIN_CELL = 5;

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

function parseInteger(env: NodeJS.ProcessEnv, variable: string, fallback: number, min: number, max: number): number {
  const raw = env[variable]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(variable, `"${env[variable]}" is not a whole number from ${min} to ${max}`);
  }
  return value;
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  const value = raw?.trim();
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  if (!/^[\w.:/,\s-]+$/.test(value)) throw new ConfigError('TRUST_PROXY', `"${raw}" is not true, false, a hop count or a list of addresses/subnets`);
  return value;
}

/**
 * The daily quota of person rows: PERSON_ROWS_PER_DAY, or by its first name
 * EXPORT_PERSON_ROWS_PER_DAY (from when it bounded exports only); both may be
 * set only to the same value.
 */
function personRowsPerDay(env: NodeJS.ProcessEnv, int: (variable: string, fallback: number, min?: number) => number): number {
  const legacy = int('EXPORT_PERSON_ROWS_PER_DAY', 50_000, 0);
  if (env.PERSON_ROWS_PER_DAY?.trim() === undefined || env.PERSON_ROWS_PER_DAY.trim() === '') return legacy;
  const value = int('PERSON_ROWS_PER_DAY', 50_000, 0);
  const legacyGiven = (env.EXPORT_PERSON_ROWS_PER_DAY?.trim() ?? '') !== '';
  if (legacyGiven && legacy !== value) {
    throw new ConfigError('PERSON_ROWS_PER_DAY', `is ${value} but EXPORT_PERSON_ROWS_PER_DAY, its older name, is ${legacy}; set one of them`);
  }
  return value;
}

/** The hardening variables, each validated; every one has a safe default. */
export function parseServingConfig(env: NodeJS.ProcessEnv, nodeEnv: AppConfig['env'], baseDir = process.cwd()): ServingConfig {
  const int = (variable: string, fallback: number, min = 1, max = 2 ** 31 - 1) => parseInteger(env, variable, fallback, min, max);
  const redisUrl = env.REDIS_URL?.trim() || null;
  if (redisUrl !== null && !/^rediss?:\/\/[^\s]+$/.test(redisUrl)) throw new ConfigError('REDIS_URL', `"${redisUrl}" is not a redis:// or rediss:// URL`);
  const trustedText = env.TRUSTED_DOCUMENTS?.trim() || null;
  const trustedDocuments = trustedText === null ? null : path.resolve(baseDir, trustedText);
  if (trustedDocuments !== null && !fs.existsSync(trustedDocuments)) {
    throw new ConfigError('TRUSTED_DOCUMENTS', `${trustedDocuments} does not exist; it must be a JSON manifest of sha256 hash → document`);
  }
  const logLevel = (env.LOG_LEVEL?.trim().toLowerCase() || (nodeEnv === 'test' ? 'silent' : 'info')) as LogLevelName;
  const maxCost = int('MAX_QUERY_COST', 50_000);
  const ratePoints = int('RATE_LIMIT_POINTS', 500_000, 0);
  if (ratePoints > 0 && ratePoints < maxCost) {
    throw new ConfigError('RATE_LIMIT_POINTS', `${ratePoints} is below MAX_QUERY_COST (${maxCost}): a query within the cost limit could never run; raise it or use 0 to turn rate limiting off`);
  }
  const exposeStackTraces = parseBoolean('EXPOSE_STACK_TRACES', env.EXPOSE_STACK_TRACES, false);
  if (exposeStackTraces && nodeEnv === 'production') {
    throw new ConfigError('EXPOSE_STACK_TRACES', 'stack traces name the server\'s files and are never sent in production; unset it, or run with NODE_ENV=development');
  }
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('LOG_LEVEL', `"${env.LOG_LEVEL}" is not one of ${LOG_LEVELS.join(', ')}`);
  return {
    introspection: parseBoolean('INTROSPECTION_ENABLED', env.INTROSPECTION_ENABLED, nodeEnv !== 'production'),
    limits: {
      maxDepth: int('MAX_QUERY_DEPTH', 20, 2, 1000),
      maxCost,
      maxAliases: int('MAX_QUERY_ALIASES', 30, 0, 100_000),
      maxRootFields: int('MAX_ROOT_FIELDS', 10, 1, 10_000),
      maxDocumentBytes: int('MAX_DOCUMENT_BYTES', 32 * 1024, 64),
      maxDocumentTokens: int('MAX_DOCUMENT_TOKENS', 2_000, 16),
      maxBatchOperations: int('MAX_BATCH_OPERATIONS', 10, 1, 1000),
      maxBodyBytes: int('MAX_BODY_BYTES', 1024 * 1024, 1024),
    },
    rateLimit: {
      points: ratePoints,
      windowSeconds: int('RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400),
      redisUrl,
    },
    idLookupMissesPerDay: int('ID_LOOKUP_MISSES_PER_DAY', 200, 0, 1_000_000),
    exportPersonRowsPerDay: personRowsPerDay(env, int),
    requestTimeoutMs: int('REQUEST_TIMEOUT_MS', 15_000, 100),
    pool: {
      size: int('DB_POOL_SIZE', 10, 1, 1000),
      queueLimit: int('DB_POOL_QUEUE_LIMIT', 200, 1, 100_000),
      statementTimeoutMs: int('DB_STATEMENT_TIMEOUT_MS', 10_000, 0),
      slowStatementMs: int('DB_SLOW_STATEMENT_MS', 500, 0),
      connectTimeoutMs: int('DB_CONNECT_TIMEOUT_MS', 3_000, 100),
      acquireTimeoutMs: int('DB_ACQUIRE_TIMEOUT_MS', 5_000, 100),
      retryAfterMs: int('DB_RETRY_AFTER_MS', 1_000, 0),
    },
    trustedDocuments,
    logLevel,
    metrics: parseBoolean('METRICS_ENABLED', env.METRICS_ENABLED, true),
    readyTimeoutMs: int('READY_TIMEOUT_MS', 2_000, 50),
    shutdownGraceMs: int('SHUTDOWN_GRACE_MS', 10_000, 0),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    batchLoading: !parseBoolean('DISABLE_BATCHING', env.DISABLE_BATCHING, false),
    credentialCacheSeconds: int('CREDENTIAL_CACHE_SECONDS', 60, 0, 3600),
    statisticsMinCell: int('STATISTICS_MIN_CELL', DEFAULT_STATISTICS_MIN_CELL, 1, 1000),
    statisticsSource: parseStatisticsSource(env.STATISTICS_SOURCE),
    corsOrigins: parseCorsOrigins(env.CORS_ORIGINS),
    debugSql: parseDebugSql(env.DEBUG_SQL, nodeEnv),
    exposeStackTraces,
  };
}

/**
 * Exact origins only, as browsers send them in `Origin`: no wildcard (a key
 * pasted into any page's script could then be used from anywhere) and no path.
 */
export function parseCorsOrigins(raw: string | undefined): string[] {
  const items = (raw ?? '').split(/[\s,]+/).filter(Boolean);
  return [
    ...new Set(
      items.map((item) => {
        if (item === '*') throw new ConfigError('CORS_ORIGINS', 'a wildcard is not accepted; list the origins of the dashboards, e.g. https://dash.example.gov.cn,http://localhost:5173');
        let url: URL | null = null;
        try {
          url = new URL(item);
        } catch {
          // Reported below.
        }
        const bare = url !== null && url.pathname === '/' && !url.search && !url.hash && !url.username;
        const origin = url && bare && /^https?:$/.test(url.protocol) ? url.origin : null;
        if (!origin) {
          throw new ConfigError('CORS_ORIGINS', `"${item}" is not an origin; write scheme://host[:port] with nothing after it, e.g. https://dash.example.gov.cn`);
        }
        return origin;
      }),
    ),
  ];
}
