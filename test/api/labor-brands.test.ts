import { createContext } from '../../src/context';
import { LABOR_BRAND, LABOR_BRAND_UNIT } from '../../src/modules/labor';
import { recordsOf } from '../../src/records';
import { describeEachBackend } from '../support/backends';
import { ApiHarness, Data, startApi } from '../support/api';
import { graphql } from '../graphql';
import { walkBackward, walkForward } from '../support/pages';

const BRANDS = graphql(`query LaborBrandPage($first: Int, $after: String, $last: Int, $before: String, $filter: LaborBrandFilter, $orderBy: LaborBrandOrder) {
  laborBrands(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name regionCode craft itemKey establishedYear } }
  }
}`);

const UNITS = graphql(`query LaborBrandUnitPages($first: Int, $unitFirst: Int, $unitAfter: String, $unitFilter: LaborBrandUnitFilter, $unitOrder: LaborBrandUnitOrder) {
  laborBrands(first: $first) {
    edges { node { id name units(first: $unitFirst, after: $unitAfter, filter: $unitFilter, orderBy: $unitOrder) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id uscc unitKind recognizedOn brand { id name } } }
    } } }
  }
}`);

const UNIT_WALK = graphql(`query LaborBrandUnitWalk($f: LaborBrandFilter, $after: String) {
  laborBrands(filter: $f) { edges { node { id name units(first: 2, after: $after, orderBy: USCC) { pageInfo { hasNextPage endCursor } edges { node { id uscc unitKind recognizedOn brand { id name } } } } } } }
}`);

type BrandPage = Data<typeof BRANDS>;

interface BrandRow {
  id: number;
  name: string;
  region_code: string;
  craft: string;
  item_key: string | null;
  established_year: number;
}

interface UnitRow {
  id: number;
  brand_id: number;
  uscc: string;
  unit_kind: string;
  recognized_on: string;
}

