import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi, TEST_ADMIN_VIEWER } from '../support/api';
import { createContext } from '../../src/context';
import { fromGlobalId, toGlobalId } from '../../src/shared/relay/global-id';
import { PERSON } from '../../src/modules/person';
import { recordsOf } from '../../src/records';
import { normalizeCitizenId } from '../../src/shared/identifiers';
import { maskedId, maskedPhone } from '../support/masks';

const PERSONS = `query ($first: Int, $after: String, $last: Int, $before: String, $filter: PersonFilter, $orderBy: PersonOrder) {
  persons(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name idNumber phone gender birthDate birthYear regionCode region { code } } }
  }
}`;

interface PersonNode {
  id: string;
  name: string;
  idNumber: string;
  phone: string | null;
  gender: string;
  birthDate: string | null;
  birthYear: number;
  regionCode: string;
  region: { code: string } | null;
}

interface PersonsPage {
  persons: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{ cursor: string; node: PersonNode }>;
  };
}

interface PersonRow {
  id: number;
  citizen_id: string;
  name: string;
  gender: string;
  birth_date: string;
  phone: string | null;
  region_code: string;
}

interface StatusRow {
  id: number;
  person_id: number;
  target_group: string;
  valid_from: string;
  valid_to: string | null;
}

const GROUP_ORDER = ['RURAL_TRANSFER_LABORER', 'REGISTERED_UNEMPLOYED', 'POVERTY_ALLEVIATED'];
const rowId = (id: string) => Number(fromGlobalId(id).key);
const ids = (page: PersonsPage) => page.persons.edges.map((e) => rowId(e.node.id));
const todayCst = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describeEachBackend('persons', (backend) => {
  let api: ApiHarness;
  let people: PersonRow[];
  let statuses: StatusRow[];
  beforeAll(async () => {
    api = await startApi(backend);
    people = await api.db.sources.hr.query('SELECT id, citizen_id, name, gender, birth_date, phone, region_code FROM person ORDER BY id');
    statuses = await api.db.sources.hr.query('SELECT id, person_id, target_group, valid_from, valid_to FROM target_group_status ORDER BY valid_from, id');
  });
  afterAll(async () => api?.close());

  const sqlIds = async (sql: string, params: unknown[] = []) => (await api.db.sources.hr.query(sql, params)).map((r: { id: unknown }) => Number(r.id));

  it('walks every page forward by name with no duplicate and no gap, matching SQL', async () => {
    const expected = await sqlIds('SELECT id FROM person ORDER BY name, id');
    const seen: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 1000; guard++) {
      const page: PersonsPage = await api.data<PersonsPage>(PERSONS, { first: 73, after, orderBy: 'NAME' });
      seen.push(...ids(page));
      if (!page.persons.pageInfo.hasNextPage) break;
      after = page.persons.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('walks backward by birth date with last/before to the same list', async () => {
    const expected = await sqlIds('SELECT id FROM person ORDER BY birth_date, id');
    const pages: number[][] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 1000; guard++) {
      const page: PersonsPage = await api.data<PersonsPage>(PERSONS, { last: 90, before, orderBy: 'BIRTH_DATE' });
      pages.unshift(ids(page));
      if (!page.persons.pageInfo.hasPreviousPage) break;
      before = page.persons.pageInfo.startCursor;
    }
    expect(pages.flat()).toEqual(expected);
  });

  it('shows the ID number and phone masked, never raw, anywhere in the response', async () => {
    const body = await api.as('ANALYST').query(PERSONS, { first: 100 });
    const page = body.data as PersonsPage;
    const text = JSON.stringify(body);
    const byId = new Map(people.map((p) => [p.id, p]));
    expect(page.persons.edges.length).toBe(100);
    for (const { node } of page.persons.edges) {
      const row = byId.get(rowId(node.id))!;
      expect(node.idNumber).toBe(maskedId(row.citizen_id));
      expect(node.phone).toBe(row.phone === null ? null : maskedPhone(row.phone));
      expect(node).toMatchObject({ name: row.name, gender: row.gender, birthDate: null, birthYear: Number(row.birth_date.slice(0, 4)), regionCode: row.region_code, region: { code: row.region_code } });
      expect(text).not.toContain(row.citizen_id);
      if (row.phone) expect(text).not.toContain(row.phone);
    }
    expect(page.persons.edges.some((e) => e.node.phone === null)).toBe(true);
  });

  it('filters by region subtree, gender, birth dates and name, agreeing with SQL', async () => {
    const filter = { regionCode: '370700', genders: ['FEMALE'], birthDateFrom: '1970-01-01', birthDateTo: '1995-12-31' };
    const page = await api.data<PersonsPage>(PERSONS, { first: 100, filter });
    const expected = await sqlIds(
      `SELECT id FROM person WHERE region_code LIKE '3707%' AND gender = 'FEMALE' AND birth_date >= '1970-01-01' AND birth_date <= '1995-12-31' ORDER BY id`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(page)).toEqual(expected.slice(0, 100));
    expect(page.persons.totalCount).toBe(expected.length);

    const surname = people[0].name.slice(0, 1);
    const named = await api.data<PersonsPage>(PERSONS, { first: 100, filter: { nameContains: surname } });
    const namedExpected = people.filter((p) => p.name.includes(surname)).map((p) => p.id);
    expect(ids(named)).toEqual(namedExpected.slice(0, 100));
    expect(named.persons.totalCount).toBe(namedExpected.length);
    const percent = await api.data<PersonsPage>(PERSONS, { filter: { nameContains: '%' } });
    expect(percent.persons.totalCount).toBe(0);
  });

  it('filters by target group, at any time or on a day (validTo excluded)', async () => {
    const anyTime = await api.data<PersonsPage>(PERSONS, { first: 100, filter: { targetGroups: ['REGISTERED_UNEMPLOYED', 'POVERTY_ALLEVIATED'] } });
    const anyTimeExpected = await sqlIds(
      `SELECT id FROM person p WHERE EXISTS (SELECT 1 FROM target_group_status s WHERE s.person_id = p.id AND s.target_group IN ('REGISTERED_UNEMPLOYED', 'POVERTY_ALLEVIATED')) ORDER BY id`,
    );
    expect(anyTimeExpected.length).toBeGreaterThan(0);
    expect(ids(anyTime)).toEqual(anyTimeExpected.slice(0, 100));
    expect(anyTime.persons.totalCount).toBe(anyTimeExpected.length);

    // A day on which some unemployment status has just ended: its holder must drop out.
    const ended = statuses.find((s) => s.target_group === 'REGISTERED_UNEMPLOYED' && s.valid_to !== null)!;
    const day = ended.valid_to!;
    const onDay = await api.data<PersonsPage>(PERSONS, { first: 100, filter: { targetGroups: ['REGISTERED_UNEMPLOYED'], targetGroupOn: day } });
    const onDayExpected = [
      ...new Set(statuses.filter((s) => s.target_group === 'REGISTERED_UNEMPLOYED' && s.valid_from <= day && (s.valid_to === null || day < s.valid_to)).map((s) => s.person_id)),
    ].sort((a, b) => a - b);
    expect(ids(onDay)).toEqual(onDayExpected.slice(0, 100));
    expect(onDay.persons.totalCount).toBe(onDayExpected.length);

    const anyGroup = await api.data<PersonsPage>(PERSONS, { first: 100, filter: { targetGroupOn: '2024-01-01' } });
    const anyGroupExpected = await sqlIds(
      `SELECT id FROM person p WHERE EXISTS (SELECT 1 FROM target_group_status s WHERE s.person_id = p.id AND s.valid_from <= '2024-01-01' AND (s.valid_to IS NULL OR s.valid_to > '2024-01-01')) ORDER BY id`,
    );
    expect(ids(anyGroup)).toEqual(anyGroupExpected.slice(0, 100));
    expect(anyGroup.persons.totalCount).toBe(anyGroupExpected.length);
  });

  it('finds one person by citizen ID in any accepted spelling', async () => {
    const born19 = people.find((p) => p.citizen_id.slice(6, 8) === '19')!;
    const fifteen = born19.citizen_id.slice(0, 6) + born19.citizen_id.slice(8, 17);
    for (const spelling of [born19.citizen_id, ` ${born19.citizen_id.toLowerCase()} `, fifteen]) {
      const page = await api.data<PersonsPage>(PERSONS, { filter: { idNumber: spelling } });
      expect(ids(page)).toEqual([born19.id]);
    }
    const withX = people.find((p) => p.citizen_id.endsWith('X'));
    if (withX) {
      const page = await api.data<PersonsPage>(PERSONS, { filter: { idNumber: withX.citizen_id.toLowerCase() } });
      expect(ids(page)).toEqual([withX.id]);
    }
    const unknown = await api.data<PersonsPage>(PERSONS, { filter: { idNumber: '11010519491231002X' } });
    expect(unknown.persons.totalCount).toBe(0);
  });

  it.each([
    [{ first: 1000 }, 'first'],
    [{ first: 5, last: 5 }, 'last'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ filter: { regionCode: '999999' } }, 'filter.regionCode'],
    [{ filter: { regionCode: '3707' } }, 'filter.regionCode'],
    [{ filter: { birthDateFrom: '1990-01-01', birthDateTo: '1989-12-31' } }, 'filter.birthDateTo'],
    [{ filter: { idNumber: '110105194912310021' } }, 'filter.idNumber'],
    [{ filter: { idNumber: '37010219900101' } }, 'filter.idNumber'],
  ])('rejects %j with an error naming %s', async (variables, argument) => {
    const body = await api.query(PERSONS, variables);
    expect(Object.values(body.data ?? {})).toEqual([null]);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(body.errors?.[0].message).toMatch(new RegExp(`^${argument.replace(/[[\].]/g, '\\$&')}: `));
  });

  it('lists target-group statuses and the groups held on a day, two statements for 100 persons', async () => {
    const data = await api.data(`{
      persons(first: 100) { edges { node { id
        targetGroupStatuses { id targetGroup validFrom validTo }
        onDay: currentTargetGroups(on: "2023-07-01")
        today: currentTargetGroups
      } } }
    }`);
    expect(api.statements().hr).toBe(2);
    const today = todayCst();
    let withStatus = 0;
    for (const { node } of data.persons.edges) {
      const mine = statuses.filter((s) => s.person_id === rowId(node.id));
      if (mine.length > 0) withStatus++;
      expect(node.targetGroupStatuses).toEqual(
        mine.map((s) => ({ id: toGlobalId('TargetGroupStatus', s.id), targetGroup: s.target_group, validFrom: s.valid_from, validTo: s.valid_to })),
      );
      const held = (day: string) =>
        GROUP_ORDER.filter((g) => mine.some((s) => s.target_group === g && s.valid_from <= day && (s.valid_to === null || day < s.valid_to)));
      expect(node.onDay).toEqual(held('2023-07-01'));
      expect(node.today).toEqual(held(today));
    }
    expect(withStatus).toBeGreaterThan(10);
    expect(withStatus).toBeLessThan(100);
  });

  it('resolves TargetGroupStatus.person through one batched statement', async () => {
    const data = await api.data(`{ persons(first: 100, filter: { targetGroups: [RURAL_TRANSFER_LABORER] }) { edges { node { id targetGroupStatuses { person { id name } } } } } }`);
    expect(api.statements().hr).toBe(3);
    for (const { node } of data.persons.edges) {
      for (const s of node.targetGroupStatuses) expect(s.person.id).toBe(node.id);
    }
  });

  it('round-trips Person and TargetGroupStatus through node(id:) and nodes(ids:), null for a miss', async () => {
    const person = people[42];
    const status = statuses[7];
    const data = await api.as('ADMIN').data(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Person { name idNumber } ... on TargetGroupStatus { targetGroup validFrom person { id } } } }`,
      { ids: [toGlobalId('Person', person.id), toGlobalId('TargetGroupStatus', status.id), toGlobalId('Person', 999_999)] },
    );
    expect(data.nodes).toEqual([
      { __typename: 'Person', id: toGlobalId('Person', person.id), name: person.name, idNumber: maskedId(person.citizen_id) },
      { __typename: 'TargetGroupStatus', id: toGlobalId('TargetGroupStatus', status.id), targetGroup: status.target_group, validFrom: status.valid_from, person: { id: toGlobalId('Person', status.person_id) } },
      null,
    ]);
    const one = await api.data(`query ($id: ID!) { node(id: $id) { id ... on Person { birthDate } } }`, { id: toGlobalId('Person', person.id) });
    expect(one.node).toEqual({ id: toGlobalId('Person', person.id), birthDate: person.birth_date });
  });

  it('persons by citizen ID: one statement for many keys, in key order, none for a miss, any spelling', async () => {
    const ctx = createContext(api.db.sources, { viewer: TEST_ADMIN_VIEWER });
    const picked = [people[5], people[300], people[17], people[5]];
    const keys = [...picked.map((p) => p.citizen_id), '11010519491231002X', picked[1].citizen_id.toLowerCase()];
    api.counters.hr.reset();
    const found = await recordsOf(ctx, PERSON).byColumn('citizenId', { normalise: normalizeCitizenId }).loadMany(keys);
    expect(api.counters.hr.statements.length).toBe(1);
    expect(found.map((p) => (p instanceof Error ? p : p[0]?.rowId ?? null))).toEqual([people[5].id, people[300].id, people[17].id, people[5].id, null, people[300].id]);
  });
});
