import { ApiHarness, startApi } from '../support/api';
import { describeEachBackend } from '../support/backends';
import { citizenId } from '../filing/operations';
import { describeWithRedis, REDIS_URL } from '../http/redis-probe';
import { openTestSources } from '../support/backends';
import { seedDatabases } from '../../src/seed/seed';
import { createServer } from '../../src/server';
import { TEST_AUTH, testToken } from '../support/api';

/**
 * Lookups by full ID number are how a masked reader would test its guesses
 * (about 91,000 per number on average), so the misses are budgeted:
 * ID_LOOKUP_MISSES_PER_DAY per client, after which every lookup by ID
 * number is refused — hits too, or the refusal itself would answer.
 */
const LIMIT = 3;
const unregistered = (n: number) => citizenId('370702', '19700101', 100 + n * 2);
const LOOKUP = 'query ($id: String!) { persons(filter: { idNumber: $id }) { edges { node { id } } } }';

describeEachBackend('trust: the ID-number probe budget', (backend) => {
  let api: ApiHarness;
  let known: string;

  beforeAll(async () => {
    api = await startApi(backend, 0.05, 11, { idLookupMissesPerDay: LIMIT });
    [{ citizen_id: known }] = await api.db.sources.hr.query(`SELECT citizen_id FROM person WHERE region_code LIKE '3707%' ORDER BY id LIMIT 1`);
  });
  afterAll(async () => api?.close());

  it('an analyst gets its misses, then every lookup by ID number is refused, a hit included; other queries go on', async () => {
    const analyst = api.as('ANALYST', { subject: 'probe-analyst' });
    expect((await analyst.data(LOOKUP, { id: known })).persons.edges).toHaveLength(1);
    for (let n = 0; n < LIMIT; n++) expect((await analyst.data(LOOKUP, { id: unregistered(n) })).persons.edges).toEqual([]);
    const refusedHit = await analyst.query(LOOKUP, { id: known });
    expect(refusedHit.errors?.[0].extensions).toMatchObject({ code: 'ID_LOOKUP_LIMIT', limit: LIMIT });
    expect(refusedHit.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
    const inheritorHit = await analyst.query('query ($id: String!) { inheritors(filter: { citizenId: $id }) { totalCount } }', { id: known });
    expect(inheritorHit.errors?.[0].extensions).toMatchObject({ code: 'ID_LOOKUP_LIMIT' });
    expect((await analyst.data('{ persons(first: 2) { edges { node { id } } } }')).persons.edges).toHaveLength(2);
  });

  it('the budget is per client: another analyst still looks up', async () => {
    expect((await api.as('ANALYST', { subject: 'probe-analyst-2' }).data(LOOKUP, { id: known })).persons.edges).toHaveLength(1);
  });

  it('a filing naming an unregistered number is a miss too, for an agency without pii:read', async () => {
    const hr = api.as('HR_AGENCY', { subject: 'probe-hr' });
    const award = 'mutation ($id: String!) { awardTalentTitle(input: { idNumber: $id, kind: SHANDONG_TECHNICAL_EXPERT, year: 2025, awardedOn: "2025-06-01", regionCode: "370702" }) { errors { code } } }';
    for (let n = 0; n < LIMIT; n++) expect((await hr.data(award, { id: unregistered(n) })).awardTalentTitle.errors).toEqual([{ code: 'NOT_FOUND' }]);
    const titles = async () => Number((await api.db.sources.hr.query('SELECT COUNT(*) AS n FROM talent_title'))[0].n);
    const before = await titles();
    const refused = await hr.query(award, { id: known });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'ID_LOOKUP_LIMIT' });
    expect(await titles()).toBe(before);
  });

  it('a partner, even with pii:read, spends its budget on registrations colliding with numbers on the register', async () => {
    const partner = api.as('PARTNER', { region: '370700', scopes: ['pii:read'], subject: 'probe-partner' });
    const register = 'mutation ($id: String!) { registerPerson(input: { idNumber: $id, name: "探测", regionCode: "370702" }) { errors { code } person { id } } }';
    for (let n = 0; n < LIMIT; n++) expect((await partner.data(register, { id: known })).registerPerson.errors).toEqual([{ code: 'DUPLICATE' }]);
    expect((await partner.query(register, { id: unregistered(9) })).errors?.[0].extensions).toMatchObject({ code: 'ID_LOOKUP_LIMIT' });
    // Its lookups in its own region reveal nothing it cannot read, so they are not budgeted.
    expect((await partner.data(LOOKUP, { id: unregistered(1) })).persons.edges).toEqual([]);
  });

  it('a viewer with pii:read and no region is never budgeted', async () => {
    const admin = api.as('ADMIN', { scopes: ['pii:read'], subject: 'probe-admin' });
    for (let n = 0; n < LIMIT + 2; n++) expect((await admin.data(LOOKUP, { id: unregistered(n) })).persons.edges).toEqual([]);
    expect((await admin.data(LOOKUP, { id: known })).persons.edges).toHaveLength(1);
  });
});

describeWithRedis('trust: the probe budget is shared through Redis by every copy of the server', () => {
  it('misses spent on one server are refused by the other', async () => {
    const db = await openTestSources('sqlite');
    await seedDatabases(db.sources, { scale: 0.02, seed: 3 });
    const prefix = `test-probes-${process.pid}-${Date.now()}`;
    const config = { env: 'test' as const, auth: TEST_AUTH, idLookupMissesPerDay: 2, rateLimit: { points: 500_000, windowSeconds: 60, redisUrl: REDIS_URL } };
    const servers = [await createServer(config, db.sources, { rateLimitKeyPrefix: prefix }), await createServer(config, db.sources, { rateLimitKeyPrefix: prefix })];
    try {
      const urls = await Promise.all(servers.map(async (s) => `http://127.0.0.1:${await s.listen(0)}/graphql`));
      const token = await testToken('ANALYST', { subject: `probe-shared-${Date.now()}` });
      const ask = async (url: string, id: string) =>
        (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: LOOKUP, variables: { id } }) })).json()) as {
          errors?: Array<{ extensions: { code: string } }>;
        };
      expect((await ask(urls[0], unregistered(0))).errors).toBeUndefined();
      expect((await ask(urls[1], unregistered(1))).errors).toBeUndefined();
      expect((await ask(urls[0], unregistered(2))).errors?.[0].extensions.code).toBe('ID_LOOKUP_LIMIT');
      expect((await ask(urls[1], unregistered(3))).errors?.[0].extensions.code).toBe('ID_LOOKUP_LIMIT');
    } finally {
      for (const s of servers) await s.stop();
      await db.close();
    }
  });
});
