import crypto from 'node:crypto';
import { loadConfig, parseServingConfig } from '../../src/config';
import { rateLimitKey } from '../../src/http/rate-limit';
import { PUBLIC_VIEWER } from '../../src/shared/auth/viewer';
import { apiKey, Running, seeded, Seeded, serve } from './harness';
import { describeWithRedis, REDIS_URL } from './redis-probe';

/** Costs 1 + 9 = 10 points. */
const TEN_POINTS = '{ heritageItems(first: 9) { edges { node { name } } } }';

const limits = (points: number, redisUrl: string | null = null) => ({ rateLimit: { points, windowSeconds: 60, redisUrl } });

function expectRateLimited(response: { status: number; headers: Headers; body: any }) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(response.body.data).toBeUndefined();
  expect(response.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
  expect(response.body.errors[0].message).toMatch(/Retry after \d+ s/);
}

describe('rate limit keys', () => {
  it('uses the API client when the viewer names one, else the IP', () => {
    expect(rateLimitKey({ ...PUBLIC_VIEWER, clientId: 7 }, '10.0.0.1')).toBe('client:7');
    expect(rateLimitKey(PUBLIC_VIEWER, '10.0.0.1')).toBe('ip:10.0.0.1');
    expect(rateLimitKey(undefined, '10.0.0.1')).toBe('ip:10.0.0.1');
  });

  it('reads its settings from the environment', () => {
    expect(loadConfig({ RATE_LIMIT_POINTS: '100', MAX_QUERY_COST: '100', RATE_LIMIT_WINDOW_SECONDS: '10', REDIS_URL: 'redis://cache:6379/2' }, '/srv').rateLimit).toEqual({
      points: 100,
      windowSeconds: 10,
      redisUrl: 'redis://cache:6379/2',
    });
    expect(parseServingConfig({}, 'production').rateLimit).toMatchObject({ points: 500_000, redisUrl: null });
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' }, '/srv')).toThrow(/^REDIS_URL: /);
    expect(() => loadConfig({ RATE_LIMIT_POINTS: '1000' }, '/srv')).toThrow(/^RATE_LIMIT_POINTS: 1000 is below MAX_QUERY_COST \(50000\)/);
  });
});

describe('rate limits in memory', () => {
  let db: Seeded;
  let api: Running;
  beforeAll(async () => {
    db = await seeded('sqlite');
    api = await serve(db.db.sources, { ...limits(30), trustProxy: true });
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('charges each request its cost and answers RATE_LIMITED with Retry-After once the budget is spent', async () => {
    const as = { 'x-forwarded-for': '203.0.113.1' };
    const remaining: number[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await api.post({ query: TEN_POINTS }, as);
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-limit')).toBe('30');
      remaining.push(Number(response.headers.get('ratelimit-remaining')));
    }
    expect(remaining).toEqual([20, 10, 0]);
    db.resetCounters();
    expectRateLimited(await api.post({ query: TEN_POINTS }, as));
    // refused before execution, and even a free request is refused now: every request costs at least 1 point
    expect(db.statements()).toBe(0);
    expectRateLimited(await api.post({ query: '{ __typename }' }, as));
  });

  it('keeps a separate budget per client IP', async () => {
    const response = await api.post({ query: TEN_POINTS }, { 'x-forwarded-for': '203.0.113.2' });
    expect(response.status).toBe(200);
    expect(response.headers.get('ratelimit-remaining')).toBe('20');
  });

  it('keeps one budget per API client, whatever its IP', async () => {
    const first = await apiKey(db.db.sources.gateway, 'ANALYST', 'budget one');
    const second = await apiKey(db.db.sources.gateway, 'ANALYST', 'budget two');
    for (const ip of ['203.0.113.10', '203.0.113.11', '203.0.113.12']) {
      expect((await api.post({ query: TEN_POINTS }, { 'x-api-key': first, 'x-forwarded-for': ip })).status).toBe(200);
    }
    expectRateLimited(await api.post({ query: TEN_POINTS }, { 'x-api-key': first, 'x-forwarded-for': '203.0.113.13' }));
    const other = await api.post({ query: TEN_POINTS }, { 'x-api-key': second, 'x-forwarded-for': '203.0.113.10' });
    expect(other.status).toBe(200);
    expect(other.headers.get('ratelimit-remaining')).toBe('20');
    expect(api.logs.filter((l) => l.msg === 'request').at(-1)!.client).toMatch(/^client:\d+$/);
  });

  it('is off with RATE_LIMIT_POINTS=0', async () => {
    const open = await serve(db.db.sources, limits(0));
    try {
      for (let i = 0; i < 5; i++) expect((await open.post({ query: TEN_POINTS })).status).toBe(200);
      expect((await open.post({ query: TEN_POINTS })).headers.get('ratelimit-limit')).toBeNull();
    } finally {
      await open.close();
    }
  });
});

describeWithRedis('rate limits in Redis, shared by two server copies', () => {
  let db: Seeded;
  const prefix = `shh-test:${crypto.randomBytes(4).toString('hex')}`;
  let a: Running;
  let b: Running;
  beforeAll(async () => {
    db = await seeded('sqlite');
    a = await serve(db.db.sources, limits(50, REDIS_URL), { rateLimitKeyPrefix: prefix });
    b = await serve(db.db.sources, limits(50, REDIS_URL), { rateLimitKeyPrefix: prefix });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.close();
  });

  it('draws both copies on one budget', async () => {
    expect(a.server).not.toBe(b.server);
    const statuses: number[] = [];
    const remaining: Array<string | null> = [];
    for (let i = 0; i < 6; i++) {
      const response = await (i % 2 === 0 ? a : b).post({ query: TEN_POINTS });
      statuses.push(response.status);
      remaining.push(response.headers.get('ratelimit-remaining'));
      if (response.status === 429) expectRateLimited(response);
    }
    // 5 × 10 points between the two copies; the sixth request, whichever copy it reaches, is refused
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(remaining.slice(0, 5)).toEqual(['40', '30', '20', '10', '0']);
  });

  it('keeps the budget in Redis under the key prefix', async () => {
    const Redis = (await import('ioredis')).default;
    const redis = new Redis(REDIS_URL);
    try {
      const keys = await redis.keys(`${prefix}:*`);
      expect(keys.length).toBeGreaterThan(0);
      const consumed = Number(await redis.get(keys[0]));
      expect(consumed).toBeGreaterThanOrEqual(50);
    } finally {
      redis.disconnect();
    }
  });
});
