import crypto from 'node:crypto';
import { SignJWT } from 'jose';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi, TEST_AUTH, TEST_JWT_SECRET } from '../support/api';
import { clientsCommand } from '../../src/auth/clients.command';
import { CommandIo } from '../../src/auth/command-io';
import { RevocationSettings } from '../../src/auth/revoked-tokens';
import { createServer, Server } from '../../src/server';
import type { Sources } from '../../src/sources/sources';
import { describeWithRedis, REDIS_URL } from '../http/redis-probe';
import { rows } from './helpers';

const WHO = '{ regions(first: 1) { totalCount } }';
const secret = new TextEncoder().encode(TEST_JWT_SECRET);
const now = () => Math.floor(Date.now() / 1000);

/** An ANALYST token with this jti, living an hour (or `exp` when given). */
const tokenWithId = (jti: string | undefined, exp = now() + 3600) => {
  const jwt = new SignJWT({ role: 'ANALYST' }).setProtectedHeader({ alg: 'HS256' }).setSubject('revocation-test').setIssuedAt().setExpirationTime(exp);
  return (jti === undefined ? jwt : jwt.setJti(jti)).sign(secret);
};
const uniqueId = (label: string) => `${label}-${crypto.randomBytes(6).toString('hex')}`;

async function post(port: number, token: string): Promise<{ status: number; message?: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: WHO }),
  });
  const body = (await response.json()) as { errors?: Array<{ message: string }> };
  return { status: response.status, message: body.errors?.[0]?.message };
}

function cli(api: ApiHarness, settings: RevocationSettings = {}) {
  return async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CommandIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
    const code = await clientsCommand(args, api.db.sources.gateway, io, settings);
    return { code, out, err };
  };
}

