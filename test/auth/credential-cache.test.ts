import crypto from 'node:crypto';
import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi, TEST_AUTH } from '../support/api';
import { ApiClients } from '../../src/auth/api-clients';
import { announceKeyRevocation } from '../../src/auth/revoked-tokens';
import { createServer, Server } from '../../src/server';
import { SqlCounter } from '../support/sql-counter';
import { describeWithRedis, REDIS_URL } from '../http/redis-probe';

const WHO = '{ viewer { role clientName } }';
/** What the CLI of another process writes (a datetime both backends take). */
const revokeInDatabase = (api: ApiHarness, keyPrefix: string) =>
  api.db.sources.gateway.query('UPDATE api_client SET revoked_at = ? WHERE key_prefix = ?', [new Date().toISOString().slice(0, 19).replace('T', ' '), keyPrefix]);

async function post(port: number, key: string): Promise<{ status: number; message?: string; clientName?: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': key },
    body: JSON.stringify({ query: WHO }),
  });
  const body = (await response.json()) as { data?: { viewer: { clientName: string } }; errors?: Array<{ message: string }> };
  return { status: response.status, message: body.errors?.[0]?.message, clientName: body.data?.viewer.clientName };
}

/** Gateway statements run while `call` runs. */
async function gatewayStatements(counter: SqlCounter, call: () => Promise<unknown>): Promise<number> {
  counter.reset();
  await call();
  return counter.statements.length;
}

describeEachBackend('verified API keys are cached in memory', (backend) => {
  let api: ApiHarness;
  let clients: ApiClients;
  const port = () => Number(new URL(api.url).port);
  beforeAll(async () => {
    api = await startApi(backend, 0.02);
    clients = new ApiClients(api.db.sources.gateway);
  });
  afterAll(async () => api?.close());

  it('a warm key costs no statement; a cold one costs one', async () => {
    const { key } = await clients.create({ name: 'Warm', role: 'ANALYST' });
    const cold = await gatewayStatements(api.counters.gateway, async () => expect((await post(port(), key)).clientName).toBe('Warm'));
    expect(cold).toBe(1);
    for (let i = 0; i < 3; i++) {
      expect(await gatewayStatements(api.counters.gateway, async () => expect((await post(port(), key)).status).toBe(200))).toBe(0);
    }
  });

  it('a wrong key is looked up every time and never cached as valid', async () => {
    const { key } = await clients.create({ name: 'Real', role: 'ANALYST' });
    const wrong = `${key.slice(0, -4)}AAAA`;
    for (let i = 0; i < 2; i++) {
      const statements = await gatewayStatements(api.counters.gateway, async () => expect(await post(port(), wrong)).toMatchObject({ status: 401, message: 'the API key is not valid' }));
      expect(statements).toBe(1);
    }
    expect((await post(port(), key)).status).toBe(200);
  });

  it('a revocation in this process refuses a cached key at once', async () => {
    const { client, key } = await clients.create({ name: 'Revoked here', role: 'ANALYST' });
    expect((await post(port(), key)).status).toBe(200);
    await clients.revoke(client.keyPrefix);
    expect(await post(port(), key)).toMatchObject({ status: 401, message: `the API key ${client.keyPrefix} was revoked` });
  });

  it('a revocation by another process reaches a copy at its next reload from the database', async () => {
    const { client, key } = await clients.create({ name: 'Revoked elsewhere', role: 'ANALYST' });
    expect((await post(port(), key)).status).toBe(200);
    // What the CLI on another machine does to the database, without this process hearing of it.
    await revokeInDatabase(api, client.keyPrefix);
    expect((await post(port(), key)).status).toBe(200);
    await api.server.revokedTokens.refresh();
    expect(await post(port(), key)).toMatchObject({ status: 401, message: `the API key ${client.keyPrefix} was revoked` });
  });

  it('CREDENTIAL_CACHE_SECONDS=0 looks the key up on every request', async () => {
    const uncached: Server = await createServer({ env: 'test', auth: TEST_AUTH, credentialCacheSeconds: 0 }, api.db.sources);
    const uncachedPort = await uncached.listen(0);
    try {
      const { key } = await clients.create({ name: 'Uncached', role: 'ANALYST' });
      for (let i = 0; i < 2; i++) {
        expect(await gatewayStatements(api.counters.gateway, async () => expect((await post(uncachedPort, key)).status).toBe(200))).toBe(1);
      }
    } finally {
      await uncached.stop();
    }
  });
});

describeWithRedis('a key revoked by the CLI reaches every copy through Redis', () => {
  describeEachBackend('two copies sharing Redis', (backend) => {
    const prefix = `shh-test:${crypto.randomBytes(4).toString('hex')}`;
    // A reload interval far beyond the test, so only Redis can carry the revocation.
    const config = { env: 'test' as const, auth: { ...TEST_AUTH, jwtRevocationRefreshSeconds: 3600 }, rateLimit: { points: 0, windowSeconds: 60, redisUrl: REDIS_URL } };
    let api: ApiHarness;
    let copies: Server[] = [];
    const ports: number[] = [];
    beforeAll(async () => {
      api = await startApi(backend, 0.02);
      copies = [await createServer(config, api.db.sources, { revocationKeyPrefix: prefix }), await createServer(config, api.db.sources, { revocationKeyPrefix: prefix })];
      for (const copy of copies) ports.push(await copy.listen(0));
    });
    afterAll(async () => {
      for (const copy of copies) await copy.stop();
      await api?.close();
    });

    it('every copy refuses the cached key within moments, without reloading the database', async () => {
      const { client, key } = await new ApiClients(api.db.sources.gateway).create({ name: 'Announced', role: 'ANALYST' });
      for (const p of ports) expect((await post(p, key)).status).toBe(200);
      // The CLI in another process: the database row, then the announcement (no in-process event reaches these copies).
      await revokeInDatabase(api, client.keyPrefix);
      expect(await announceKeyRevocation(client.keyPrefix, { redisUrl: REDIS_URL, redisKeyPrefix: prefix })).toBeNull();
      for (const p of ports) {
        let status = 0;
        for (let attempt = 0; attempt < 100 && status !== 401; attempt++) {
          status = (await post(p, key)).status;
          if (status !== 401) await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(status).toBe(401);
      }
    });
  });
});
