import { ConfigError, loadConfig, parseServingConfig } from '../../src/config';

describe('hardening configuration', () => {
  it('has safe defaults, stricter in production', () => {
    const production = parseServingConfig({}, 'production');
    expect(production).toMatchObject({
      introspection: false,
      limits: { maxDepth: 20, maxCost: 50_000, maxAliases: 30, maxRootFields: 10, maxDocumentBytes: 32_768, maxDocumentTokens: 2000, maxBatchOperations: 10, maxBodyBytes: 1_048_576 },
      rateLimit: { points: 500_000, windowSeconds: 60, redisUrl: null },
      exportPersonRowsPerDay: 50_000,
      requestTimeoutMs: 15_000,
      pool: { size: 10, queueLimit: 200, statementTimeoutMs: 10_000, connectTimeoutMs: 3000, acquireTimeoutMs: 5000, retryAfterMs: 1000 },
      trustedDocuments: null,
      logLevel: 'info',
      metrics: true,
      trustProxy: false,
      batchLoading: true,
    });
    expect(parseServingConfig({}, 'development').introspection).toBe(true);
    expect(parseServingConfig({}, 'test').logLevel).toBe('silent');
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        REQUEST_TIMEOUT_MS: '2500',
        DB_POOL_SIZE: '4',
        DB_POOL_QUEUE_LIMIT: '50',
        DB_STATEMENT_TIMEOUT_MS: '0',
        DB_CONNECT_TIMEOUT_MS: '500',
        DB_ACQUIRE_TIMEOUT_MS: '700',
        DB_RETRY_AFTER_MS: '0',
        LOG_LEVEL: 'WARN',
        METRICS_ENABLED: 'false',
        READY_TIMEOUT_MS: '900',
        SHUTDOWN_GRACE_MS: '0',
        TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
        DISABLE_BATCHING: '1',
        INTROSPECTION_ENABLED: 'false',
        EXPORT_PERSON_ROWS_PER_DAY: '2000',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      requestTimeoutMs: 2500,
      pool: { size: 4, queueLimit: 50, statementTimeoutMs: 0, connectTimeoutMs: 500, acquireTimeoutMs: 700, retryAfterMs: 0 },
      logLevel: 'warn',
      metrics: false,
      readyTimeoutMs: 900,
      shutdownGraceMs: 0,
      trustProxy: '10.0.0.0/8, 127.0.0.1',
      batchLoading: false,
      introspection: false,
      exportPersonRowsPerDay: 2000,
    });
    expect(loadConfig({ EXPORT_PERSON_ROWS_PER_DAY: '0' }, '/srv').exportPersonRowsPerDay).toBe(0);
    // The quota covers /graphql too; PERSON_ROWS_PER_DAY says so, and the old name keeps working.
    expect(loadConfig({ PERSON_ROWS_PER_DAY: '700' }, '/srv').exportPersonRowsPerDay).toBe(700);
    expect(loadConfig({ PERSON_ROWS_PER_DAY: '700', EXPORT_PERSON_ROWS_PER_DAY: '700' }, '/srv').exportPersonRowsPerDay).toBe(700);
    expect(loadConfig({ TRUST_PROXY: 'true' }, '/srv').trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }, '/srv').trustProxy).toBe(2);
  });

  it.each([
    [{ REQUEST_TIMEOUT_MS: '10' }, 'REQUEST_TIMEOUT_MS'],
    [{ DB_POOL_SIZE: '0' }, 'DB_POOL_SIZE'],
    [{ DB_STATEMENT_TIMEOUT_MS: '-1' }, 'DB_STATEMENT_TIMEOUT_MS'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ METRICS_ENABLED: 'maybe' }, 'METRICS_ENABLED'],
    [{ TRUST_PROXY: 'every$one' }, 'TRUST_PROXY'],
    [{ MAX_BATCH_OPERATIONS: '1.5' }, 'MAX_BATCH_OPERATIONS'],
    [{ REDIS_URL: 'http://cache' }, 'REDIS_URL'],
    [{ EXPORT_PERSON_ROWS_PER_DAY: '-5' }, 'EXPORT_PERSON_ROWS_PER_DAY'],
    [{ EXPORT_PERSON_ROWS_PER_DAY: 'lots' }, 'EXPORT_PERSON_ROWS_PER_DAY'],
    [{ PERSON_ROWS_PER_DAY: 'x' }, 'PERSON_ROWS_PER_DAY'],
    [{ PERSON_ROWS_PER_DAY: '10', EXPORT_PERSON_ROWS_PER_DAY: '20' }, 'PERSON_ROWS_PER_DAY'],
  ])('rejects %j naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env as NodeJS.ProcessEnv, '/srv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
  });
});
