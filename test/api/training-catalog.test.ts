import { describeEachBackend } from '../support/backends';
import { ApiHarness, Data, startApi } from '../support/api';
import { builder } from '../support/builders';
import { Row, column, yuan } from '../support/sql';
import { graphql } from '../graphql';
import { walkBackward, walkForward } from '../support/pages';
import type { TrainingProviderOrder } from '../graphql/graphql';

const CATALOG = graphql(`query TrainingCatalogPage($first: Int, $after: String, $last: Int, $before: String, $filter: TrainingCatalogFilter, $orderBy: TrainingCatalogEntryOrder) {
  trainingCatalog(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id code title occupationCode abilitySpec classHours subsidyPerHour regionCode status publishedOn region { code } } }
  }
}`);

const PROVIDERS = graphql(`query TrainingProviderPage($first: Int, $after: String, $filter: TrainingProviderFilter, $orderBy: TrainingProviderOrder) {
  trainingProviders(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id uscc name filingNumber regionCode filedOn creditRating region { code } } }
  }
}`);

type CatalogPage = Data<typeof CATALOG>;
type ProviderPage = Data<typeof PROVIDERS>;

const codesOf = (page: CatalogPage) => page.trainingCatalog.edges.map((e) => e.node.code);
const usccsOf = (page: ProviderPage) => page.trainingProviders.edges.map((e) => e.node.uscc);
const inList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

