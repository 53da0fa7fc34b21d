import path from 'node:path';
import mysql from 'mysql2/promise';
import type { DatabaseUrl } from '../src/config';
import { Counted, dashboard, FloorPools, nodeLookup, shallow } from '../bench/floor';
import { fixedOperations } from '../bench/operations';
import { apiKey, Running, seeded, Seeded, serve } from './http/harness';
import { globalId } from './support/ids';

const onMysql = process.env.TEST_MYSQL_AVAILABLE === '1' ? describe : describe.skip;

function pool(url: DatabaseUrl): mysql.Pool {
  if (url.driver !== 'mysql') throw new Error('MySQL only');
  return mysql.createPool({ host: url.host, port: url.port, user: url.user, password: url.password, database: url.database, connectionLimit: 2, dateStrings: ['DATE'], supportBigNumbers: true, bigNumberStrings: true });
}

/**
 * The benchmark's floor (bench/floor.ts) must compute the same data as the
 * GraphQL operations it is compared with, or its figures mean nothing.
 */
onMysql('benchmark floor: hand-written SQL gives the same data as GraphQL [mysql]', () => {
  let db: Seeded;
  let api: Running;
  let pools: FloorPools;
  let personId: number;
  beforeAll(async () => {
    db = await seeded('mysql', 0.2);
    api = await serve(db.db.sources);
    api.headers['x-api-key'] = await apiKey(db.db.sources.gateway);
    pools = { culture: pool(db.db.urls.culture), hr: pool(db.db.urls.hr) };
    [{ id: personId }] = await db.db.sources.hr.query('SELECT id FROM person ORDER BY id LIMIT 1 OFFSET 7');
  });
  afterAll(async () => {
    await pools?.culture.end();
    await pools?.hr.end();
    await api?.close();
    await db?.close();
  });

  const operations = () => fixedOperations(path.join(__dirname, '..'), personId, globalId('Person', personId));

  it.each([
    ['shallow', (c: Counted) => shallow(c)],
    ['dashboard', (c: Counted) => dashboard(c, '370700')],
    ['node', (c: Counted) => nodeLookup(c, personId)],
  ] as const)('%s', async (name, floor) => {
    const operation = operations().find((o) => o.name === name)!;
    const response = await api.post(operation.graphql);
    expect(response.body.errors).toBeUndefined();
    const counted = new Counted(pools);
    expect(JSON.parse(JSON.stringify(await floor(counted)))).toEqual(response.body.data);
    expect(counted.statements).toBeGreaterThan(0);
  });

  it('the dashboard has data to compare at this scale', async () => {
    const data: any = await dashboard(new Counted(pools), '370700');
    const items = data.heritageItems.edges;
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((i: any) => i.node.workshops.edges.length > 0)).toBe(true);
  });
});
