import { parseCsv } from '../../src/shared/files/csv';
import { ApiHarness, startApi, testToken } from '../support/api';
import { describeEachBackend } from '../support/backends';
import { citizenId } from '../filing/operations';
import { idCandidates, mergeSightings, PersonSighting, phoneCandidates } from './insider';
import { ApiRole } from '../../src/sources/gateway/api-client.entity';

/**
 * Finding 1 of the trust issue, as an attack: a role without pii:read
 * gathers everything it is shown about persons — lists, node, nested
 * links, the CSV export — and counts the ID numbers (and phones) still
 * consistent with it. Fewer than 10,000 means the mask can be undone.
 */
const MARK = '信任测试';
const PEOPLE = [
  { idNumber: citizenId('370702', '19851107', 235), name: `${MARK}甲`, phone: '13953612345' },
  { idNumber: citizenId('370702', '19920229', 118), name: `${MARK}乙`, phone: '15866001234' },
  { idNumber: citizenId('370703', '20000101', 1), name: `${MARK}丙`, phone: '18765432109' },
];
const FIELDS = 'id idNumber phone gender birthDate birthYear regionCode';
const MIN_GUESSES = 10_000;

const rowIdOf = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]);

describeEachBackend('trust: no masked ID number or phone can be rebuilt from what a role sees', (backend) => {
  let api: ApiHarness;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startApi(backend, 0.1);
    const [cohort] = await api.db.sources.hr.query(`SELECT code, starts_on FROM training_cohort WHERE region_code LIKE '3707%' ORDER BY id LIMIT 1`);
    const [item] = await api.db.sources.culture.query('SELECT id FROM heritage_item ORDER BY id LIMIT 1');
    for (const [i, p] of PEOPLE.entries()) {
      const registered = await api.data(`mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { errors { code message } person { id } } }`, {
        input: { ...p, regionCode: p.idNumber.slice(0, 6) },
      });
      expect(registered.registerPerson.errors).toEqual([]);
      ids[p.idNumber] = registered.registerPerson.person.id;
      const enrolled = await api.data(`mutation ($input: EnrollTraineeInput!) { enrollTrainee(input: $input) { errors { code message } } }`, {
        input: { cohortCode: cohort.code, idNumber: p.idNumber, enrolledOn: String(cohort.starts_on).slice(0, 10) },
      });
      expect(enrolled.enrollTrainee.errors).toEqual([]);
      const titled = await api.data(`mutation ($input: AwardTalentTitleInput!) { awardTalentTitle(input: $input) { errors { code message } } }`, {
        input: { idNumber: p.idNumber, kind: 'SHANDONG_TECHNICAL_EXPERT', year: 2025, awardedOn: '2025-06-0' + (i + 1), regionCode: '370702' },
      });
      expect(titled.awardTalentTitle.errors).toEqual([]);
      await api.db.sources.culture.query(`INSERT INTO inheritor (item_id, citizen_id, name, level, year, batch, region_code) VALUES (?, ?, ?, 'COUNTY', 2020, NULL, ?)`, [
        item.id,
        p.idNumber,
        p.name,
        p.idNumber.slice(0, 6),
      ]);
    }
  });
  afterAll(async () => api?.close());

  /** Every path that carries these persons, as one role sees them. */
  async function gather(role: ApiRole, spec: { region?: string } = {}): Promise<Map<number, PersonSighting>> {
    const seen = new Map<number, PersonSighting>();
    const note = (person: (PersonSighting & { id: string }) | null | undefined) => {
      if (person) mergeSightings(seen, rowIdOf(person.id), { ...person });
    };
    const caller = api.as(role, spec);
    const listed = await caller.data(`query ($mark: String!, $ids: [ID!]!) {
      persons(first: 100, filter: { nameContains: $mark }) { edges { node { ${FIELDS}
        enrollments(first: 5) { edges { node { trainee { ${FIELDS} } } } }
        talentTitles(first: 5) { edges { node { person { ${FIELDS} } } } }
        inheritorOf { idNumber person { ${FIELDS} } } } } }
      nodes(ids: $ids) { ... on Person { ${FIELDS} } }
      inheritors(first: 100, filter: { nameContains: $mark }) { edges { node { idNumber person { ${FIELDS} } } } } }`, { mark: MARK, ids: Object.values(ids) });
    for (const { node } of listed.persons.edges) {
      note(node);
      for (const e of node.enrollments.edges) note(e.node.trainee);
      for (const t of node.talentTitles.edges) note(t.node.person);
      for (const inheritor of node.inheritorOf) {
        note(inheritor.person);
        mergeSightings(seen, rowIdOf(node.id), { idNumber: inheritor.idNumber });
      }
    }
    for (const node of listed.nodes) note(node);
    for (const { node } of listed.inheritors.edges) if (node.person) mergeSightings(seen, rowIdOf(node.person.id), { idNumber: node.idNumber });

    const exported = await fetch(api.url.replace('/graphql', '/export/csv'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken(role, spec)}` },
      body: JSON.stringify({ query: `{ persons(first: 100, filter: { nameContains: "${MARK}" }) { edges { node { ${FIELDS} } } } }` }),
    });
    expect(exported.status).toBe(200);
    const [header, ...rows] = parseCsv((await exported.text()).replace(/^\uFEFF/, ''));
    for (const row of rows) {
      const record = Object.fromEntries(header.map((h, i) => [h.split('.').pop()!, row[i] === '' ? null : row[i]]));
      note({ ...record, birthYear: record.birthYear === null ? null : Number(record.birthYear) } as PersonSighting & { id: string });
    }
    return seen;
  }

  const WITHOUT_PII: Array<[ApiRole, { region?: string }]> = [
    ['ANALYST', {}],
    ['PARTNER', { region: '370700' }],
    ['HR_AGENCY', {}],
    ['CULTURE_AGENCY', {}],
    ['ADMIN', {}],
  ];

  it.each(WITHOUT_PII)('%s without pii:read: every ID number keeps at least 10,000 candidates, every phone too', async (role, spec) => {
    const seen = await gather(role, spec);
    expect(seen.size).toBe(PEOPLE.length);
    for (const sighting of seen.values()) {
      expect(sighting.birthDate ?? null).toBeNull();
      expect(sighting.birthYear).toEqual(expect.any(Number));
      expect(sighting.gender).toMatch(/^(MALE|FEMALE)$/);
      expect(idCandidates(sighting)).toBeGreaterThanOrEqual(MIN_GUESSES);
      expect(phoneCandidates(sighting)).toBeGreaterThanOrEqual(MIN_GUESSES);
    }
  });

  it('the attack itself works: the old mask (6 + 8 stars + 4) with a birth date or year gives the number away', () => {
    for (const p of PEOPLE) {
      const oldMask = `${p.idNumber.slice(0, 6)}********${p.idNumber.slice(14)}`;
      const gender = Number(p.idNumber[16]) % 2 === 1 ? 'MALE' : 'FEMALE';
      const birthDate = `${p.idNumber.slice(6, 10)}-${p.idNumber.slice(10, 12)}-${p.idNumber.slice(12, 14)}`;
      expect(idCandidates({ idNumber: oldMask, birthDate, gender })).toBe(1);
      expect(idCandidates({ idNumber: oldMask, birthYear: Number(p.idNumber.slice(6, 10)), gender })).toBeLessThan(MIN_GUESSES);
      expect(phoneCandidates({ phone: `${p.phone.slice(0, 3)}****${p.phone.slice(7)}` })).toBeLessThan(MIN_GUESSES);
    }
  });

  it('with pii:read the same paths show the real values (and the birth date)', async () => {
    const full = await api.as('HR_AGENCY', { scopes: ['pii:read'] }).data(`query ($mark: String!) { persons(first: 10, filter: { nameContains: $mark }) { edges { node { idNumber birthDate } } } }`, { mark: MARK });
    expect(full.persons.edges.map((e: { node: { idNumber: string } }) => e.node.idNumber).sort()).toEqual(PEOPLE.map((p) => p.idNumber).sort());
    for (const { node } of full.persons.edges) expect(node.birthDate).toBe(`${node.idNumber.slice(6, 10)}-${node.idNumber.slice(10, 12)}-${node.idNumber.slice(12, 14)}`);
  });

  it('refuses what would find a birth date by halving: a day-level birth range or an order by birth date, without pii:read', async () => {
    const analyst = api.as('ANALYST');
    const dayRange = await analyst.query(`{ persons(filter: { nameContains: "${MARK}", birthDateFrom: "1985-11-01", birthDateTo: "1985-11-30" }) { totalCount } }`);
    expect(dayRange.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.birthDateFrom' });
    const ordered = await analyst.query(`{ persons(orderBy: BIRTH_DATE, filter: { nameContains: "${MARK}" }) { edges { node { id } } } }`);
    expect(ordered.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'orderBy' });
    const years = await analyst.data(`{ persons(filter: { nameContains: "${MARK}", birthYearFrom: 1985, birthYearTo: 1992 }) { totalCount } wholeYears: persons(filter: { nameContains: "${MARK}", birthDateFrom: "1985-01-01", birthDateTo: "1992-12-31" }) { totalCount } }`);
    expect(years.persons.totalCount).toBe(2);
    expect(years.wholeYears.totalCount).toBe(2);
    const admin = await api.data(`{ persons(orderBy: BIRTH_DATE, filter: { nameContains: "${MARK}", birthDateFrom: "1985-11-01", birthDateTo: "1992-02-29" }) { edges { node { birthDate } } } }`);
    expect(admin.persons.edges.map((e: { node: { birthDate: string } }) => e.node.birthDate)).toEqual(['1985-11-07', '1992-02-29']);
  });
});

/**
 * The registration oracle, as a curious insider would run it: a key that may
 * register persons but not read their numbers sends `registerPerson` for
 * every candidate of a masked number (the PoC of the audit: about 730 on
 * the demo data). Whether a number is on file must cost a unit of the daily
 * ID-lookup budget each time it is asked, and a "no" must cost a person
 * record under the caller's name, so a rebuild is out of reach.
 */
const BUDGET = 25;
const REGISTER = 'mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { errors { field code } person { id } } }';
// Born on the 120th day of 1983: in calendar order the attacker reaches it long after its budget is spent.
const TARGET = citizenId('370702', '19830430', 2);

describeEachBackend('trust: registerPerson does not test guessed ID numbers', (backend) => {
  let api: ApiHarness;
  let targetId: string;

  beforeAll(async () => {
    api = await startApi(backend, 0.05, 11, { idLookupMissesPerDay: BUDGET });
    const done = await api.data(REGISTER, { input: { idNumber: TARGET, name: `${MARK}丁`, regionCode: '370702' } });
    expect(done.registerPerson.errors).toEqual([]);
    targetId = done.registerPerson.person.id;
  });
  afterAll(async () => api?.close());

  const persons = async () => Number((await api.db.sources.hr.query('SELECT COUNT(*) AS n FROM person'))[0].n);

  /**
   * The candidates the attacker derives from what it is shown (address code, every day of the birth year), granted
   * the order code besides, as if order codes were 000–00x (as the demo data's were): 365, the PoC's best case.
   */
  function candidatesFor(seen: { idNumber: string; birthYear: number; gender: string }): string[] {
    const out: string[] = [];
    for (let t = Date.UTC(seen.birthYear, 0, 1); new Date(t).getUTCFullYear() === seen.birthYear; t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10).replace(/-/g, '');
      out.push(citizenId(seen.idNumber.slice(0, 6), day, seen.gender === 'FEMALE' ? 2 : 1));
    }
    return out;
  }

  const ATTACKERS: Array<[ApiRole, { region?: string; subject: string }]> = [
    ['HR_AGENCY', { subject: 'oracle-hr' }],
    ['PARTNER', { region: '370700', subject: 'oracle-partner' }],
  ];

  it.each(ATTACKERS)('%s without pii:read: an incomplete registration answers nothing about the number, a complete one spends the budget and files a person', async (role, spec) => {
    const attacker = api.as(role, spec);
    const seen = (await attacker.data(`{ node(id: "${targetId}") { ... on Person { idNumber birthYear gender } } }`)).node;
    expect(seen.idNumber).toBe('370702************');
    const candidates = candidatesFor(seen);
    expect(candidates).toContain(TARGET);
    expect(candidates.indexOf(TARGET)).toBeGreaterThan(3 * BUDGET);

    // The audit's PoC: a draft without a name is refused whatever the number; it must not say which numbers are on file.
    const before = await persons();
    for (const idNumber of candidates) {
      const { registerPerson } = await attacker.data(REGISTER, { input: { idNumber, name: '', regionCode: '370702' } });
      expect(registerPerson.errors).toEqual([{ field: 'input.name', code: 'REQUIRED' }]);
    }
    expect(await persons()).toBe(before);

    // Complete drafts: each answer is a unit of the budget, a "not on file" a person registered under the caller's name.
    let answered = 0;
    let created = 0;
    let refusedAt = -1;
    for (const [i, idNumber] of candidates.entries()) {
      const response = await attacker.query(REGISTER, { input: { idNumber, name: '探测', regionCode: '370702' } });
      if (response.errors) {
        expect(response.errors[0].extensions).toMatchObject({ code: 'ID_LOOKUP_LIMIT', limit: BUDGET });
        refusedAt = i;
        break;
      }
      // An earlier attacker may have filed some of the same guesses: a duplicate is an answer too.
      const { errors } = response.data!.registerPerson;
      expect([[], [{ field: 'input.idNumber', code: 'DUPLICATE' }]]).toContainEqual(errors);
      if (errors.length === 0) created++;
      answered++;
    }
    expect(answered).toBe(BUDGET);
    expect(refusedAt).toBe(BUDGET);
    expect(await persons()).toBe(before + created);
    // Refused for the rest of the window, the right number included: a hit must not answer either.
    expect((await attacker.query(REGISTER, { input: { idNumber: TARGET, name: '探测', regionCode: '370702' } })).errors?.[0].extensions).toMatchObject({ code: 'ID_LOOKUP_LIMIT' });
  });

  it('concurrent registrations cannot outrun the budget', async () => {
    const attacker = api.as('HR_AGENCY', { subject: 'oracle-concurrent' });
    const before = await persons();
    const guesses = Array.from({ length: 3 * BUDGET }, (_, n) => citizenId('370702', '19830101', 101 + 2 * n));
    const answers = await Promise.all(guesses.map((idNumber) => attacker.query(REGISTER, { input: { idNumber, name: '探测', regionCode: '370702' } })));
    expect(answers.filter((a) => !a.errors)).toHaveLength(BUDGET);
    expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'ID_LOOKUP_LIMIT')).toHaveLength(2 * BUDGET);
    expect(await persons()).toBe(before + BUDGET);
  });

  it('a duplicate spends the budget too, for a caller without pii:read and without a region', async () => {
    const attacker = api.as('HR_AGENCY', { subject: 'oracle-duplicates' });
    for (let n = 0; n < BUDGET; n++) {
      expect((await attacker.data(REGISTER, { input: { idNumber: TARGET, name: '探测', regionCode: '370702' } })).registerPerson.errors).toEqual([{ field: 'input.idNumber', code: 'DUPLICATE' }]);
    }
    expect((await attacker.query(REGISTER, { input: { idNumber: citizenId('370702', '19830102', 101), name: '探测', regionCode: '370702' } })).errors?.[0].extensions).toMatchObject({ code: 'ID_LOOKUP_LIMIT' });
  });

  it('a key with pii:read and no region registers without spending anything (bulk registration is its job)', async () => {
    const clerk = api.as('HR_AGENCY', { scopes: ['pii:read'], subject: 'oracle-pii' });
    for (let n = 0; n < BUDGET + 5; n++) {
      expect((await clerk.data(REGISTER, { input: { idNumber: citizenId('370702', '19840101', 101 + 2 * n), name: '登记', regionCode: '370702' } })).registerPerson.errors).toEqual([]);
    }
  });
});
