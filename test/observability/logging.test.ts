import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { createLogger } from '../../src/observability/logger';
import { PinoSqlLogger } from '../../src/observability/sql-log';
import { MASKED } from '../../src/observability/sql-parameters';
import { describeEachBackend } from '../support/backends';
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

/**
 * A statement that fails carries its values: TypeORM's QueryFailedError
 * holds the bound parameters, and MySQL's driver error the statement with
 * them inlined (and "Duplicate entry '3701…'" in its message). None of the
 * ID numbers, phones or names may reach a log line with it.
 */
describeEachBackend('a failing statement is logged without the personal data it was bound to', (backend) => {
  let db: Seeded;
  let api: Running;
  beforeAll(async () => {
    db = await seeded(backend);
    api = await serve(db.db.sources);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('an unexpected error from SQL: its parameters masked, no ID number or phone anywhere in the logs', async () => {
    const persons: Array<{ citizen_id: string; phone: string | null }> = await db.db.sources.hr.query('SELECT citizen_id, phone FROM person ORDER BY id LIMIT 5');
    const key = await apiKey(db.db.sources.gateway, 'ADMIN', 'failing sql');
    // The inheritor lookup by the page's ID numbers fails.
    await db.db.sources.culture.query('ALTER TABLE inheritor RENAME TO inheritor_away');
    try {
      const response = await api.post({ query: '{ persons(first: 5, orderBy: ID) { edges { node { name inheritorOf { level } } } } }' }, { 'x-api-key': key });
      expect(response.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await db.db.sources.culture.query('ALTER TABLE inheritor_away RENAME TO inheritor');
    }
    const logged = api.logs.find((l) => l.msg === 'unexpected error');
    expect(logged?.err).toBeDefined();
    expect(logged!.err.parameters?.length).toBeGreaterThan(0);
    expect(new Set(logged!.err.parameters)).toEqual(new Set([MASKED]));
    const text = JSON.stringify(api.logs);
    for (const p of persons) {
      expect(text).not.toContain(p.citizen_id);
      if (p.phone) expect(text).not.toContain(p.phone);
    }
  });

  it('a driver error with the statement inlined and the value in its message (MySQL duplicate entry) is logged masked', () => {
    const lines: Array<Record<string, any>> = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
        done();
      },
    });
    const driverError = Object.assign(new Error("Duplicate entry '370102198003154575' for key 'UQ_person_citizen_id'"), {
      code: 'ER_DUP_ENTRY',
      sqlMessage: "Duplicate entry '370102198003154575' for key 'UQ_person_citizen_id'",
      sql: "INSERT INTO person (citizen_id, name, phone) VALUES ('370102198003154575', '王淑芳', '13953612345')",
    });
    const failed = new QueryFailedError('INSERT INTO person (citizen_id, name, phone) VALUES (?, ?, ?)', ['370102198003154575', '王淑芳', '13953612345'], driverError);
    new PinoSqlLogger(createLogger('debug', sink)).logQueryError(driverError, failed.query, failed.parameters as unknown[]);
    createLogger('debug', sink).error({ err: failed }, 'unexpected error');
    const text = JSON.stringify(lines);
    for (const secret of ['370102198003154575', '13953612345', '王淑芳']) expect(text).not.toContain(secret);
    expect(lines[1].err.query).toBe('INSERT INTO person (citizen_id, name, phone) VALUES (?, ?, ?)');
    expect(lines[1].err.parameters).toEqual([MASKED, MASKED, MASKED]);
    expect(lines[0].err.message).toBe(`Duplicate entry '${MASKED}' for key 'UQ_person_citizen_id'`);
  });
});