describeEachBackend('revoking bearer tokens by jti', (backend) => {
  let api: ApiHarness;
  let other: Server;
  let otherPort: number;
  let run: ReturnType<typeof cli>;
  beforeAll(async () => {
    api = await startApi(backend, 0.02);
    // A second copy of the server over the same databases, as behind a load balancer.
    other = await createServer({ env: 'test', auth: TEST_AUTH }, api.db.sources);
    otherPort = await other.listen(0);
    run = cli(api);
  });
  afterAll(async () => {
    await other?.stop();
    await api?.close();
  });
  const apiPort = () => Number(new URL(api.url).port);

  it('a revoked jti is refused with 401 naming the rule, on every copy once it has reloaded', async () => {
    const jti = uniqueId('cli');
    const token = await tokenWithId(jti);
    expect((await post(apiPort(), token)).status).toBe(200);
    expect((await post(otherPort, token)).status).toBe(200);

    const revoked = await run('revoke-token', jti, '--reason', 'laptop stolen');
    expect(revoked).toMatchObject({ code: 0, err: [] });
    expect(revoked.out[0]).toMatch(new RegExp(`jti "${jti}" are refused from now on, for good`));

    // Without Redis each copy learns at its next reload (JWT_REVOCATION_REFRESH_SECONDS); run that reload now.
    await api.server.revokedTokens.refresh();
    await other.revokedTokens.refresh();
    for (const port of [apiPort(), otherPort]) {
      expect(await post(port, token)).toEqual({ status: 401, message: `the bearer token (jti "${jti}") was revoked` });
    }
    // Another token of the same subject with another jti is untouched.
    expect((await post(apiPort(), await tokenWithId(uniqueId('other')))).status).toBe(200);
  });

  it('the check costs no database statement per request', async () => {
    const jti = uniqueId('cost');
    await run('revoke-token', jti);
    await api.server.revokedTokens.refresh();
    const good = await tokenWithId(uniqueId('fine'));
    const bad = await tokenWithId(jti);
    for (const [token, status] of [[good, 200], [bad, 401]] as const) {
      const { status: got } = await api.post(WHO, { authorization: `Bearer ${token}` });
      expect(got).toBe(status);
      expect(api.statements().gateway).toBe(0);
    }
  });

  it('revoking through a server copy takes effect there before the call returns', async () => {
    const jti = uniqueId('instance');
    const token = await tokenWithId(jti);
    expect((await post(otherPort, token)).status).toBe(200);
    await other.revokedTokens.revoke({ jti, expiresAt: null });
    expect((await post(otherPort, token)).status).toBe(401);
    await api.server.revokedTokens.refresh();
    expect((await post(apiPort(), token)).status).toBe(401);
  });

  it('given the token itself, its jti and exp are stored, and the entry can expire with the token', async () => {
    const jti = uniqueId('pasted');
    const exp = now() + 1800;
    const token = await tokenWithId(jti, exp);
    const revoked = await run('revoke-token', token);
    expect(revoked.code).toBe(0);
    expect(revoked.out[0]).toContain(`until its expiry ${new Date(exp * 1000).toISOString()}`);
    const [row] = await rows(api, 'gateway', 'SELECT jti, revoked_at, expires_at FROM revoked_token WHERE jti = ?', [jti]);
    expect(row.jti).toBe(jti);
    expect(new Date(row.expires_at).getTime()).toBe(new Date(`${new Date(exp * 1000).toISOString().replace('T', ' ').replace('Z', '')}Z`).getTime());

    // Revoking again keeps the first revocation time and the later expiry.
    await run('revoke-token', jti, '--expires-at', new Date((exp + 600) * 1000).toISOString());
    const [again] = await rows(api, 'gateway', 'SELECT revoked_at, expires_at FROM revoked_token WHERE jti = ?', [jti]);
    expect(String(again.revoked_at)).toBe(String(row.revoked_at));
    expect(new Date(again.expires_at).getTime()).toBeGreaterThan(new Date(row.expires_at).getTime());
    await api.server.revokedTokens.refresh();
    expect((await post(apiPort(), token)).status).toBe(401);
  });

  it('entries whose tokens expired (beyond the clock skew) are dropped from the table and from memory', async () => {
    const jti = uniqueId('old');
    const hourAgo = new Date(Date.now() - 3600_000).toISOString();
    expect((await run('revoke-token', jti, '--expires-at', hourAgo)).code).toBe(0);
    // The next revocation prunes what has expired.
    await run('revoke-token', uniqueId('trigger'));
    expect(await rows(api, 'gateway', 'SELECT id FROM revoked_token WHERE jti = ?', [jti])).toEqual([]);
    await other.revokedTokens.refresh();
    const known = other.revokedTokens.size;
    await other.revokedTokens.revoke({ jti: uniqueId('mem'), expiresAt: new Date(Date.now() - 3600_000) });
    expect(other.revokedTokens.size).toBe(known + 1);
    await other.revokedTokens.refresh();
    expect(other.revokedTokens.size).toBe(known);
  });

  it('while the list cannot be loaded, a token with a jti is refused as unverifiable (503), one without is served', async () => {
    const unreachable = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
    const server = await createServer({ env: 'test', auth: TEST_AUTH }, { ...api.db.sources, gateway: unreachable } as Sources);
    const port = await server.listen(0);
    try {
      expect(server.revokedTokens.loaded).toBe(false);
      const refused = await post(port, await tokenWithId(uniqueId('unverifiable')));
      expect(refused.status).toBe(503);
      expect(refused.message).toMatch(/gateway source cannot be reached, so revoked bearer tokens cannot be told apart/);
      expect((await post(port, await tokenWithId(undefined))).status).toBe(200);
    } finally {
      await server.stop();
    }
  });

  it('lists the revocations in force; refuses what it cannot revoke', async () => {
    const jti = uniqueId('listed');
    await run('revoke-token', jti, '--reason', 'left the bureau');
    const listed = await run('revoked-tokens');
    expect(listed.code).toBe(0);
    expect(listed.out.find((l) => l.startsWith(jti))).toMatch(/revoked \d{4}-.*for good {2}left the bureau/);
    const withoutJti = await run('revoke-token', await tokenWithId(undefined));
    expect(withoutJti).toMatchObject({ code: 1 });
    expect(withoutJti.err[0]).toMatch(/carries no "jti" claim/);
    expect((await run('revoke-token', jti, '--expires-at', 'next tuesday')).err[0]).toMatch(/--expires-at "next tuesday" is not an ISO 8601 date-time/);
    expect((await run('revoke-token', 'x'.repeat(201))).err[0]).toMatch(/1 to 200 characters/);
    expect((await run('revoke-token')).code).toBe(1);
  });
});