describeEachBackend('trainingCatalog', (backend) => {
  let api: ApiHarness;
  const hr = () => api.db.sources.hr;
  beforeAll(async () => {
    api = await startApi(backend);
  });
  afterAll(async () => api?.close());

  it('returns every column of an entry as SQL holds it', async () => {
    const page = await api.data(CATALOG, { first: 100 });
    const rows: Row[] = await hr().query('SELECT * FROM training_catalog_entry ORDER BY id');
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(page.trainingCatalog.totalCount).toBe(rows.length);
    expect(page.trainingCatalog.edges.map((e) => ({ ...e.node, id: undefined }))).toEqual(
      rows.map((r) => ({
        id: undefined,
        code: r.code,
        title: r.title,
        occupationCode: r.occupation_code,
        abilitySpec: r.ability_spec,
        classHours: Number(r.class_hours),
        subsidyPerHour: yuan(r.subsidy_per_hour),
        regionCode: r.region_code,
        status: r.status,
        publishedOn: r.published_on,
        region: { code: r.region_code },
      })),
    );
  });

  it('walks every page forward by title with no duplicate and no gap, and backward by id', async () => {
    const expected = column(await hr().query('SELECT code FROM training_catalog_entry ORDER BY title, id'), 'code');
    const seen = await walkForward(async (after) => (await api.data(CATALOG, { first: 7, after, orderBy: 'TITLE' })).trainingCatalog);
    expect(seen.map((n) => n.code)).toEqual(expected);

    const byId = column(await hr().query('SELECT code FROM training_catalog_entry ORDER BY id'), 'code');
    const backward = await walkBackward(async (before) => (await api.data(CATALOG, { last: 6, before })).trainingCatalog);
    expect(backward.map((n) => n.code)).toEqual(byId);
  });

  it('orders by code', async () => {
    const page = await api.data(CATALOG, { first: 100, orderBy: 'CODE' });
    expect(codesOf(page)).toEqual(column(await hr().query('SELECT code FROM training_catalog_entry ORDER BY code, id'), 'code'));
  });

  it('filters by status, region subtree, occupation, title and publication dates, agreeing with SQL', async () => {
    const city: string = (await hr().query(`SELECT region_code FROM training_catalog_entry GROUP BY region_code ORDER BY COUNT(*) DESC, region_code LIMIT 1`))[0].region_code;
    const prefix = city.slice(0, 4);
    const byRegion = await api.data(CATALOG, { first: 100, filter: { statuses: ['PUBLISHED', 'WITHDRAWN'], regionCode: city } });
    const regionRows = await hr().query(`SELECT code FROM training_catalog_entry WHERE status IN ('PUBLISHED','WITHDRAWN') AND region_code LIKE '${prefix}%' ORDER BY id`);
    expect(regionRows.length).toBeGreaterThan(0);
    expect(codesOf(byRegion)).toEqual(column(regionRows, 'code'));
    expect(byRegion.trainingCatalog.totalCount).toBe(regionRows.length);

    const drafts = await api.data(CATALOG, { first: 100, filter: { statuses: ['DRAFT'] } });
    expect(codesOf(drafts)).toEqual(column(await hr().query(`SELECT code FROM training_catalog_entry WHERE status = 'DRAFT' ORDER BY id`), 'code'));

    const occupation: string = (await hr().query('SELECT occupation_code FROM training_catalog_entry WHERE occupation_code IS NOT NULL ORDER BY id LIMIT 1'))[0].occupation_code;
    const byOccupation = await api.data(CATALOG, { first: 100, filter: { occupationCode: occupation } });
    expect(codesOf(byOccupation)).toEqual(column(await hr().query('SELECT code FROM training_catalog_entry WHERE occupation_code = ? ORDER BY id', [occupation]), 'code'));

    const titled = await api.data(CATALOG, { first: 100, filter: { titleContains: '专项' } });
    expect(codesOf(titled)).toEqual(column(await hr().query(`SELECT code FROM training_catalog_entry WHERE title LIKE '%专项%' ORDER BY id`), 'code'));
    expect(titled.trainingCatalog.edges.length).toBeGreaterThan(0);
    const percent = await api.data(CATALOG, { filter: { titleContains: '%' } });
    expect(percent.trainingCatalog.totalCount).toBe(0);

    const dated = await api.data(CATALOG, { first: 100, filter: { publishedFrom: '2023-01-01', publishedTo: '2023-12-31' } });
    const datedRows = await hr().query(`SELECT code FROM training_catalog_entry WHERE published_on >= '2023-01-01' AND published_on <= '2023-12-31' ORDER BY id`);
    expect(datedRows.length).toBeGreaterThan(0);
    expect(codesOf(dated)).toEqual(column(datedRows, 'code'));
  });

  it('filters by ICH item keys in any spelling', async () => {
    const keys: string[] = column(await hr().query('SELECT DISTINCT item_key FROM training_catalog_item ORDER BY item_key LIMIT 3'), 'item_key');
    const expected = column(
      await hr().query(`SELECT code FROM training_catalog_entry WHERE id IN (SELECT entry_id FROM training_catalog_item WHERE item_key IN (${inList(keys)})) ORDER BY id`),
      'code',
    );
    const respelled = keys.map((k) => k.toLowerCase().replace(/-/g, '—'));
    const page = await api.data(CATALOG, { first: 100, filter: { itemKeys: respelled } });
    expect(expected.length).toBeGreaterThan(0);
    expect(codesOf(page)).toEqual(expected);
  });

  it.each([
    [{ first: 1000 }, 'first'],
    [{ first: 2, after: 'nonsense' }, 'after'],
    [{ filter: { regionCode: '999999' } }, 'filter.regionCode'],
    [{ filter: { regionCode: '37' } }, 'filter.regionCode'],
    [{ filter: { publishedFrom: '2024-01-01', publishedTo: '2023-01-01' } }, 'filter.publishedTo'],
    [{ filter: { itemKeys: ['NATIONAL:Ⅷ-91:371581', 'NATIONAL:XI-1:370100'] } }, 'filter.itemKeys[1]'],
  ])('rejects %j with an error naming %s', async (variables, argument) => {
    const body = await api.query(CATALOG, variables);
    expect(Object.values(body.data ?? {})).toEqual([null]);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(body.errors?.[0].message.startsWith(`${argument}: `)).toBe(true);
  });

  it('reads item keys and culture items of every entry in one hr and one culture statement', async () => {
    const data = await api.data(graphql(`query HeritageItemsOfCatalog { trainingCatalog(first: 100) { edges { node { code itemKeys heritageItems { itemKey name } } } } }`));
    expect(api.statements()).toMatchObject({ hr: 2, culture: 1 });
    const keyRows: Row[] = await hr().query('SELECT e.code, i.item_key FROM training_catalog_item i JOIN training_catalog_entry e ON e.id = i.entry_id ORDER BY e.id, i.item_key');
    const allKeys = [...new Set(keyRows.map((r) => r.item_key as string))];
    const itemRows: Row[] = await api.db.sources.culture.query(
      `SELECT l.listing_key, t.item_key FROM heritage_listing l JOIN heritage_item t ON t.id = l.item_id WHERE l.listing_key IN (${inList(allKeys)})`,
    );
    const itemOfKey = new Map(itemRows.map((r) => [r.listing_key as string, r.item_key as string]));
    const edges = data.trainingCatalog.edges;
    expect(edges.length).toBeGreaterThanOrEqual(20);
    for (const { node } of edges) {
      const keys = keyRows.filter((r) => r.code === node.code).map((r) => r.item_key as string);
      expect(node.itemKeys).toEqual(keys);
      expect(keys.length).toBeGreaterThanOrEqual(1);
      const items = [...new Set(keys.map((k) => itemOfKey.get(k)).filter((k): k is string => !!k))];
      expect(node.heritageItems?.map((i) => i.itemKey).sort()).toEqual(items.sort());
    }
    expect(edges.some((e) => e.node.heritageItems?.length)).toBe(true);
  });

  it('gives an empty list for an entry with no items and leaves out keys culture does not know', async () => {
    const b = await builder(api);
    const empty = await b.trainingCatalogEntry({ code: 'T-EMPTY', title: '测试 empty', classHours: 8, status: 'DRAFT' });
    const unknown = await b.trainingCatalogEntry({ code: 'T-UNKNOWN', title: '测试 unknown', classHours: 8, status: 'DRAFT', items: [{ itemKey: 'COUNTY:Ⅰ-9999:370102' }] });
    try {
      const data = await api.data(`{ trainingCatalog(first: 2, filter: { titleContains: "测试" }) { edges { node { code itemKeys heritageItems { itemKey } } } } }`);
      expect(data.trainingCatalog.edges.map((e: { node: unknown }) => e.node)).toEqual([
        { code: 'T-EMPTY', itemKeys: [], heritageItems: [] },
        { code: 'T-UNKNOWN', itemKeys: ['COUNTY:Ⅰ-9999:370102'], heritageItems: [] },
      ]);
    } finally {
      await hr().query('DELETE FROM training_catalog_item WHERE entry_id IN (?, ?)', [empty.id, unknown.id]);
      await hr().query('DELETE FROM training_catalog_entry WHERE id IN (?, ?)', [empty.id, unknown.id]);
    }
  });

  it('pages the cohorts of every entry in one windowed statement, agreeing with SQL', async () => {
    const data = await api.data(graphql(`query CohortsOfCatalog { trainingCatalog(first: 100) { edges { node { code cohorts(first: 2, orderBy: STARTS_ON) { totalCount pageInfo { hasNextPage } edges { node { code startsOn } } } } } } }`));
    expect(api.statements().hr).toBe(1);
    const rows: Row[] = await hr().query('SELECT e.code AS entry, c.code FROM training_cohort c JOIN training_catalog_entry e ON e.id = c.catalog_entry_id ORDER BY c.starts_on, c.id');
    const edges = data.trainingCatalog.edges;
    expect(edges.length).toBeGreaterThanOrEqual(20);
    for (const { node } of edges) {
      const all = rows.filter((r) => r.entry === node.code).map((r) => r.code as string);
      expect(node.cohorts.edges.map((e) => e.node.code)).toEqual(all.slice(0, 2));
      expect(node.cohorts.totalCount).toBe(all.length);
      expect(node.cohorts.pageInfo.hasNextPage).toBe(all.length > 2);
    }
    expect(edges.some((e) => e.node.cohorts.totalCount === 0)).toBe(true);
    expect(edges.some((e) => e.node.cohorts.totalCount > 2)).toBe(true);
  });

  it('round-trips entries through node and nodes', async () => {
    const page = await api.data(CATALOG, { first: 3 });
    const ids = page.trainingCatalog.edges.map((e) => e.node.id);
    const one = await api.data(`query ($id: ID!) { node(id: $id) { __typename id ... on TrainingCatalogEntry { code } } }`, { id: ids[0] });
    expect(one.node).toEqual({ __typename: 'TrainingCatalogEntry', id: ids[0], code: page.trainingCatalog.edges[0].node.code });
    const many = await api.data(`query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on TrainingCatalogEntry { code } } }`, { ids });
    expect(many.nodes.map((n: { code: string }) => n.code)).toEqual(codesOf(page));
  });
});