describeEachBackend('laborBrands', (backend) => {
  let api: ApiHarness;
  let brands: BrandRow[];
  let units: UnitRow[];
  beforeAll(async () => {
    api = await startApi(backend);
    brands = await api.db.sources.hr.query('SELECT * FROM labor_brand ORDER BY id');
    units = await api.db.sources.hr.query('SELECT * FROM labor_brand_unit ORDER BY id');
  });
  afterAll(async () => api?.close());

  const names = async (sql: string, params: unknown[] = []): Promise<string[]> =>
    (await api.db.sources.hr.query(sql, params)).map((r: { name: string }) => r.name);
  const pageNames = (page: BrandPage) => page.laborBrands.edges.map((e) => e.node.name);

  it('has enough seeded brands and units for the checks below', () => {
    expect(brands.length).toBeGreaterThanOrEqual(30);
    expect(units.length).toBeGreaterThan(brands.length);
  });

  it('walks every page forward by name with no duplicate and no gap, matching SQL', async () => {
    const expected = await names('SELECT name FROM labor_brand ORDER BY name, id');
    const seen = await walkForward(async (after) => {
      const { laborBrands } = await api.data(BRANDS, { first: 7, after, orderBy: 'NAME' });
      expect(laborBrands.totalCount).toBe(expected.length);
      expect(laborBrands.pageInfo.hasPreviousPage).toBe(after !== null);
      return laborBrands;
    });
    expect(seen.map((n) => n.name)).toEqual(expected);
  });

  it('walks backward by establishment year (newest first) to the same list as SQL', async () => {
    const expected = await names('SELECT name FROM labor_brand ORDER BY established_year DESC, id');
    const seen = await walkBackward(async (before) => (await api.data(BRANDS, { last: 5, before, orderBy: 'ESTABLISHED_YEAR' })).laborBrands);
    expect(seen.map((n) => n.name)).toEqual(expected);
  });

  it('returns every column as stored', async () => {
    const page = await api.data(BRANDS, { first: 100 });
    expect(page.laborBrands.edges.map((e) => e.node)).toEqual(
      brands.map((b) => ({
        id: expect.any(String),
        name: b.name,
        regionCode: b.region_code,
        craft: b.craft,
        itemKey: b.item_key,
        establishedYear: Number(b.established_year),
      })),
    );
  });

  it('filters by region subtree, item keys, name, craft and year, agreeing with SQL', async () => {
    const byRegion = await api.data(BRANDS, { first: 100, filter: { regionCode: '370700' } });
    const regionRows = await names(`SELECT name FROM labor_brand WHERE region_code LIKE '3707%' ORDER BY id`);
    expect(regionRows.length).toBeGreaterThan(1);
    expect(pageNames(byRegion)).toEqual(regionRows);
    expect(byRegion.laborBrands.totalCount).toBe(regionRows.length);

    const keyed = brands.filter((b) => b.item_key !== null);
    const key = keyed[0].item_key!;
    const [level, number, area] = key.split(':');
    const spelled = `${level.toLowerCase()}:${number.normalize('NFKC').toLowerCase().replace('-', '—')}:${area}`;
    const byKey = await api.data(BRANDS, { first: 100, filter: { itemKeys: [spelled] } });
    expect(pageNames(byKey)).toEqual(await names('SELECT name FROM labor_brand WHERE item_key = ? ORDER BY id', [key]));
    expect(pageNames(byKey).length).toBeGreaterThan(0);
    const none = await api.data(BRANDS, { filter: { itemKeys: [] } });
    expect(none.laborBrands.totalCount).toBe(0);

    const needle = [...brands[3].name].slice(1, 3).join('');
    const byName = await api.data(BRANDS, { first: 100, filter: { nameContains: needle } });
    expect(pageNames(byName)).toEqual(await names(`SELECT name FROM labor_brand WHERE name LIKE ? ORDER BY id`, [`%${needle}%`]));
    expect(pageNames(byName)).toContain(brands[3].name);
    const percent = await api.data(BRANDS, { filter: { nameContains: '%' } });
    expect(percent.laborBrands.totalCount).toBe(0);

    const craft = brands[5].craft;
    const byCraft = await api.data(BRANDS, { first: 100, filter: { craftContains: craft } });
    expect(pageNames(byCraft)).toEqual(await names(`SELECT name FROM labor_brand WHERE craft LIKE ? ORDER BY id`, [`%${craft}%`]));

    const byYear = await api.data(BRANDS, { first: 100, filter: { establishedYears: [2023, 2025] } });
    const yearRows = await names('SELECT name FROM labor_brand WHERE established_year IN (2023, 2025) ORDER BY id');
    expect(yearRows.length).toBeGreaterThan(0);
    expect(pageNames(byYear)).toEqual(yearRows);

    const combined = await api.data(BRANDS, { first: 100, filter: { regionCode: '370000', establishedYears: [2024] }, orderBy: 'NAME' });
    expect(pageNames(combined)).toEqual(await names('SELECT name FROM labor_brand WHERE established_year = 2024 ORDER BY name, id'));
  });

  it.each([
    [BRANDS, { first: 1000 }, 'first'],
    [BRANDS, { first: 2, last: 2 }, 'last'],
    [BRANDS, { after: 'not-a-cursor' }, 'after'],
    [BRANDS, { filter: { regionCode: '999999' } }, 'filter.regionCode'],
    [BRANDS, { filter: { regionCode: '37' } }, 'filter.regionCode'],
    [BRANDS, { filter: { itemKeys: ['NATIONAL:Ⅷ-91:371581', 'NATIONAL:XI-1:370100'] } }, 'filter.itemKeys[1]'],
    [UNITS, { first: 3, unitFirst: 1000 }, 'first'],
    [UNITS, { first: 3, unitFilter: { recognizedFrom: '2024-01-01', recognizedTo: '2023-12-31' } }, 'filter.recognizedTo'],
  ])('rejects bad arguments with an error naming the argument (case %#)', async (query, variables, argument) => {
    const body = await api.query(query, variables);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(body.errors?.[0].message).toMatch(new RegExp(`^${argument.replace(/[[\].]/g, '\\$&')}: `));
  });

  it('refuses a cursor issued under another order', async () => {
    const page = await api.data(BRANDS, { first: 2, orderBy: 'NAME' });
    const body = await api.query(BRANDS, { first: 2, after: page.laborBrands.pageInfo.endCursor, orderBy: 'ESTABLISHED_YEAR' });
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('pages the units of every brand in one statement, counts them in one, and loads their brands in one', async () => {
    const data = await api.data(UNITS, { first: 100, unitFirst: 3, unitOrder: 'RECOGNIZED_ON' });
    // root page, units of all brands, their counts, the units' brands
    expect(api.statements()).toMatchObject({ hr: 1, culture: 0 });
    const sorted = [...units].sort((a, b) => (a.recognized_on < b.recognized_on ? 1 : a.recognized_on > b.recognized_on ? -1 : a.id - b.id));
    expect(data.laborBrands.edges).toHaveLength(brands.length);
    data.laborBrands.edges.forEach((edge, i) => {
      const brand = brands[i];
      expect(edge.node.name).toBe(brand.name);
      const mine = sorted.filter((u) => u.brand_id === brand.id);
      expect(edge.node.units.edges.map((e) => e.node.uscc)).toEqual(mine.slice(0, 3).map((u) => u.uscc));
      expect(edge.node.units.pageInfo.hasNextPage).toBe(mine.length > 3);
      for (const u of edge.node.units.edges) expect(u.node.brand).toEqual({ id: edge.node.id, name: brand.name });
      for (const u of edge.node.units.edges) {
        const row = mine.find((r) => r.uscc === u.node.uscc)!;
        expect(u.node).toMatchObject({ unitKind: row.unit_kind, recognizedOn: row.recognized_on });
      }
    });
  });

  it('filters units per brand, gives brands without a match an empty page, and counts in one more statement', async () => {
    const data = await api.data(
      graphql(`query LaborBrandUnitsFiltered($filter: LaborBrandUnitFilter) { laborBrands(first: 100) { edges { node { units(first: 100, filter: $filter) { totalCount edges { node { uscc } } } } } } }`),
      { filter: { unitKinds: ['KEY_PROJECT'], recognizedFrom: '2023-01-01', recognizedTo: '2024-12-31' } },
    );
    expect(api.statements().hr).toBe(1);  // same-source levels below come with it, in one chained statement
    const expected = await api.db.sources.hr.query(
      `SELECT brand_id, uscc FROM labor_brand_unit WHERE unit_kind = 'KEY_PROJECT' AND recognized_on BETWEEN '2023-01-01' AND '2024-12-31' ORDER BY id`,
    );
    let empty = 0;
    data.laborBrands.edges.forEach((edge, i) => {
      const mine = expected.filter((r: { brand_id: number }) => Number(r.brand_id) === brands[i].id).map((r: { uscc: string }) => r.uscc);
      expect(edge.node.units.edges.map((e) => e.node.uscc)).toEqual(mine);
      expect(edge.node.units.totalCount).toBe(mine.length);
      if (mine.length === 0) empty++;
    });
    expect(empty).toBeGreaterThan(0);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('walks the units of one brand page by page', async () => {
    const brand = brands.reduce((best, b) => (units.filter((u) => u.brand_id === b.id).length > units.filter((u) => u.brand_id === best.id).length ? b : best));
    const expected = units.filter((u) => u.brand_id === brand.id).sort((a, b) => (a.uscc < b.uscc ? -1 : 1)).map((u) => u.uscc);
    expect(expected.length).toBeGreaterThan(2);
    const seen = await walkForward(async (after) => {
      const data = await api.data(UNIT_WALK, { f: { nameContains: brand.name }, after });
      return data.laborBrands.edges.find((e) => e.node.name === brand.name)!.node.units;
    });
    expect(seen.map((n) => n.uscc)).toEqual(expected);
  });

  it('resolves regions from the reference data without SQL', async () => {
    const data = await api.data(`{ laborBrands(first: 100) { edges { node { regionCode region { code level } } } } }`);
    expect(api.statements().hr).toBe(1);
    for (const e of data.laborBrands.edges) expect(e.node.region.code).toBe(e.node.regionCode);
  });

  it('round-trips brands and units through node and nodes', async () => {
    const data = await api.data(UNITS, { first: 2, unitFirst: 1 });
    const brand = data.laborBrands.edges[0].node;
    const unit = brand.units.edges[0].node;
    const again = await api.data(
      `query ($b: ID!, $u: ID!) {
        b: node(id: $b) { __typename id ... on LaborBrand { name } }
        u: node(id: $u) { __typename id ... on LaborBrandUnit { uscc brand { id } } }
      }`,
      { b: brand.id, u: unit.id },
    );
    expect(again.b).toEqual({ __typename: 'LaborBrand', id: brand.id, name: brand.name });
    expect(again.u).toEqual({ __typename: 'LaborBrandUnit', id: unit.id, uscc: unit.uscc, brand: { id: brand.id } });
    const many = await api.data(`query ($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [unit.id, brand.id] });
    expect(many.nodes).toEqual([{ id: unit.id }, { id: brand.id }]);
  });

  it('labour-brand units by USCC: one statement for many USCCs, lists in key order, empty for a miss', async () => {
    const ctx = createContext(api.db.sources);
    const usccs = [...new Set(units.map((u) => u.uscc))].slice(0, 25).reverse();
    const keys = [...usccs.slice(0, 10), '91370000MA0000001X', ...usccs.slice(10)];
    api.counters.hr.reset();
    const lists = await Promise.all(keys.map((k) => recordsOf(ctx, LABOR_BRAND_UNIT).byColumn('uscc').load(k)));
    expect(api.counters.hr.statements).toHaveLength(1);
    expect(lists.map((l) => l.map((u) => u.rowId))).toEqual(keys.map((k) => units.filter((u) => u.uscc === k).map((u) => u.id)));
    expect(lists[10]).toEqual([]);
    expect(lists[0][0]).toMatchObject({ __typename: 'LaborBrandUnit', uscc: keys[0] });
  });

  it('labour-brand pages by item key: one statement for many item keys, pages in key order, empty for a miss', async () => {
    const ctx = createContext(api.db.sources);
    const keys = [...new Set(brands.filter((b) => b.item_key).map((b) => b.item_key!))];
    keys.splice(1, 0, 'NATIONAL:Ⅰ-999:370000');
    expect(keys.length).toBeGreaterThanOrEqual(20);
    api.counters.hr.reset();
    const pages = await Promise.all(keys.map((k) => recordsOf(ctx, LABOR_BRAND).pages<string>('itemKey', { first: 1 }).load(k)));
    expect(api.counters.hr.statements).toHaveLength(1);
    keys.forEach((key, i) => {
      const mine = brands.filter((b) => b.item_key === key).map((b) => b.name);
      expect(pages[i].edges.map((e) => e.node.name)).toEqual(mine.slice(0, 1));
      expect(pages[i].pageInfo.hasNextPage).toBe(mine.length > 1);
    });
    expect(pages[1].edges).toEqual([]);
    const counts = await Promise.all(pages.map((p) => p.totalCount));
    expect(api.counters.hr.statements).toHaveLength(2);
    expect(counts).toEqual(keys.map((k) => brands.filter((b) => b.item_key === k).length));
    expect(() => recordsOf(ctx, LABOR_BRAND).pages<string>('itemKey', { filter: { regionCode: '999999' } })).toThrow(/filter\.regionCode/);
  });
});
