import type { DataSource } from 'typeorm';
import type { DatabaseUrl } from '../../src/config';
import { openDataSource } from '../../src/sources/data-source';
import type { Sources } from '../../src/sources/sources';
import { apiKey, Running, seeded, Seeded, serve } from './harness';
import { TcpProxy } from './tcp-proxy';

const onMysql = process.env.TEST_MYSQL_AVAILABLE === '1' ? describe : describe.skip;

const POOL = { size: 4, queueLimit: 50, statementTimeoutMs: 1000, connectTimeoutMs: 1000, acquireTimeoutMs: 3000, retryAfterMs: 300 };

const MIXED = `query mixed($person: ID!) {
  heritageItems(first: 2) { edges { node { name } } }
  person: node(id: $person) { ... on Person { name } }
}`;
const OPERATORS = '{ workshops(first: 8) { edges { node { name operatorUscc operator { uscc laborBrandUnits { unitKind } } } } } }';
const TRAINING = '{ heritageItems(first: 5) { edges { node { name trainingCatalogEntries(first: 2) { totalCount } } } } }';

/** Retries until `check` passes or `ms` is up. */
async function eventually(check: () => Promise<void>, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * The HR source reaches MariaDB through a TCP proxy the test controls:
 * stopping it is a dead server, hanging it a server that no longer
 * answers; culture and gateway connect directly.
 */
onMysql('fault tolerance against MariaDB, HR behind a proxy', () => {
  let db: Seeded;
  let proxy: TcpProxy;
  let hr: DataSource;
  let sources: Sources;
  let api: Running;
  let personId: string;

  beforeAll(async () => {
    db = await seeded('mysql');
    const direct = db.db.urls.hr as Extract<DatabaseUrl, { driver: 'mysql' }>;
    proxy = new TcpProxy(direct.port, direct.host);
    const port = await proxy.start();
    hr = await openDataSource('hr', { ...direct, host: '127.0.0.1', port }, { pool: POOL });
    sources = { ...db.db.sources, hr };
    api = await serve(sources, { requestTimeoutMs: 10_000, readyTimeoutMs: 500 });
    // persons are for credentialed callers
    api.headers['x-api-key'] = await apiKey(db.db.sources.gateway);
    const persons = await api.post({ query: '{ persons(first: 1) { edges { node { id } } } }' });
    if (!persons.body.data) throw new Error(JSON.stringify(persons.body));
    personId = persons.body.data.persons.edges[0].node.id;
  });
  afterAll(async () => {
    await api?.close();
    if (hr?.isInitialized) await hr.destroy();
    await proxy?.stop();
    await db?.close();
  });

  const mixed = () => api.post({ query: MIXED, variables: { person: personId } });

  function expectHrMissing(body: any, path: string) {
    expect(body.errors.length).toBeGreaterThan(0);
    for (const error of body.errors) {
      expect(error.extensions).toMatchObject({ code: 'SOURCE_UNAVAILABLE', source: 'hr' });
      expect(error.message).toMatch(/HR \(人社\) source/);
      expect(error.path[0]).toBe(path);
    }
  }

  async function expectAllUp() {
    const response = await mixed();
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.person.name).toEqual(expect.any(String));
  }

  it('answers across both agencies while every source is up, and is ready', async () => {
    await expectAllUp();
    const operators = await api.post({ query: OPERATORS });
    expect(operators.body.errors).toBeUndefined();
    const ready = await fetch(`${api.base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', sources: { culture: 'ok', hr: 'ok', gateway: 'ok' } });
  });

  it('with HR down: culture-only queries succeed, the rest come back partial with an error naming hr, quickly', async () => {
    await proxy.stop();
    const started = Date.now();
    const culture = await api.post({ query: '{ heritageItems(first: 3) { totalCount edges { node { name } } } }' });
    expect(culture.body.errors).toBeUndefined();
    expect(culture.body.data.heritageItems.edges).toHaveLength(3);

    const partial = await mixed();
    expect(partial.status).toBe(200);
    expect(partial.body.data.heritageItems.edges).toHaveLength(2);
    expect(partial.body.data.person).toBeNull();
    expectHrMissing(partial.body, 'person');

    // Cross-agency fields are nullable: the operators' HR filings become null, the culture data stays.
    const operators = await api.post({ query: OPERATORS });
    const workshops = operators.body.data.workshops.edges.map((e: any) => e.node);
    expect(workshops).toHaveLength(8);
    for (const workshop of workshops) {
      expect(workshop.name).toEqual(expect.any(String));
      if (workshop.operatorUscc) expect(workshop.operator).toEqual({ uscc: workshop.operatorUscc, laborBrandUnits: null });
    }
    expectHrMissing(operators.body, 'workshops');
    const training = await api.post({ query: TRAINING });
    const items = training.body.data.heritageItems.edges.map((e: any) => e.node);
    expect(items).toHaveLength(5);
    for (const item of items) expect(item).toEqual({ name: expect.any(String), trainingCatalogEntries: null });
    expectHrMissing(training.body, 'heritageItems');
    expect(Date.now() - started).toBeLessThan(5000);

    const ready = await fetch(`${api.base}/readyz`);
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as any;
    // Anonymous: the source names only; why (the driver's message, with host and port) is for an ADMIN.
    expect(body).toEqual({ status: 'unavailable', reason: 'source hr not answering', sources: { culture: 'ok', hr: 'unavailable', gateway: 'ok' } });
    const asAdmin = await fetch(`${api.base}/readyz`, { headers: { 'x-api-key': await apiKey(db.db.sources.gateway, 'ADMIN') } });
    expect(((await asAdmin.json()) as any).sources.hr).toMatch(new RegExp(`unreachable: .*(ECONNREFUSED 127\\.0\\.0\\.1:${proxy.port}|Connection lost)`));
  });

  it('recovers by itself when HR comes back', async () => {
    await proxy.start();
    await eventually(expectAllUp);
    expect((await fetch(`${api.base}/readyz`)).status).toBe(200);
  });

  it('with HR silent: SOURCE_UNAVAILABLE naming hr within the statement limit, never a hung request; then recovers', async () => {
    await expectAllUp();
    proxy.hang();
    const started = Date.now();
    const partial = await mixed();
    expect(Date.now() - started).toBeLessThan(POOL.statementTimeoutMs + POOL.connectTimeoutMs + 3000);
    expect(partial.body.data.heritageItems.edges).toHaveLength(2);
    expect(partial.body.data.person).toBeNull();
    expectHrMissing(partial.body, 'person');
    expect(['timeout', 'unreachable']).toContain(partial.body.errors[0].extensions.reason);
    proxy.resume();
    await eventually(expectAllUp);
  });

  it('answers 504 REQUEST_TIMEOUT at the request deadline, whatever is still waiting', async () => {
    const hurried = await serve(sources, { requestTimeoutMs: 400 });
    hurried.headers = api.headers;
    try {
      proxy.hang();
      const started = Date.now();
      const response = await hurried.post({ query: MIXED, variables: { person: personId } });
      const took = Date.now() - started;
      expect(response.status).toBe(504);
      expect(response.body.errors[0].extensions).toMatchObject({ code: 'REQUEST_TIMEOUT', timeoutMs: 400 });
      expect(took).toBeGreaterThanOrEqual(350);
      expect(took).toBeLessThan(1500);
      expect(hurried.logs.find((l) => l.msg === 'request' && l.path === '/graphql')).toMatchObject({ status: 504, timedOut: true });
    } finally {
      proxy.resume();
      await hurried.close();
    }
    await eventually(expectAllUp);
  });

  it('limits each statement on the server (max_statement_time) and keeps the connection usable', async () => {
    const [limit] = await hr.query('SELECT @@max_statement_time AS t');
    expect(Number(limit.t)).toBe(1);
    const started = Date.now();
    const error = await hr.query('SELECT SLEEP(5)').catch((e: unknown) => e as any);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(error.extensions).toMatchObject({ code: 'SOURCE_UNAVAILABLE', source: 'hr', reason: 'timeout' });
    expect(await hr.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('replaces connections killed on the server without failing a read', async () => {
    await expectAllUp();
    const direct = db.db.urls.hr as Extract<DatabaseUrl, { driver: 'mysql' }>;
    const admin = db.db.sources.culture;
    const ids: Array<{ ID: number }> = await admin.query('SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()', [direct.database]);
    expect(ids.length).toBeGreaterThan(0);
    for (const { ID } of ids) await admin.query(`KILL ${Number(ID)}`).catch(() => undefined);
    await expectAllUp();
  });

  it('bounds the pool: a full queue and a long wait for a connection are refused as busy, naming the source', async () => {
    const direct = db.db.urls.hr as Extract<DatabaseUrl, { driver: 'mysql' }>;
    const tiny = await openDataSource('hr', direct, { pool: { ...POOL, size: 1, queueLimit: 1, acquireTimeoutMs: 300, statementTimeoutMs: 3000 } });
    try {
      const started = Date.now();
      const outcomes = await Promise.allSettled([tiny.query('SELECT SLEEP(1)'), tiny.query('SELECT 1'), tiny.query('SELECT 2')]);
      expect(outcomes[0].status).toBe('fulfilled');
      const refused = outcomes.slice(1).map((o) => (o.status === 'rejected' ? (o.reason as any).extensions : null));
      // the second waited for the only connection and gave up after 300 ms; the third found the queue full
      expect(refused).toEqual([
        { code: 'SOURCE_UNAVAILABLE', source: 'hr', reason: 'busy' },
        { code: 'SOURCE_UNAVAILABLE', source: 'hr', reason: 'busy' },
      ]);
      expect(Date.now() - started).toBeLessThan(3000);
      expect(await tiny.query('SELECT 3 AS n')).toEqual([{ n: 3 }]);
    } finally {
      await tiny.destroy();
    }
  });
});