describeEachBackend('trainingProviders', (backend) => {
  let api: ApiHarness;
  const hr = () => api.db.sources.hr;
  beforeAll(async () => {
    api = await startApi(backend);
  });
  afterAll(async () => api?.close());


  it('returns every column of a provider as SQL holds it', async () => {
    const page = await api.data(PROVIDERS, { first: 100 });
    const rows: Row[] = await hr().query('SELECT * FROM training_provider ORDER BY id');
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(page.trainingProviders.totalCount).toBe(rows.length);
    expect(page.trainingProviders.edges.map((e) => ({ ...e.node, id: undefined }))).toEqual(
      rows.map((r) => ({
        id: undefined,
        uscc: r.uscc,
        name: r.name,
        filingNumber: r.filing_number,
        regionCode: r.region_code,
        filedOn: r.filed_on,
        creditRating: r.credit_rating,
        region: { code: r.region_code },
      })),
    );
  });

  it.each<[TrainingProviderOrder, string]>([
    ['NAME', 'name'],
    ['USCC', 'uscc'],
    ['FILED_ON', 'filed_on'],
  ])('walks every page ordered by %s with no duplicate and no gap', async (orderBy, sqlColumn) => {
    const expected = column(await hr().query(`SELECT uscc FROM training_provider ORDER BY ${sqlColumn}, id`), 'uscc');
    const seen = await walkForward(async (after) => (await api.data(PROVIDERS, { first: 4, after, orderBy })).trainingProviders);
    expect(seen.map((n) => n.uscc)).toEqual(expected);
  });

  it('filters by region subtree, USCC in any case, name and credit rating, agreeing with SQL', async () => {
    const city: string = (await hr().query(`SELECT region_code FROM training_provider WHERE region_code NOT LIKE '%0000' ORDER BY id LIMIT 1`))[0].region_code.slice(0, 4);
    const byRegion = await api.data(PROVIDERS, { first: 100, filter: { regionCode: `${city}00`, creditRatings: ['A', 'B'] } });
    const rows = await hr().query(`SELECT uscc FROM training_provider WHERE region_code LIKE '${city}%' AND credit_rating IN ('A','B') ORDER BY id`);
    expect(usccsOf(byRegion)).toEqual(column(rows, 'uscc'));

    const rated = await api.data(PROVIDERS, { first: 100, filter: { creditRatings: ['C'] } });
    expect(usccsOf(rated)).toEqual(column(await hr().query(`SELECT uscc FROM training_provider WHERE credit_rating = 'C' ORDER BY id`), 'uscc'));

    const one: Row = (await hr().query('SELECT uscc, name FROM training_provider ORDER BY id DESC LIMIT 1'))[0];
    const spaced = ` ${one.uscc.slice(0, 6).toLowerCase()} ${one.uscc.slice(6)} `;
    const byUscc = await api.data(PROVIDERS, { filter: { uscc: spaced } });
    expect(usccsOf(byUscc)).toEqual([one.uscc]);

    const needle = one.name.slice(1, 4);
    const byName = await api.data(PROVIDERS, { first: 100, filter: { nameContains: needle } });
    expect(usccsOf(byName)).toEqual(column(await hr().query('SELECT uscc FROM training_provider WHERE name LIKE ? ORDER BY id', [`%${needle}%`]), 'uscc'));
  });

  it.each([
    [{ first: 101 }, 'first'],
    [{ filter: { uscc: '91370000ABC' } }, 'filter.uscc'],
    [{ filter: { uscc: '91370000MA3CIOSV0X' } }, 'filter.uscc'],
    [{ filter: { regionCode: '379999' } }, 'filter.regionCode'],
  ])('rejects %j with an error naming %s', async (variables, argument) => {
    const body = await api.query(PROVIDERS, variables);
    expect(Object.values(body.data ?? {})).toEqual([null]);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('pages the cohorts of every provider in one windowed statement, with a filter, agreeing with SQL', async () => {
    const data = await api.data(
      graphql(`query ProjectCohortsOfProviders { trainingProviders(first: 100) { edges { node { uscc cohorts(first: 3, orderBy: CODE, filter: { projectBased: true }) { totalCount edges { node { code projectBased } } } } } } }`),
    );
    expect(api.statements().hr).toBe(1);  // same-source levels below come with it, in one chained statement
    const rows: Row[] = await hr().query('SELECT p.uscc, c.code FROM training_cohort c JOIN training_provider p ON p.id = c.provider_id WHERE c.project_based = 1 ORDER BY c.code, c.id');
    const edges = data.trainingProviders.edges;
    expect(edges.length).toBeGreaterThanOrEqual(20);
    for (const { node } of edges) {
      const all = rows.filter((r) => r.uscc === node.uscc).map((r) => r.code as string);
      expect(node.cohorts.edges.map((e) => e.node.code)).toEqual(all.slice(0, 3));
      expect(node.cohorts.totalCount).toBe(all.length);
      for (const e of node.cohorts.edges) expect(e.node.projectBased).toBe(true);
    }
    expect(edges.some((e) => e.node.cohorts.totalCount === 0)).toBe(true);
  });

  it('round-trips providers through node', async () => {
    const page = await api.data(PROVIDERS, { first: 2 });
    for (const { node } of page.trainingProviders.edges) {
      const found = await api.data(`query ($id: ID!) { node(id: $id) { __typename id ... on TrainingProvider { uscc } } }`, { id: node.id });
      expect(found.node).toEqual({ __typename: 'TrainingProvider', id: node.id, uscc: node.uscc });
    }
  });
});
