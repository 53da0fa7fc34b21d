import crypto from 'node:crypto';
import { ApiClients } from '../../src/auth/api-clients';
import { chinaDate, chinaDayEnd } from '../../src/shared/time/china-day';
import { parseCsv } from '../../src/shared/files/csv';
import { describeEachBackend } from '../support/backends';
import { TEST_AUTH } from '../support/api';
import { Running, seeded, Seeded, serve } from '../http/harness';
import { describeWithRedis, REDIS_URL } from '../http/redis-probe';
import type { ServerConfig } from '../../src/server';
import { globalId } from '../support/ids';

type Row = Record<string, any>;

/** Costs 101 points a page (the connection and its 100 enrolments, 1 point each); about 400 enrolments at the harness's scale. */
const ENROLLMENTS = '{ enrollments { edges { node { id status } } } }';
const WORKSHOPS = '{ workshops(first: 5) { edges { node { id name } } } }';

interface Download {
  status: number;
  headers: Headers;
  text: string;
  /** The body as JSON when it is an error answer. */
  json: any;
  /** Whether the transfer was cut before its end (the client saw a failed download). */
  aborted: boolean;
}

/** POSTs an export and reads the body to its end, noticing a cut transfer instead of failing on it. */
async function download(base: string, body: unknown, headers: Record<string, string>): Promise<Download> {
  const response = await fetch(`${base}/export/csv`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const chunks: Buffer[] = [];
  let aborted = false;
  try {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  } catch {
    aborted = true;
  }
  const text = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
  let json: any = null;
  if ((response.headers.get('content-type') ?? '').startsWith('application/json')) json = JSON.parse(text);
  return { status: response.status, headers: response.headers, text, json, aborted };
}

function expectRefused(res: Download, code: string) {
  expect(res.status).toBe(429);
  const retryAfter = Number(res.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(res.json.errors[0].extensions).toMatchObject({ code, retryAfterSeconds: retryAfter });
  return retryAfter;
}

/** The file's records; the last one is the stop notice when the export was cut. */
const recordsOf = (res: Download) => parseCsv(res.text);

describe('the quota day', () => {
  it('is the calendar day in China Standard Time (UTC+8), whatever the server’s time zone', () => {
    expect(chinaDate(new Date('2026-05-03T15:59:59.999Z'))).toBe('2026-05-03');
    expect(chinaDate(new Date('2026-05-03T16:00:00.000Z'))).toBe('2026-05-04');
    expect(chinaDayEnd(new Date('2026-05-03T15:59:59.000Z')).toISOString()).toBe('2026-05-03T16:00:00.000Z');
    expect(chinaDayEnd(new Date('2026-05-03T16:00:00.000Z')).toISOString()).toBe('2026-05-04T16:00:00.000Z');
    expect(chinaDayEnd(new Date('2026-12-31T23:30:00.000Z')).toISOString()).toBe('2027-01-01T16:00:00.000Z');
  });
});

describeEachBackend('CSV export is throttled and audited', (backend) => {
  let db: Seeded;
  const clients = () => new ApiClients(db.db.sources.gateway);
  const key = async (role: string, scopes: string[] = []) => {
    const { client, key } = await clients().create({ name: `export ${role} ${crypto.randomBytes(3).toString('hex')}`, role: role as any, scopes });
    return { id: client.id, headers: { 'x-api-key': key } };
  };
  const enrollmentIds = async () => ((await db.db.sources.hr.query('SELECT id FROM enrollment ORDER BY id')) as Row[]).map((r) => globalId('Enrollment', r.id));
  /** The export events of one client, oldest first (the audit detail is JSON). */
  const exportEvents = async (clientId: number) =>
    ((await db.db.sources.gateway.query('SELECT client_id, operation_name, detail FROM audit_event WHERE client_id = ? ORDER BY id', [clientId])) as Row[])
      .map((e) => ({ ...e, detail: JSON.parse(e.detail) }) as Row)
      .filter((e) => e.detail.export);

  beforeAll(async () => {
    db = await seeded(backend);
  });
  afterAll(async () => db?.close());

  async function withServer(config: Partial<ServerConfig>, run: (api: Running) => Promise<void>) {
    const api = await serve(db.db.sources, { auth: TEST_AUTH, exportPersonRowsPerDay: 0, ...config });
    try {
      await run(api);
    } finally {
      await api.close();
    }
  }
  const rateLimit = (points: number) => ({ rateLimit: { points, windowSeconds: 60, redisUrl: null } });

  describe('rate limit (issue 9, finding 2)', () => {
    it('charges each page of an export to the /graphql budget, by the same cost estimate, with RateLimit headers', async () => {
      await withServer(rateLimit(10_000), async (api) => {
        const analyst = await key('ANALYST');
        const graphql = await api.post({ query: WORKSHOPS }, analyst.headers);
        const cost = graphql.body.extensions.cost.requested;
        expect(cost).toBeGreaterThan(1);
        expect(Number(graphql.headers.get('ratelimit-remaining'))).toBe(10_000 - cost);
        const res = await download(api.base, { query: WORKSHOPS }, analyst.headers);
        expect(res.status).toBe(200);
        expect(res.headers.get('ratelimit-limit')).toBe('10000');
        expect(Number(res.headers.get('ratelimit-remaining'))).toBe(10_000 - 2 * cost);
        const after = await api.post({ query: '{ __typename }' }, analyst.headers);
        expect(Number(after.headers.get('ratelimit-remaining'))).toBe(10_000 - 2 * cost - 1);
        // a long export is charged every page: 1 on arrival, then 101 a page, the first page less the point paid on arrival
        const pages = Math.ceil((await enrollmentIds()).length / 100);
        expect(pages).toBeGreaterThan(2);
        const long = await download(api.base, { query: ENROLLMENTS }, analyst.headers);
        expect(long.status).toBe(200);
        const end = await api.post({ query: '{ __typename }' }, analyst.headers);
        expect(Number(end.headers.get('ratelimit-remaining'))).toBe(10_000 - 2 * cost - 2 - 101 * pages);
      });
    });

    it('answers 429 RATE_LIMITED with Retry-After before anything is sent when the budget is spent, on either path', async () => {
      await withServer(rateLimit(150), async (api) => {
        const analyst = await key('ANALYST');
        expect((await download(api.base, { query: ENROLLMENTS, limit: 100 }, analyst.headers)).status).toBe(200);
        db.resetCounters();
        const refused = await download(api.base, { query: ENROLLMENTS }, analyst.headers);
        expectRefused(refused, 'RATE_LIMITED');
        expect(refused.json.errors[0].message).toMatch(/Retry after \d+ s/);
        expect(db.counters.hr.statements).toHaveLength(0);
        expect((await api.post({ query: ENROLLMENTS.replace('enrollments', 'enrollments(first: 100)') }, analyst.headers)).status).toBe(429);
        // and the other way round: a budget spent on /graphql refuses the export
        const other = await key('ANALYST');
        expect((await api.post({ query: ENROLLMENTS.replace('enrollments', 'enrollments(first: 100)') }, other.headers)).status).toBe(200);
        expectRefused(await download(api.base, { query: ENROLLMENTS }, other.headers), 'RATE_LIMITED');
      });
    });

    it('stops a download whose budget runs out mid-stream with a notice as the last record and a cut transfer, never a quiet short file', async () => {
      await withServer(rateLimit(250), async (api) => {
        const analyst = await key('ANALYST');
        const all = await enrollmentIds();
        const res = await download(api.base, { query: ENROLLMENTS }, analyst.headers);
        expect(res.status).toBe(200);
        expect(res.aborted).toBe(true);
        const [header, ...records] = recordsOf(res);
        expect(header).toEqual(['id', 'status']);
        const notice = records.pop()!;
        expect(records.map((r) => r[0])).toEqual(all.slice(0, 200));
        expect(notice).toHaveLength(2);
        expect(notice[0]).toMatch(/^#EXPORT_STOPPED RATE_LIMITED: .*Retry after \d+ s.*200 rows were sent/);
        const cursor = /after: "([^"]+)"/.exec(notice[0])![1];
        // another client resumes where the notice says, and together the two files hold every row once
        const rest = await download(api.base, { query: `{ enrollments(after: "${cursor}") { edges { node { id status } } } }` }, (await key('ANALYST')).headers);
        expect(rest.aborted).toBe(false);
        expect([...records, ...recordsOf(rest).slice(1)].map((r) => r[0])).toEqual(all);
      });
    });
  });

  describe('daily quota of person rows', () => {
    it('counts the rows of exports of person records, stops where the quota ends and then refuses until the day ends (China Standard Time)', async () => {
      await withServer({ exportPersonRowsPerDay: 150 }, async (api) => {
        const analyst = await key('ANALYST');
        const all = await enrollmentIds();
        const first = await download(api.base, { query: ENROLLMENTS, limit: 100 }, analyst.headers);
        expect(recordsOf(first)).toHaveLength(101);
        const second = await download(api.base, { query: ENROLLMENTS }, analyst.headers);
        expect(second.status).toBe(200);
        expect(second.aborted).toBe(true);
        const records = recordsOf(second).slice(1);
        const notice = records.pop()!;
        expect(records.map((r) => r[0])).toEqual(all.slice(0, 50));
        expect(notice[0]).toMatch(/^#EXPORT_STOPPED EXPORT_QUOTA_EXCEEDED: .*150 person rows a day.*50 rows were sent/);

        const before = Math.ceil((chinaDayEnd(new Date()).getTime() - Date.now()) / 1000);
        const refused = await download(api.base, { query: '{ persons(first: 3) { edges { node { name } } } }' }, analyst.headers);
        const retryAfter = expectRefused(refused, 'EXPORT_QUOTA_EXCEEDED');
        expect(Math.abs(retryAfter - before)).toBeLessThanOrEqual(5);
        expect(refused.json.errors[0].extensions).toMatchObject({ limit: 150, resetsAt: chinaDayEnd(new Date()).toISOString() });
        expect(refused.json.errors[0].message).toMatch(/China Standard Time/);

        // records that are not about persons, and figures, are not counted; another client has its own quota
        expect((await download(api.base, { query: WORKSHOPS }, analyst.headers)).status).toBe(200);
        expect((await download(api.base, { query: '{ enrollmentStatistics(groupBy: [CITY]) { groups { keys { city { name } } enrollments } } }' }, analyst.headers)).status).toBe(200);
        const other = await download(api.base, { query: ENROLLMENTS, limit: 20 }, (await key('ANALYST')).headers);
        expect(recordsOf(other)).toHaveLength(21);
      });
    });

    it('counts a person list nested as the rows', async () => {
      await withServer({ exportPersonRowsPerDay: 30 }, async (api) => {
        const analyst = await key('ANALYST');
        const query = '{ trainingCohorts(first: 2) { edges { node { code enrollments(first: 20) { edges { node { id } } } } } } }';
        const res = await download(api.base, { query, path: 'trainingCohorts.edges.node.enrollments.edges.node' }, analyst.headers);
        expect(res.aborted).toBe(true);
        expect(recordsOf(res).slice(1, -1)).toHaveLength(30);
        expectRefused(await download(api.base, { query: ENROLLMENTS }, analyst.headers), 'EXPORT_QUOTA_EXCEEDED');
      });
    });
  });

  describe('one daily quota for /graphql and /export/csv (issue 9: it bounds how much of the register one key can take)', () => {
    const PERSONS = (n: number) => `{ persons(first: ${n}) { edges { node { name gender } } } }`;
    it('counts the person records /graphql serves against the quota exports draw on, and refuses up front once it is spent', async () => {
      await withServer({ exportPersonRowsPerDay: 30 }, async (api) => {
        const analyst = await key('ANALYST');
        expect(recordsOf(await download(api.base, { query: ENROLLMENTS, limit: 25 }, analyst.headers))).toHaveLength(26);
        const served = await api.post({ query: PERSONS(10) }, analyst.headers);
        expect(served.status).toBe(200);
        expect(served.body.data.persons.edges).toHaveLength(10);

        const refused = await api.post({ query: PERSONS(1) }, analyst.headers);
        expect(refused.status).toBe(429);
        const retryAfter = Number(refused.headers.get('retry-after'));
        expect(Math.abs(retryAfter - (chinaDayEnd(new Date()).getTime() - Date.now()) / 1000)).toBeLessThanOrEqual(5);
        expect(refused.body.data ?? null).toBeNull();
        expect(refused.body.errors[0].extensions).toMatchObject({ code: 'PERSON_ROW_QUOTA_EXCEEDED', limit: 30, retryAfterSeconds: retryAfter, resetsAt: chinaDayEnd(new Date()).toISOString() });
        expectRefused(await download(api.base, { query: ENROLLMENTS }, analyst.headers), 'EXPORT_QUOTA_EXCEEDED');
        // What is not a person record is still answered; node(id:) of a person and nested trainees are records too.
        expect((await api.post({ query: WORKSHOPS }, analyst.headers)).status).toBe(200);
        const [enrollment] = await enrollmentIds();
        expect((await api.post({ query: `{ node(id: "${enrollment}") { id } }` }, analyst.headers)).status).toBe(429);
        expect((await api.post({ query: '{ workshops(first: 2) { edges { node { trainees(first: 2) { edges { node { name } } } } } } }' }, analyst.headers)).status).toBe(429);
      });
    });

    it('a spent quota on /graphql refuses the export too, and paging persons through /graphql stops at the quota', async () => {
      await withServer({ exportPersonRowsPerDay: 45 }, async (api) => {
        const analyst = await key('ANALYST');
        let pages = 0;
        let after: string | null = null;
        while (pages < 10) {
          const page = await api.post({ query: 'query ($after: String) { persons(first: 20, after: $after) { edges { node { name } } pageInfo { endCursor } } }', variables: { after } }, analyst.headers);
          if (page.status === 429) break;
          expect(page.status).toBe(200);
          pages++;
          after = page.body.data.persons.pageInfo.endCursor;
        }
        expect(pages).toBe(3);
        expectRefused(await download(api.base, { query: ENROLLMENTS }, analyst.headers), 'EXPORT_QUOTA_EXCEEDED');
        // each client its own quota
        expect((await api.post({ query: PERSONS(5) }, (await key('ANALYST')).headers)).status).toBe(200);
      });
    });
  });

  describe('every type that carries a person', () => {
    it.each([
      ['inheritors (a name and a masked ID number)', '{ inheritors(first: 8) { edges { node { name idNumber } } } }', ['Inheritor']],
      ['start-up loans (a borrower who may be a person)', '{ startupLoans(first: 8) { edges { node { borrowerKind amount grantedOn regionCode } } } }', ['StartupLoan']],
      ['professional titles', '{ professionalTitles(first: 8) { edges { node { series level year } } } }', ['ProfessionalTitle']],
      ['talent programme awards', '{ talentProgrammeAwards(first: 8) { edges { node { programme year } } } }', ['TalentProgrammeAward']],
    ])('%s count against the quota and are audited', async (_what, query, personTypes) => {
      await withServer({ exportPersonRowsPerDay: 3 }, async (api) => {
        const analyst = await key('ANALYST');
        const res = await download(api.base, { query }, analyst.headers);
        expect(res.aborted).toBe(true);
        expect(recordsOf(res).slice(1, -1)).toHaveLength(3);
        expectRefused(await download(api.base, { query }, analyst.headers), 'EXPORT_QUOTA_EXCEEDED');
        const [event] = await exportEvents(analyst.id);
        expect(event.detail.export).toMatchObject({ rows: 3, outcome: 'stopped', stoppedBy: 'EXPORT_QUOTA_EXCEEDED', personTypes });
      });
    });
  });

  describe('audit', () => {
    it('writes one event for each export of persons, masked or not: who, the query, the rows', async () => {
      await withServer({}, async (api) => {
        const analyst = await key('ANALYST');
        const query = 'query Trainees { enrollments(filter: { statuses: [COMPLETED] }) { edges { node { id trainee { name idNumber } } } } }';
        const [{ n }] = await db.db.sources.hr.query("SELECT COUNT(*) AS n FROM enrollment WHERE status = 'COMPLETED'");
        const res = await download(api.base, { query, variables: {} }, analyst.headers);
        expect(recordsOf(res)).toHaveLength(Number(n) + 1);
        const [event] = await exportEvents(analyst.id);
        expect(event.operation_name).toBe('Trainees');
        expect(event.detail.viewer).toMatchObject({ clientId: analyst.id, role: 'ANALYST' });
        expect(event.detail.export).toMatchObject({ query, rows: Number(n), masked: true, unmaskedPersons: 0, outcome: 'complete', personTypes: ['Enrollment', 'Person'] });
        expect(event.detail.export.querySha256).toBe(crypto.createHash('sha256').update(query).digest('hex'));

        const admin = await key('ADMIN', ['pii:read']);
        await download(api.base, { query, limit: 5 }, admin.headers);
        const events = (await db.db.sources.gateway.query('SELECT id, detail FROM audit_event WHERE client_id = ? ORDER BY id', [admin.id])) as Row[];
        // the unmasked reads as GraphQL writes them (their persons in audit_event_person), then the export's own event
        expect(events).toHaveLength(2);
        const [{ n: unmasked }] = await db.db.sources.gateway.query('SELECT COUNT(*) AS n FROM audit_event_person WHERE event_id = ?', [events[0].id]);
        expect(Number(unmasked)).toBeGreaterThan(0);
        expect(JSON.parse(events[1].detail).export).toMatchObject({ rows: 5, masked: false, unmaskedPersons: Number(unmasked) });

        // an export that holds no person record writes none
        await download(api.base, { query: WORKSHOPS }, analyst.headers);
        expect(await exportEvents(analyst.id)).toHaveLength(1);
      });
    });

    it('refuses an over-long text argument before anything runs, naming it, as /graphql does', async () => {
      await withServer({}, async (api) => {
        const analyst = await key('ANALYST');
        const long = 'K'.repeat(3000);
        const res = await download(api.base, { query: `{ workshops(filter: { itemKeys: ["${long}"] }) { edges { node { name } } } }` }, analyst.headers);
        expect(res.status).toBe(400);
        const graphql = await api.post({ query: `{ workshops(filter: { itemKeys: ["${long}"] }) { edges { node { name } } } }` }, analyst.headers);
        expect(graphql.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.itemKeys[0]' });
        expect(JSON.parse(res.text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.itemKeys[0]' });
      });
    });

    it('keeps no ID number or phone a query named: they are masked in the event, and the hashes identify the exact texts', async () => {
      await withServer({}, async (api) => {
        const analyst = await key('ANALYST');
        const [person] = await db.db.sources.hr.query('SELECT citizen_id, phone FROM person WHERE phone IS NOT NULL ORDER BY id LIMIT 1');
        const query = `query ByNumber($phone: String) { persons(filter: { idNumber: "${person.citizen_id}", nameContains: $phone }) { edges { node { id name } } } }`;
        const variables = { phone: person.phone };
        const res = await download(api.base, { query, variables }, analyst.headers);
        expect(res.status).toBe(200);
        const [event] = await exportEvents(analyst.id);
        const stored = JSON.stringify(event.detail);
        expect(stored).not.toContain(person.citizen_id);
        expect(stored).not.toContain(person.phone);
        expect(event.detail.export.query).toContain(`${person.citizen_id.slice(0, 6)}************`);
        expect(event.detail.export.querySha256).toBe(crypto.createHash('sha256').update(query).digest('hex'));
        expect(event.detail.export.variablesSha256).toBe(crypto.createHash('sha256').update(JSON.stringify(variables)).digest('hex'));
      });
    });

    it('cuts the download when its audit event cannot be written, so it never ends as a complete file', async () => {
      await withServer({}, async (api) => {
        const analyst = await key('ANALYST');
        const gateway = db.db.sources.gateway;
        await gateway.query('ALTER TABLE audit_event RENAME TO audit_event_away');
        let failed: boolean;
        try {
          // A short file may still sit in the server's buffers when it is cut: then not even the status arrives.
          failed = await download(api.base, { query: ENROLLMENTS, limit: 10 }, analyst.headers).then(
            (res) => res.status === 200 && res.aborted,
            () => true,
          );
        } finally {
          await gateway.query('ALTER TABLE audit_event_away RENAME TO audit_event');
        }
        expect(failed).toBe(true);
        expect(api.logs.some((l) => /export audit event not written/.test(l.msg))).toBe(true);
      });
    });

    it('records an export that was stopped, with the rows that left', async () => {
      await withServer({ exportPersonRowsPerDay: 40 }, async (api) => {
        const analyst = await key('ANALYST');
        await download(api.base, { query: ENROLLMENTS }, analyst.headers);
        const [event] = await exportEvents(analyst.id);
        expect(event.detail.export).toMatchObject({ rows: 40, outcome: 'stopped', stoppedBy: 'EXPORT_QUOTA_EXCEEDED' });
      });
    });
  });
});

describeWithRedis('CSV export limits in Redis, shared by two server copies', () => {
  let db: Seeded;
  const prefix = `shh-test:${crypto.randomBytes(4).toString('hex')}`;
  let a: Running;
  let b: Running;
  beforeAll(async () => {
    db = await seeded('sqlite');
    const config = { auth: TEST_AUTH, exportPersonRowsPerDay: 120, rateLimit: { points: 1000, windowSeconds: 60, redisUrl: REDIS_URL } };
    a = await serve(db.db.sources, config, { rateLimitKeyPrefix: prefix });
    b = await serve(db.db.sources, config, { rateLimitKeyPrefix: prefix });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.close();
  });

  it('draws both copies on one quota of person rows and one rate budget', async () => {
    const { key } = await new ApiClients(db.db.sources.gateway).create({ name: 'redis export', role: 'ANALYST' });
    const headers = { 'x-api-key': key };
    const first = await download(a.base, { query: ENROLLMENTS, limit: 100 }, headers);
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-remaining')).toBe('899');
    const second = await download(b.base, { query: ENROLLMENTS }, headers);
    expect(second.aborted).toBe(true);
    expect(parseCsv(second.text).slice(1, -1)).toHaveLength(20);
    // b charged its first page against what a had spent
    expect(second.headers.get('ratelimit-remaining')).toBe('798');
    expectRefused(await download(a.base, { query: ENROLLMENTS }, headers), 'EXPORT_QUOTA_EXCEEDED');
    const graphql = await b.post({ query: '{ persons(first: 1) { edges { node { name } } } }' }, headers);
    expect(graphql.status).toBe(429);
    expect(graphql.body.errors[0].extensions.code).toBe('PERSON_ROW_QUOTA_EXCEEDED');
    const Redis = (await import('ioredis')).default;
    const redis = new Redis(REDIS_URL);
    try {
      const keys = await redis.keys(`${prefix}:export-person-rows:*`);
      expect(keys).toHaveLength(1);
      expect(keys[0]).toContain(`:export-person-rows:${chinaDate(new Date())}:client:`);
      expect(Number(await redis.get(keys[0]))).toBeGreaterThanOrEqual(120);
      const ttl = await redis.ttl(keys[0]);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(86_400 + 3600);
    } finally {
      redis.disconnect();
    }
  });

  it('draws /graphql on either copy from the quota an export on the other spent, and the other way round', async () => {
    const { key } = await new ApiClients(db.db.sources.gateway).create({ name: 'redis graphql', role: 'ANALYST' });
    const headers = { 'x-api-key': key };
    expect((await a.post({ query: '{ persons(first: 100) { edges { node { name } } } }' }, headers)).status).toBe(200);
    const rest = await download(b.base, { query: ENROLLMENTS }, headers);
    expect(rest.aborted).toBe(true);
    expect(parseCsv(rest.text).slice(1, -1)).toHaveLength(20);
  });
});
