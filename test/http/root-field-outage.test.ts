import { DataSource } from 'typeorm';
import type { DatabaseUrl } from '../../src/config';
import { openDataSource } from '../../src/sources/data-source';
import type { Sources } from '../../src/sources/sources';
import { describeEachBackend } from '../support/backends';
import { TEST_AUTH, testToken } from '../support/api';
import { Running, seeded, Seeded, serve } from './harness';
import { TcpProxy } from './tcp-proxy';

const BOTH = `query both {
  heritageItems(first: 2) { edges { node { name } } }
  persons(first: 1) { totalCount }
  workshops(first: 1) { totalCount }
  trainingCatalog(first: 1) { totalCount }
  regions(first: 1) { totalCount }
}`;

/**
 * HR goes down (on MariaDB a proxy that stops; on SQLite a closed source):
 * the HR root fields of a query become null with an error naming them, and
 * the culture root fields of the same query stay.
 */
describeEachBackend('an outage of one source leaves the other source’s root fields standing', (backend) => {
  let db: Seeded;
  let proxy: TcpProxy | null = null;
  let hr: DataSource;
  let api: Running;
  beforeAll(async () => {
    db = await seeded(backend, 0.01);
    if (backend === 'mysql') {
      const direct = db.db.urls.hr as Extract<DatabaseUrl, { driver: 'mysql' }>;
      proxy = new TcpProxy(direct.port, direct.host);
      const port = await proxy.start();
      hr = await openDataSource('hr', { ...direct, host: '127.0.0.1', port }, { pool: { size: 2, queueLimit: 10, statementTimeoutMs: 1000, connectTimeoutMs: 1000, acquireTimeoutMs: 2000, retryAfterMs: 100 } });
    } else {
      hr = await openDataSource('hr', db.db.urls.hr);
    }
    api = await serve({ ...db.db.sources, hr } as Sources, { auth: TEST_AUTH });
    api.headers.authorization = `Bearer ${await testToken('ADMIN')}`;
  });
  afterAll(async () => {
    await api?.close();
    if (hr?.isInitialized) await hr.destroy();
    await proxy?.stop();
    await db?.close();
  });

  it('with every source up, the query answers whole', async () => {
    const { status, body } = await api.post({ query: BOTH });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.persons.totalCount).toBeGreaterThan(0);
  });

  it('with HR down, persons and trainingCatalog are null with errors at their paths; heritageItems, workshops and regions stay', async () => {
    if (proxy) await proxy.stop();
    else await hr.destroy();
    const { status, body } = await api.post({ query: BOTH });
    expect(status).toBe(200);
    expect(body.data).not.toBeNull();
    expect(body.data.heritageItems.edges).toHaveLength(2);
    expect(body.data.workshops.totalCount).toBeGreaterThan(0);
    expect(body.data.regions.totalCount).toBeGreaterThan(0);
    expect(body.data.persons).toBeNull();
    expect(body.data.trainingCatalog).toBeNull();
    const paths = body.errors.map((e: any) => e.path[0]).sort();
    expect(paths).toEqual(['persons', 'trainingCatalog']);
    if (backend === 'mysql') for (const error of body.errors) expect(error.extensions).toMatchObject({ code: 'SOURCE_UNAVAILABLE', source: 'hr' });
  });
});
