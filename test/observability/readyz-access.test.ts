import { DataSource } from 'typeorm';
import type { DatabaseUrl } from '../../src/config';
import { openDataSource } from '../../src/sources/data-source';
import type { Sources } from '../../src/sources/sources';
import { describeEachBackend } from '../support/backends';
import { TEST_AUTH, testToken } from '../support/api';
import { apiKey, Running, seeded, Seeded, serve } from '../http/harness';
import { TcpProxy } from '../http/tcp-proxy';

describeEachBackend('/readyz tells why a source fails only to an ADMIN', (backend) => {
  let db: Seeded;
  let api: Running;
  let hr: DataSource;
  let proxy: TcpProxy | null = null;
  /** What the failing source's probe says: on MySQL the driver names the host and port. */
  let detail: RegExp;
  beforeAll(async () => {
    db = await seeded(backend, 0.01);
    if (backend === 'mysql') {
      const direct = db.db.urls.hr as Extract<DatabaseUrl, { driver: 'mysql' }>;
      proxy = new TcpProxy(direct.port, direct.host);
      const port = await proxy.start();
      hr = await openDataSource('hr', { ...direct, host: '127.0.0.1', port }, { pool: { size: 2, queueLimit: 10, statementTimeoutMs: 1000, connectTimeoutMs: 1000, acquireTimeoutMs: 2000, retryAfterMs: 100 } });
      await proxy.stop();
      detail = new RegExp(`127\\.0\\.0\\.1:${port}`);
    } else {
      hr = await openDataSource('hr', db.db.urls.hr);
      await hr.destroy();
      detail = /not connected/;
    }
    api = await serve({ ...db.db.sources, hr } as Sources, { auth: TEST_AUTH, readyTimeoutMs: 1500 });
  });
  afterAll(async () => {
    await api?.close();
    if (hr?.isInitialized) await hr.destroy();
    await proxy?.stop();
    await db?.close();
  });

  const ready = async (headers: Record<string, string> = {}) => {
    const response = await fetch(`${api.base}/readyz`, { headers });
    return { status: response.status, body: (await response.json()) as any };
  };

  it('anonymous callers and non-admins get the status and the source names, no host or port', async () => {
    const callers: Array<Record<string, string>> = [{}, { authorization: `Bearer ${await testToken('ANALYST')}` }, { authorization: `Bearer ${await testToken('HR_AGENCY')}` }];
    for (const headers of callers) {
      const { status, body } = await ready(headers);
      expect(status).toBe(503);
      expect(body).toEqual({ status: 'unavailable', reason: 'source hr not answering', sources: { culture: 'ok', hr: 'unavailable', gateway: 'ok' } });
      expect(JSON.stringify(body)).not.toMatch(detail);
    }
  });

  it('an ADMIN (bearer token or API key) is told why', async () => {
    const key = await apiKey(db.db.sources.gateway, 'ADMIN');
    const admins: Array<Record<string, string>> = [{ authorization: `Bearer ${await testToken('ADMIN')}` }, { 'x-api-key': key }];
    for (const headers of admins) {
      const { status, body } = await ready(headers);
      expect(status).toBe(503);
      expect(body.sources).toMatchObject({ culture: 'ok', gateway: 'ok' });
      expect(body.sources.hr).toMatch(detail);
    }
  });

  it('a credential that does not check out is 401, not read as anonymous', async () => {
    const { status, body } = await ready({ authorization: 'Bearer not.a.token' });
    expect(status).toBe(401);
    expect(body).toEqual({ status: 'unauthenticated', error: 'the bearer token is malformed' });
  });
});