describeWithRedis('revocations through Redis reach every copy at once', () => {
  describeEachBackend('two copies sharing Redis', (backend) => {
    const prefix = `shh-test:${crypto.randomBytes(4).toString('hex')}`;
    // A reload interval far beyond the test, so only Redis can carry the revocation.
    const auth = { ...TEST_AUTH, jwtRevocationRefreshSeconds: 3600 };
    const withRedis = { env: 'test' as const, auth, rateLimit: { points: 0, windowSeconds: 60, redisUrl: REDIS_URL } };
    let api: ApiHarness;
    let a: Server;
    let b: Server;
    const ports: number[] = [];
    beforeAll(async () => {
      api = await startApi(backend, 0.02);
      a = await createServer(withRedis, api.db.sources, { revocationKeyPrefix: prefix });
      b = await createServer(withRedis, api.db.sources, { revocationKeyPrefix: prefix });
      ports.push(await a.listen(0), await b.listen(0));
    });
    afterAll(async () => {
      await a?.stop();
      await b?.stop();
      await api?.close();
      const redis = new Redis(REDIS_URL);
      await redis.del(`${prefix}:revoked-tokens`);
      redis.disconnect();
    });

    const refusedSoon = async (port: number, token: string) => {
      for (let attempt = 0; attempt < 100; attempt++) {
        if ((await post(port, token)).status === 401) return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    };

    it('the CLI stores the jti in Redis and every copy refuses it without reloading the database', async () => {
      const jti = uniqueId('redis');
      const token = await tokenWithId(jti);
      expect((await post(ports[0], token)).status).toBe(200);
      expect((await post(ports[1], token)).status).toBe(200);
      const revoked = await cli(api, { redisUrl: REDIS_URL, redisKeyPrefix: prefix })('revoke-token', token);
      expect(revoked).toMatchObject({ code: 0, err: [] });
      expect(await refusedSoon(ports[0], token)).toBe(true);
      expect(await refusedSoon(ports[1], token)).toBe(true);
      const redis = new Redis(REDIS_URL);
      try {
        expect(Number(await redis.zscore(`${prefix}:revoked-tokens`, jti))).toBeGreaterThan(Date.now());
      } finally {
        redis.disconnect();
      }
    });

    it('a revocation through one copy reaches the other', async () => {
      const jti = uniqueId('peer');
      const token = await tokenWithId(jti);
      expect((await post(ports[1], token)).status).toBe(200);
      await a.revokedTokens.revoke({ jti, expiresAt: null });
      expect((await post(ports[0], token)).status).toBe(401);
      expect(await refusedSoon(ports[1], token)).toBe(true);
    });

    it('a copy started later loads what Redis holds even when the database row is gone', async () => {
      const jti = uniqueId('late');
      await a.revokedTokens.revoke({ jti, expiresAt: null });
      await api.db.sources.gateway.query('DELETE FROM revoked_token WHERE jti = ?', [jti]);
      const late = await createServer(withRedis, api.db.sources, { revocationKeyPrefix: prefix });
      const port = await late.listen(0);
      try {
        expect((await post(port, await tokenWithId(jti))).status).toBe(401);
      } finally {
        await late.stop();
      }
    });
  });
});
