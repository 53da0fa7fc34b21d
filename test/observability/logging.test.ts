import { apiKey, Running, seeded, Seeded, serve } from '../http/harness';

describe('structured request logs (pino)', () => {
  let db: Seeded;
  let api: Running;
  beforeAll(async () => {
    db = await seeded('sqlite');
    api = await serve(db.db.sources);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  const lastRequestLine = () => [...api.logs].reverse().find((l) => l.msg === 'request' && l.path === '/graphql')!;

  it('writes one JSON line per request: id, client, operation, status, duration, SQL per source, cost', async () => {
    db.resetCounters();
    const response = await api.post(
      { query: 'query itemsWithRegions { heritageItems(first: 4) { edges { node { name region { name } workshops(first: 2) { totalCount } } } } }' },
      { 'x-request-id': 'trace-abc-123' },
    );
    expect(response.headers.get('x-request-id')).toBe('trace-abc-123');
    const line = lastRequestLine();
    expect(line).toMatchObject({
      level: 'info',
      service: 'shandong-handmade-graphql',
      requestId: 'trace-abc-123',
      method: 'POST',
      status: 200,
      client: expect.stringMatching(/^ip:/),
      operations: ['itemsWithRegions'],
      cost: response.body.extensions.cost.requested,
      sql: { culture: db.counters.culture.statements.length },
    });
    expect(line.durationMs).toEqual(expect.any(Number));
    expect(typeof line.time).toBe('string');
    expect(line.errors).toBeUndefined();
  });

  it('names the API client once a key identifies it, never the key itself, and gives each request its own id', async () => {
    const key = await apiKey(db.db.sources.gateway, 'ANALYST', 'logging test');
    const first = await api.post({ query: '{ __typename }' }, { 'x-api-key': key });
    const second = await api.post({ query: '{ __typename }' }, { 'x-api-key': key });
    expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
    const line = lastRequestLine();
    expect(line.client).toMatch(/^client:\d+$/);
    expect(JSON.stringify(api.logs)).not.toContain(key);
  });

  it('lists the error codes of the request', async () => {
    await api.post({ query: '{ heritageItems(first: 1000) { totalCount } }' });
    expect(lastRequestLine()).toMatchObject({ status: 200, errors: ['BAD_USER_INPUT'] });
    await api.post({ query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }` });
    expect(lastRequestLine()).toMatchObject({ status: 400, errors: ['TOO_MANY_ALIASES'] });
    await api.post({ query: '{ __typename }' }, { 'x-api-key': 'shk_nothing1_not-a-real-key' });
    expect(lastRequestLine()).toMatchObject({ status: 401, errors: ['UNAUTHENTICATED'] });
  });

  it('ties every error a client sees to the log line by the request id', async () => {
    const response = await api.post({ query: '{ heritageItems(first: 1000) { totalCount } }' });
    expect(response.body.errors[0].extensions.requestId).toBe(response.headers.get('x-request-id'));
  });
});
