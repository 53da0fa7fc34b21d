import { loadConfig } from '../../src/config';
import { MASKED } from '../../src/observability/sql-parameters';
import { TEST_AUTH, testToken } from '../support/api';
import { describeEachBackend } from '../support/backends';
import { Running, seeded, Seeded, serve } from '../http/harness';

const ITEMS = 'query items { heritageItems(first: 3, orderBy: ID) { totalCount edges { node { name region { name } } } } }';
const PERSONS_WITH_INHERITORS = 'query persons { persons(first: 5, orderBy: ID) { edges { node { name idNumber inheritorOf { level } } } } }';
const ASK = { 'x-debug-sql': '1' };

interface Statement {
  sql: string;
  parameters: unknown[];
  ms: number;
  rows: number | null;
}

/** `extensions.sql`: the statements behind a response, per source, for the IDE's SQL panel. */
describeEachBackend('SQL behind a query (extensions.sql)', (backend) => {
  let db: Seeded;
  let on: Running;
  let adminOnly: Running;
  let production: Running;
  let admin: Record<string, string>;
  let analyst: Record<string, string>;
  beforeAll(async () => {
    db = await seeded(backend, 0.05);
    on = await serve(db.db.sources, { auth: TEST_AUTH });
    adminOnly = await serve(db.db.sources, { auth: TEST_AUTH, debugSql: 'admin' });
    production = await serve(db.db.sources, { env: 'production', auth: TEST_AUTH });
    admin = { authorization: `Bearer ${await testToken('ADMIN')}` };
    analyst = { authorization: `Bearer ${await testToken('ANALYST')}` };
  });
  afterAll(async () => {
    for (const server of [on, adminOnly, production]) await server?.close();
    await db?.close();
  });

  it('lists each statement per source with its duration and, for an administrator, its row count, when asked', async () => {
    db.resetCounters();
    const { status, body } = await on.post({ query: ITEMS }, { ...admin, ...ASK });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const sql = body.extensions.sql;
    const culture: Statement[] = sql.sources.culture;
    expect(Object.keys(sql.sources)).toEqual(['culture']);
    // The same statements the source ran, in order.
    expect(culture.map((s) => s.sql)).toEqual(db.counters.culture.statements);
    expect(sql.statements).toBe(culture.length);
    expect(sql.totalMs).toBeCloseTo(culture.reduce((sum, s) => sum + s.ms, 0), 1);
    for (const statement of culture) {
      expect(statement.ms).toBeGreaterThanOrEqual(0);
      // Nothing personal here, so nothing masked: run it again and count.
      expect(statement.parameters).not.toContain(MASKED);
      const again = await db.db.sources.culture.query(statement.sql, statement.parameters);
      expect({ sql: statement.sql, rows: statement.rows }).toEqual({ sql: statement.sql, rows: again.length });
    }
    expect(culture.some((s) => /COUNT\(/i.test(s.sql) && s.rows === 1)).toBe(true);
  });

  it('shows other viewers the statements and their times, never row counts (they would tell what an answer hides)', async () => {
    for (const headers of [ASK, { ...analyst, ...ASK }]) {
      const { body } = await on.post({ query: ITEMS }, headers);
      const culture: Statement[] = body.extensions.sql.sources.culture;
      expect(culture.length).toBeGreaterThan(0);
      for (const statement of culture) {
        expect(statement.rows).toBeNull();
        expect(statement.ms).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('is absent when not asked, and costs nothing then', async () => {
    const { body } = await on.post({ query: ITEMS });
    expect(body.extensions?.sql).toBeUndefined();
    expect(body.extensions.cost).toBeDefined();
    const no = await on.post({ query: ITEMS }, { 'x-debug-sql': '0' });
    expect(no.body.extensions?.sql).toBeUndefined();
  });

  it('masks the personal data among the parameters: the ID numbers a page looked inheritors up by', async () => {
    const shown: Array<{ citizen_id: string }> = await db.db.sources.hr.query('SELECT citizen_id FROM person ORDER BY id LIMIT 5');
    const { body } = await on.post({ query: PERSONS_WITH_INHERITORS }, { ...analyst, ...ASK });
    expect(body.errors).toBeUndefined();
    const lookup: Statement | undefined = body.extensions.sql.sources.culture?.find((s: Statement) => /citizen_id/.test(s.sql));
    expect(lookup).toBeDefined();
    expect(lookup!.parameters.length).toBeGreaterThan(0);
    expect(new Set(lookup!.parameters)).toEqual(new Set([MASKED]));
    const text = JSON.stringify(body);
    for (const { citizen_id } of shown) expect(text).not.toContain(citizen_id);
    expect(body.extensions.sql.sources.hr.length).toBeGreaterThan(0);
  });

  it('with DEBUG_SQL=admin, shows it to ADMIN only', async () => {
    expect((await adminOnly.post({ query: ITEMS }, { ...analyst, ...ASK })).body.extensions?.sql).toBeUndefined();
    expect((await adminOnly.post({ query: ITEMS }, ASK)).body.extensions?.sql).toBeUndefined();
    const shown = await adminOnly.post({ query: ITEMS }, { ...admin, ...ASK });
    expect(shown.body.extensions.sql.sources.culture.length).toBeGreaterThan(0);
  });

  it('is off in production unless DEBUG_SQL says otherwise', async () => {
    expect((await production.post({ query: ITEMS }, { ...admin, ...ASK })).body.extensions?.sql).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'production' }).debugSql).toBe('off');
    expect(loadConfig({ NODE_ENV: 'production', DEBUG_SQL: 'admin' }).debugSql).toBe('admin');
    expect(loadConfig({}).debugSql).toBe('on');
    expect(() => loadConfig({ DEBUG_SQL: 'yes' })).toThrow(/^DEBUG_SQL: "yes" is not one of off, admin, on/);
  });

  it("shares a batched request's statements out among its operations, each listed once", async () => {
    db.resetCounters();
    const { body } = await on.post([{ query: ITEMS }, { query: ITEMS.replace('first: 3', 'first: 2') }], ASK);
    expect(body).toHaveLength(2);
    // The operations run side by side: each answer lists what finished since the one before it.
    const listed = body.flatMap((answer: any) => (answer.extensions.sql.sources.culture ?? []).map((s: Statement) => s.sql));
    expect(listed.sort()).toEqual([...db.counters.culture.statements].sort());
  });
});
