import { createContext } from '../../src/context';
import { STARTUP_LOAN } from '../../src/modules/employment';
import { recordsOf } from '../../src/records';
import { describeEachBackend } from '../support/backends';
import { ApiHarness, Data, startApi, TEST_ADMIN_VIEWER } from '../support/api';
import { nodeRowIds, rowIdOf } from '../support/ids';
import { yuan } from '../support/sql';
import { graphql } from '../graphql';
import { walkBackward, walkForward } from '../support/pages';

const LOANS = graphql(`query StartupLoanPage($first: Int, $after: String, $last: Int, $before: String, $filter: StartupLoanFilter, $orderBy: StartupLoanOrder) {
  startupLoans(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id borrowerKind borrowerUscc amount bank guarantor grantedOn termMonths regionCode } }
  }
}`);

type Page = Data<typeof LOANS>;

interface LoanRow {
  id: number;
  borrower_person_id: number | null;
  borrower_uscc: string | null;
  amount: string | number;
  bank: string;
  guarantor: string | null;
  granted_on: string;
  term_months: number;
  region_code: string;
}

describeEachBackend('startupLoans', (backend) => {
  let api: ApiHarness;
  let rows: LoanRow[];
  beforeAll(async () => {
    api = await startApi(backend, 0.5);
    rows = (await api.db.sources.hr.query('SELECT * FROM startup_loan ORDER BY id')).map((r: LoanRow) => ({
      ...r,
      id: Number(r.id),
      borrower_person_id: r.borrower_person_id === null ? null : Number(r.borrower_person_id),
    }));
  });
  afterAll(async () => api?.close());

  const ids = async (where: string, params: unknown[] = [], order = 'id'): Promise<number[]> =>
    (await api.db.sources.hr.query(`SELECT id FROM startup_loan WHERE ${where} ORDER BY ${order}`, params)).map((r: { id: number }) => Number(r.id));
  const rowIdsOf = (page: Page) => nodeRowIds(page.startupLoans, 'StartupLoan');

  it('has loans to persons and to organisations to check', () => {
    expect(rows.filter((r) => r.borrower_person_id !== null).length).toBeGreaterThanOrEqual(15);
    expect(rows.filter((r) => r.borrower_uscc !== null).length).toBeGreaterThanOrEqual(15);
  });

  it('returns every column as stored, with the borrower kind derived from the borrower column', async () => {
    // The first page of 100 in id order (the seed grants more loans than that: boot-camp participants' too).
    const page = await api.data(LOANS, { first: 100 });
    expect(page.startupLoans.edges.map((e) => e.node)).toEqual(
      rows.slice(0, 100).map((r) => ({
        id: expect.any(String),
        borrowerKind: r.borrower_person_id !== null ? 'PERSON' : 'ORGANIZATION',
        borrowerUscc: r.borrower_uscc,
        amount: yuan(r.amount),
        bank: r.bank,
        guarantor: r.guarantor,
        grantedOn: r.granted_on,
        termMonths: Number(r.term_months),
        regionCode: r.region_code,
      })),
    );
  });

  it('walks every page forward by amount (largest first) with no duplicate and no gap', async () => {
    const expected = await ids('1 = 1', [], 'amount DESC, id');
    const seen = await walkForward(async (after) => {
      const { startupLoans } = await api.data(LOANS, { first: 6, after, orderBy: 'AMOUNT' });
      expect(startupLoans.totalCount).toBe(expected.length);
      return startupLoans;
    });
    expect(seen.map((n) => rowIdOf(n.id, 'StartupLoan'))).toEqual(expected);
  });

  it('walks backward by grant date (newest first) to the same list as SQL', async () => {
    const expected = await ids('1 = 1', [], 'granted_on DESC, id');
    const seen = await walkBackward(async (before) => (await api.data(LOANS, { last: 7, before, orderBy: 'GRANTED_ON' })).startupLoans);
    expect(seen.map((n) => rowIdOf(n.id, 'StartupLoan'))).toEqual(expected);
  });

  it('filters by region subtree, borrower kind and borrower USCC, agreeing with SQL', async () => {
    const city = rows[0].region_code.slice(0, 4);
    const byRegion = await api.data(LOANS, { first: 100, filter: { regionCode: `${city}00` } });
    expect(rowIdsOf(byRegion)).toEqual(await ids('region_code LIKE ?', [`${city}%`]));
    expect(byRegion.startupLoans.totalCount).toBeGreaterThan(0);

    const persons = await api.data(LOANS, { first: 100, filter: { borrowerKinds: ['PERSON'] } });
    expect(rowIdsOf(persons)).toEqual(await ids('borrower_person_id IS NOT NULL'));
    const organizations = await api.data(LOANS, { first: 100, filter: { borrowerKinds: ['ORGANIZATION'] } });
    expect(rowIdsOf(organizations)).toEqual(await ids('borrower_person_id IS NULL'));
    const both = await api.data(LOANS, { first: 100, filter: { borrowerKinds: ['ORGANIZATION', 'PERSON'] } });
    expect(both.startupLoans.totalCount).toBe(rows.length);

    const uscc = rows.find((r) => r.borrower_uscc)!.borrower_uscc!;
    const byUscc = await api.data(LOANS, { first: 100, filter: { borrowerUscc: uscc.toLowerCase() } });
    expect(rowIdsOf(byUscc)).toEqual(await ids('borrower_uscc = ?', [uscc]));
    expect(byUscc.startupLoans.edges.every((e) => e.node.borrowerUscc === uscc)).toBe(true);
  });

  it('filters by grant dates and amount range (Decimal strings), agreeing with SQL', async () => {
    const dates = rows.map((r) => r.granted_on).sort();
    const from = dates[Math.floor(dates.length / 3)];
    const to = dates[Math.floor((dates.length * 2) / 3)];
    const granted = await api.data(LOANS, { first: 100, filter: { grantedFrom: from, grantedTo: to } });
    const expected = await ids('granted_on >= ? AND granted_on <= ?', [from, to]);
    expect(rowIdsOf(granted)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    const until = await api.data(LOANS, { first: 100, filter: { grantedTo: from } });
    expect(rowIdsOf(until)).toEqual(await ids('granted_on <= ?', [from]));

    const amounts = rows.map((r) => Number(r.amount)).sort((a, b) => a - b);
    const low = amounts[Math.floor(amounts.length / 4)];
    const high = amounts[Math.floor((amounts.length * 3) / 4)];
    const ranged = await api.data(LOANS, { first: 100, filter: { amountMin: yuan(low), amountMax: String(high) } });
    const inRange = await ids('amount >= ? AND amount <= ?', [low, high]);
    expect(rowIdsOf(ranged)).toEqual(inRange);
    expect(inRange).toHaveLength(amounts.filter((a) => a >= low && a <= high).length);
    const exact = await api.data(LOANS, { first: 100, filter: { amountMin: yuan(high), amountMax: yuan(high) } });
    expect(rowIdsOf(exact)).toEqual(rows.filter((r) => Number(r.amount) === high).map((r) => r.id));
    const cents = await api.data(LOANS, { first: 100, filter: { amountMin: `${high - 1}.99`, amountMax: `${high}.01` } });
    expect(rowIdsOf(cents)).toEqual(rowIdsOf(exact));
  });

  it.each([
    [{ first: 1000 }, 'first'],
    [{ filter: { regionCode: '379999' } }, 'filter.regionCode'],
    [{ filter: { grantedFrom: '2025-06-01', grantedTo: '2025-01-01' } }, 'filter.grantedTo'],
    [{ filter: { amountMin: '100000.00', amountMax: '99999.99' } }, 'filter.amountMax'],
    [{ filter: { borrowerUscc: '9137000' } }, 'filter.borrowerUscc'],
  ])('rejects %j with an error naming %s', async (variables, argument) => {
    const body = await api.query(LOANS, variables);
    expect(Object.values(body.data ?? {})).toEqual([null]);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(body.errors?.[0].message).toMatch(new RegExp(`^${argument.replace(/[[\].]/g, '\\$&')}: `));
  });

  it('rejects an amount that is not a Decimal string', async () => {
    const body = await api.query(LOANS, { filter: { amountMin: '12.345' } });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads a page and its regions in one statement', async () => {
    const data = await api.data(`{ startupLoans(first: 100) { edges { node { regionCode region { code } } } } }`);
    expect(api.statements()).toMatchObject({ hr: 1, culture: 0 });
    for (const e of data.startupLoans.edges) expect(e.node.region.code).toBe(e.node.regionCode);
  });

  it('round-trips through node and nodes', async () => {
    const page = await api.data(LOANS, { first: 100, filter: { borrowerKinds: ['ORGANIZATION'] } });
    const person = await api.data(LOANS, { first: 1, filter: { borrowerKinds: ['PERSON'] } });
    const nodes = [page.startupLoans.edges[0].node, person.startupLoans.edges[0].node];
    const again = await api.data(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on StartupLoan { borrowerKind amount } } }`, { ids: nodes.map((n) => n.id) });
    expect(again.nodes).toEqual(nodes.map((n) => ({ __typename: 'StartupLoan', id: n.id, borrowerKind: n.borrowerKind, amount: n.amount })));
  });

  it('startup loans by id: one statement, key order, null for a miss', async () => {
    const ctx = createContext(api.db.sources, { viewer: TEST_ADMIN_VIEWER });
    const keys = [rows[3].id, 424242, ...rows.slice(4, 26).map((r) => r.id)];
    api.counters.hr.reset();
    const found = await recordsOf(ctx, STARTUP_LOAN).byId().loadMany(keys);
    expect(api.counters.hr.statements).toHaveLength(1);
    expect(found.map((l) => (l && !(l instanceof Error) ? [l.rowId, l.borrowerKind] : null))).toEqual(
      keys.map((k) => {
        const row = rows.find((r) => r.id === k);
        return row ? [row.id, row.borrower_person_id !== null ? 'PERSON' : 'ORGANIZATION'] : null;
      }),
    );
  });

  it('startup loan pages by borrower person id: one statement for 20+ persons, pages in key order, empty for a miss', async () => {
    const ctx = createContext(api.db.sources, { viewer: TEST_ADMIN_VIEWER });
    const borrowers = [...new Set(rows.filter((r) => r.borrower_person_id !== null).map((r) => r.borrower_person_id!))];
    const keys = [...borrowers, 1, 2, 3, 4, 5].filter((k, i, all) => all.indexOf(k) === i).reverse();
    expect(keys.length).toBeGreaterThanOrEqual(20);
    api.counters.hr.reset();
    const pages = await Promise.all(keys.map((k) => recordsOf(ctx, STARTUP_LOAN).pages<number>('borrowerPersonId', { orderBy: 'GRANTED_ON', first: 5 }).load(k)));
    expect(api.counters.hr.statements).toHaveLength(1);
    keys.forEach((key, i) => {
      const mine = rows
        .filter((r) => r.borrower_person_id === key)
        .sort((a, b) => (a.granted_on < b.granted_on ? 1 : a.granted_on > b.granted_on ? -1 : a.id - b.id));
      expect(pages[i].edges.map((e) => e.node.rowId)).toEqual(mine.slice(0, 5).map((r) => r.id));
      for (const e of pages[i].edges) expect(e.node.borrowerKind).toBe('PERSON');
    });
    expect(pages.some((p) => p.edges.length === 0)).toBe(true);
  });

  it('startup loan pages by borrower USCC: one statement for 20+ organisations, pages in key order, empty for a miss', async () => {
    const ctx = createContext(api.db.sources, { viewer: TEST_ADMIN_VIEWER });
    const borrowers = [...new Set(rows.filter((r) => r.borrower_uscc !== null).map((r) => r.borrower_uscc!))];
    const keys = ['91370000MA0000001X', ...borrowers, '91370000MA0000002X'];
    expect(keys.length).toBeGreaterThanOrEqual(20);
    api.counters.hr.reset();
    const loader = recordsOf(ctx, STARTUP_LOAN).pages<string>('borrowerUscc', { filter: { amountMin: '0.00' }, orderBy: 'AMOUNT', first: 2 });
    const pages = await Promise.all(keys.map((k) => loader.load(k)));
    expect(api.counters.hr.statements).toHaveLength(1);
    keys.forEach((key, i) => {
      const mine = rows.filter((r) => r.borrower_uscc === key).sort((a, b) => Number(b.amount) - Number(a.amount) || a.id - b.id);
      expect(pages[i].edges.map((e) => e.node.rowId)).toEqual(mine.slice(0, 2).map((r) => r.id));
      expect(pages[i].pageInfo.hasNextPage).toBe(mine.length > 2);
    });
    expect(pages[0].edges).toEqual([]);
    expect(pages[keys.length - 1].edges).toEqual([]);
    const counts = await Promise.all(pages.map((p) => p.totalCount));
    expect(api.counters.hr.statements).toHaveLength(2);
    expect(counts).toEqual(keys.map((k) => rows.filter((r) => r.borrower_uscc === k).length));
  });
});
