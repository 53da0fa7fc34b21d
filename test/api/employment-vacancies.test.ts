import { createContext } from '../../src/context';
import { VACANCY } from '../../src/modules/employment';
import { recordsOf } from '../../src/records';
import { validateUscc } from '../../src/shared/identifiers';
import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';

const VACANCIES = `query ($first: Int, $after: String, $last: Int, $before: String, $filter: VacancyFilter, $orderBy: VacancyOrder) {
  vacancies(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id employerUscc title craft itemKey headcount payMin payMax regionCode postedOn closesOn status } }
  }
}`;

interface VacancyRow {
  id: number;
  employer_uscc: string;
  title: string;
  craft: string | null;
  item_key: string | null;
  headcount: number;
  pay_min: string | number;
  pay_max: string | number;
  region_code: string;
  posted_on: string;
  closes_on: string | null;
  status: string;
}

interface VacancyNode {
  id: string;
  employerUscc: string;
  title: string;
  headcount: number;
  payMin: string;
  payMax: string;
  postedOn: string;
  closesOn: string | null;
  status: string;
}

interface Page {
  vacancies: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{ cursor: string; node: VacancyNode }>;
  };
}

const yuan = (value: string | number) => Number(value).toFixed(2);

describeEachBackend('vacancies', (backend) => {
  let api: ApiHarness;
  let rows: VacancyRow[];
  beforeAll(async () => {
    api = await startApi(backend, 0.5);
    rows = await api.db.sources.hr.query('SELECT * FROM vacancy ORDER BY id');
  });
  afterAll(async () => api?.close());

  /** Row ids of an independent SQL query over the vacancy table. */
  const ids = async (where: string, params: unknown[] = [], order = 'id'): Promise<number[]> =>
    (await api.db.sources.hr.query(`SELECT id FROM vacancy WHERE ${where} ORDER BY ${order}`, params)).map((r: { id: number }) => Number(r.id));
  const rowIdsOf = (page: Page) => page.vacancies.edges.map((e) => Number(Buffer.from(e.node.id, 'base64url').toString('utf8').split(':')[1]));

  it('has enough seeded vacancies for the checks below', () => {
    expect(rows.length).toBeGreaterThanOrEqual(25);
  });

  it('returns every column as stored, money as two-decimal strings', async () => {
    const page: Page = await api.data<Page>(VACANCIES, { first: 100 });
    expect(page.vacancies.edges.map((e) => e.node)).toEqual(
      rows.map((r) => ({
        id: expect.any(String),
        employerUscc: r.employer_uscc,
        title: r.title,
        craft: r.craft,
        itemKey: r.item_key,
        headcount: Number(r.headcount),
        payMin: yuan(r.pay_min),
        payMax: yuan(r.pay_max),
        regionCode: r.region_code,
        postedOn: r.posted_on,
        closesOn: r.closes_on,
        status: r.status,
      })),
    );
  });

  it('walks every page forward, newest posting first, with no duplicate and no gap', async () => {
    const expected = await ids('1 = 1', [], 'posted_on DESC, id');
    const seen: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page: Page = await api.data<Page>(VACANCIES, { first: 4, after, orderBy: 'POSTED_ON' });
      seen.push(...rowIdsOf(page));
      expect(page.vacancies.totalCount).toBe(expected.length);
      if (!page.vacancies.pageInfo.hasNextPage) break;
      after = page.vacancies.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('walks backward by top pay (a decimal column) and by headcount to the same lists as SQL', async () => {
    for (const [orderBy, order] of [['PAY_MAX', 'pay_max DESC, id'], ['HEADCOUNT', 'headcount DESC, id']]) {
      const expected = await ids('1 = 1', [], order);
      const pages: number[][] = [];
      let before: string | null = null;
      for (let guard = 0; guard < 100; guard++) {
        const page: Page = await api.data<Page>(VACANCIES, { last: 3, before, orderBy });
        pages.unshift(rowIdsOf(page));
        if (!page.vacancies.pageInfo.hasPreviousPage) break;
        before = page.vacancies.pageInfo.startCursor;
      }
      expect(pages.flat()).toEqual(expected);
    }
  });

  it('filters by region subtree, status, employer, item keys, title and craft, agreeing with SQL', async () => {
    const city = rows[0].region_code.slice(0, 4);
    const byRegion: Page = await api.data<Page>(VACANCIES, { first: 100, filter: { regionCode: `${city}00` } });
    expect(rowIdsOf(byRegion)).toEqual(await ids('region_code LIKE ?', [`${city}%`]));
    expect(byRegion.vacancies.totalCount).toBeGreaterThan(0);

    const open: Page = await api.data<Page>(VACANCIES, { first: 100, filter: { statuses: ['OPEN'] } });
    expect(rowIdsOf(open)).toEqual(await ids(`status = 'OPEN'`));
    const closed: Page = await api.data<Page>(VACANCIES, { first: 100, filter: { statuses: ['CLOSED'] } });
    expect(rowIdsOf(closed)).toEqual(await ids(`status = 'CLOSED'`));
    expect(open.vacancies.totalCount + closed.vacancies.totalCount).toBe(rows.length);

    const employer = rows[2].employer_uscc;
    const byEmployer: Page = await api.data<Page>(VACANCIES, { first: 100, filter: { employerUscc: ` ${employer.toLowerCase()} ` } });
    expect(rowIdsOf(byEmployer)).toEqual(await ids('employer_uscc = ?', [employer]));
    expect(rowIdsOf(byEmployer)).toContain(rows[2].id);

    const keyed = rows.find((r) => r.item_key)!;
    const byKey: Page = await api.data<Page>(VACANCIES, { first: 100, filter: { itemKeys: [keyed.item_key!.toLowerCase()] } });
    expect(rowIdsOf(byKey)).toEqual(await ids('item_key = ?', [keyed.item_key]));
    expect(rowIdsOf(byKey)).toContain(keyed.id);

    const word = [...rows[1].title].slice(-2).join('');
    const byTitle: Page = await api.data<Page>(VACANCIES, { first: 100, filter: { titleContains: word } });
    expect(rowIdsOf(byTitle)).toEqual(await ids('title LIKE ?', [`%${word}%`]));
    const craft = [...rows[1].craft!].slice(0, 2).join('');
    const byCraft: Page = await api.data<Page>(VACANCIES, { first: 100, filter: { craftContains: craft } });
    expect(rowIdsOf(byCraft)).toEqual(await ids('craft LIKE ?', [`%${craft}%`]));
    expect(byCraft.vacancies.totalCount).toBeGreaterThan(0);
  });

  it('filters by posting dates, headcount and the day a vacancy is open, agreeing with SQL', async () => {
    const dates = rows.map((r) => r.posted_on).sort();
    const from = dates[Math.floor(dates.length / 4)];
    const to = dates[Math.floor((dates.length * 3) / 4)];
    const posted: Page = await api.data<Page>(VACANCIES, { first: 100, filter: { postedFrom: from, postedTo: to } });
    expect(rowIdsOf(posted)).toEqual(await ids('posted_on >= ? AND posted_on <= ?', [from, to]));
    const since: Page = await api.data<Page>(VACANCIES, { first: 100, filter: { postedFrom: to } });
    expect(rowIdsOf(since)).toEqual(await ids('posted_on >= ?', [to]));

    const big: Page = await api.data<Page>(VACANCIES, { first: 100, filter: { minHeadcount: 10 } });
    expect(rowIdsOf(big)).toEqual(await ids('headcount >= 10'));
    expect(big.vacancies.totalCount).toBeGreaterThan(0);

    const day = dates[Math.floor(dates.length / 2)];
    const openOn: Page = await api.data<Page>(VACANCIES, { first: 100, filter: { openOn: day } });
    const expected = await ids('posted_on <= ? AND (closes_on IS NULL OR closes_on >= ?)', [day, day]);
    expect(rowIdsOf(openOn)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(rows.length);

    // A vacancy with no closing day is open every day from its posting on.
    const hr = api.db.sources.hr;
    await hr.query(
      `INSERT INTO vacancy (employer_uscc, title, craft, item_key, headcount, pay_min, pay_max, region_code, posted_on, closes_on, status) VALUES (?, '长期学徒', NULL, NULL, 1, 3000, 4000, '370702', '2020-01-01', NULL, 'OPEN')`,
      [rows[0].employer_uscc],
    );
    try {
      const withOpenEnded: Page = await api.data<Page>(VACANCIES, { first: 100, filter: { openOn: day } });
      expect(rowIdsOf(withOpenEnded)).toEqual(await ids('posted_on <= ? AND (closes_on IS NULL OR closes_on >= ?)', [day, day]));
      expect(withOpenEnded.vacancies.edges.map((e) => e.node.title)).toContain('长期学徒');
    } finally {
      await hr.query(`DELETE FROM vacancy WHERE title = '长期学徒'`);
    }
  });

  it('accepts a well-formed USCC whose checksum fails (such codes were issued) and finds nothing for it', async () => {
    expect(validateUscc('91370000MA0000001A').ok).toBe(false);
    expect(validateUscc('91370000MA0000001A', { strict: false }).ok).toBe(true);
    const page: Page = await api.data<Page>(VACANCIES, { filter: { employerUscc: '91370000MA0000001A' } });
    expect(page.vacancies.totalCount).toBe(0);
  });

  it.each([
    [{ first: 1000 }, 'first'],
    [{ last: 101 }, 'last'],
    [{ before: 'xyz' }, 'before'],
    [{ filter: { regionCode: '999999' } }, 'filter.regionCode'],
    [{ filter: { postedFrom: '2025-06-01', postedTo: '2025-05-31' } }, 'filter.postedTo'],
    [{ filter: { employerUscc: '91370000MA00000' } }, 'filter.employerUscc'],
    [{ filter: { employerUscc: '91370000MA0000001I' } }, 'filter.employerUscc'],
    [{ filter: { itemKeys: ['not a key'] } }, 'filter.itemKeys[0]'],
    [{ filter: { minHeadcount: -1 } }, 'filter.minHeadcount'],
  ])('rejects %j with an error naming %s', async (variables, argument) => {
    const body = await api.query(VACANCIES, variables);
    expect(Object.values(body.data ?? {})).toEqual([null]);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(body.errors?.[0].message).toMatch(new RegExp(`^${argument.replace(/[[\].]/g, '\\$&')}: `));
  });

  it('reads a page and its regions in one statement, and counts only when asked', async () => {
    const data = await api.data(`{ vacancies(first: 100) { edges { node { regionCode region { code name } } } } }`);
    expect(api.statements()).toMatchObject({ hr: 1, culture: 0 });
    for (const e of data.vacancies.edges) expect(e.node.region.code).toBe(e.node.regionCode);
    await api.data(`{ vacancies(first: 100) { totalCount edges { node { id } } } }`);
    expect(api.statements().hr).toBe(2);
  });

  it('round-trips through node', async () => {
    const page: Page = await api.data<Page>(VACANCIES, { first: 3 });
    for (const { node } of page.vacancies.edges) {
      const again = await api.data(`query ($id: ID!) { node(id: $id) { __typename id ... on Vacancy { title payMax } } }`, { id: node.id });
      expect(again.node).toEqual({ __typename: 'Vacancy', id: node.id, title: node.title, payMax: node.payMax });
    }
  });

  it('vacancies by id: one statement, key order, null for a miss', async () => {
    const ctx = createContext(api.db.sources);
    const keys = [rows[5].id, 999999, rows[0].id, ...rows.slice(6, 28).map((r) => r.id)];
    api.counters.hr.reset();
    const found = await recordsOf(ctx, VACANCY).byId().loadMany(keys);
    expect(api.counters.hr.statements).toHaveLength(1);
    expect(found.map((v) => (v && !(v instanceof Error) ? v.rowId : null))).toEqual([rows[5].id, null, rows[0].id, ...rows.slice(6, 28).map((r) => r.id)]);
  });

  it('vacancy pages by employer USCC: one statement for 20+ employers, pages in key order, empty for a miss', async () => {
    const ctx = createContext(api.db.sources);
    const employers = [...new Set(rows.map((r) => r.employer_uscc))].reverse();
    const keys = [...employers.slice(0, 3), '91370000MA0000001X', ...employers.slice(3)];
    expect(keys.length).toBeGreaterThanOrEqual(20);
    api.counters.hr.reset();
    const pages = await Promise.all(keys.map((k) => recordsOf(ctx, VACANCY).pages<string>('employerUscc', { filter: { statuses: ['OPEN', 'CLOSED'] }, orderBy: 'POSTED_ON', first: 1 }).load(k)));
    expect(api.counters.hr.statements).toHaveLength(1);
    const byPosting = [...rows].sort((a, b) => (a.posted_on < b.posted_on ? 1 : a.posted_on > b.posted_on ? -1 : a.id - b.id));
    keys.forEach((key, i) => {
      const mine = byPosting.filter((r) => r.employer_uscc === key);
      expect(pages[i].edges.map((e) => e.node.rowId)).toEqual(mine.slice(0, 1).map((r) => r.id));
      expect(pages[i].pageInfo.hasNextPage).toBe(mine.length > 1);
    });
    expect(pages[3].edges).toEqual([]);
    const counts = await Promise.all(pages.map((p) => p.totalCount));
    expect(api.counters.hr.statements).toHaveLength(2);
    expect(counts).toEqual(keys.map((k) => rows.filter((r) => r.employer_uscc === k).length));
    expect(() => recordsOf(ctx, VACANCY).pages<string>('employerUscc', { filter: { employerUscc: 'bad' } })).toThrow(/filter\.employerUscc/);
  });
});
