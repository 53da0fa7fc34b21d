import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { builder } from '../support/builders';
import { column } from '../support/sql';
import { createContext } from '../../src/context';
import { TEST_ADMIN_VIEWER } from '../support/api';

const ADMIN = { ...TEST_ADMIN_VIEWER, scopes: new Set(['pii:read']) };

/*
 * Two defects of issue 13, each checked against SQL written here:
 * (a) a catalogue entry keyed by an extension listing's key belongs to the
 *     listing's item, under HeritageItem.trainingCatalogEntries and under
 *     trainingCatalog(filter: { itemKeys }) with the item's own key;
 * (b) the dispatch report places talent titles by the title's region (the
 *     area that put the holder forward), not by where the holder lives.
 */

const ITEM_ENTRIES = `query ($keys: [String!]) {
  heritageItems(first: 10, filter: { itemKeys: $keys }) {
    edges { node { itemKey trainingCatalogEntries(first: 50) { totalCount edges { node { code } } } } }
  }
}`;

const CATALOG = `query ($keys: [String!]) {
  trainingCatalog(first: 50, filter: { itemKeys: $keys }, orderBy: CODE) { totalCount edges { node { code } } }
}`;

const TITLES = `query ($period: PeriodInput!, $regionCode: String) {
  dispatchReport(period: $period, regionCode: $regionCode) {
    rows { kind region { code } talentTitlesAwarded { total } }
  }
}`;

describeEachBackend('issue 13 defects', (backend) => {
  let api: ApiHarness;
  const hr = () => api.db.sources.hr;
  const culture = () => api.db.sources.culture;
  beforeAll(async () => {
    api = await startApi(backend, 0);
  });
  afterAll(async () => api?.close());

  /** Codes of the entries built on the item: its listings' keys (culture), then the entries citing any of them (HR). */
  async function entriesOfItemBySql(itemId: number): Promise<string[]> {
    const keys = column(await culture().query('SELECT listing_key FROM heritage_listing WHERE item_id = ?', [itemId]), 'listing_key');
    return column(
      await hr().query(
        `SELECT DISTINCT e.code FROM training_catalog_entry e JOIN training_catalog_item i ON i.entry_id = e.id WHERE i.item_key IN (${keys.map(() => '?').join(', ')}) ORDER BY e.code`,
        keys,
      ),
      'code',
    );
  }

  it('puts an entry keyed by an extension listing under its item, once, and finds it by the item’s own key and by the listing’s', async () => {
    const b = await builder(api);
    const item = await b.heritageItem({ level: 'PROVINCIAL', number: 'Ⅷ-77', regionCode: '370702' });
    const extension = await b.heritageListing({ item, level: 'PROVINCIAL', number: 'Ⅷ-77', areaCode: '370783' });
    const other = await b.heritageItem({ level: 'PROVINCIAL', number: 'Ⅷ-78', regionCode: '370702' });
    expect(extension.listingKey).not.toEqual(item.itemKey);
    // As an agency's export carries them: one entry by the extension's key, one by the item's, one by both, one on another item.
    const byExtension = await b.trainingCatalogEntry({ code: 'EXT-A' });
    await b.trainingCatalogItem({ entry: byExtension, itemKey: extension.listingKey });
    const byOwn = await b.trainingCatalogEntry({ code: 'EXT-B' });
    await b.trainingCatalogItem({ entry: byOwn, itemKey: item.itemKey });
    const byBoth = await b.trainingCatalogEntry({ code: 'EXT-C' });
    await b.trainingCatalogItem({ entry: byBoth, itemKey: item.itemKey });
    await b.trainingCatalogItem({ entry: byBoth, itemKey: extension.listingKey });
    const elsewhere = await b.trainingCatalogEntry({ code: 'EXT-D' });
    await b.trainingCatalogItem({ entry: elsewhere, itemKey: other.itemKey });

    const expected = await entriesOfItemBySql(item.id);
    expect(expected).toEqual(['EXT-A', 'EXT-B', 'EXT-C']);

    const items = (await api.data(ITEM_ENTRIES, { keys: [item.itemKey, other.itemKey] })).heritageItems.edges.map((e: any) => e.node);
    const under = items.find((n: any) => n.itemKey === item.itemKey).trainingCatalogEntries;
    expect(under.edges.map((e: any) => e.node.code).sort()).toEqual(expected);
    expect(under.totalCount).toBe(expected.length);
    const underOther = items.find((n: any) => n.itemKey === other.itemKey).trainingCatalogEntries;
    expect(underOther.edges.map((e: any) => e.node.code)).toEqual(await entriesOfItemBySql(other.id));

    for (const key of [item.itemKey, extension.listingKey]) {
      const page = (await api.data(CATALOG, { keys: [key] })).trainingCatalog;
      expect({ key, codes: page.edges.map((e: any) => e.node.code) }).toEqual({ key, codes: expected });
      expect(page.totalCount).toBe(expected.length);
    }
  });

  it('places a talent title by the title’s region, not the holder’s, in the report, its totals and both readings (rollups and facts)', async () => {
    const b = await builder(api);
    const holder = await b.person({ regionCode: '370102' }); // lives in Jinan
    await b.talentTitle({ person: holder, regionCode: '370702', awardedOn: '2023-05-20' }); // put forward by Weifang's 潍城区
    const period = { kind: 'YEAR', year: 2023 };
    const bySql = async () => {
      const rows = await hr().query(
        `SELECT SUBSTR(region_code, 1, 4) AS city, COUNT(*) AS n FROM talent_title WHERE awarded_on BETWEEN '2023-01-01' AND '2023-12-31' GROUP BY SUBSTR(region_code, 1, 4)`,
      );
      return new Map(rows.map((r: any) => [`${r.city}00`, Number(r.n)]));
    };
    const expected = await bySql();
    expect(expected.get('370700')).toBe(1);
    expect(expected.get('370100')).toBeUndefined();
    for (const source of ['rollup', 'raw'] as const) {
      const ask = async (variables: object) => {
        const response = await api.server.apollo.executeOperation({ query: TITLES, variables: variables as never }, { contextValue: createContext(api.db.sources, { viewer: ADMIN, statisticsSource: source }) });
        if (response.body.kind !== 'single') throw new Error('incremental delivery is not expected');
        expect(response.body.singleResult.errors).toBeUndefined();
        return response.body.singleResult.data as any;
      };
      const cities = (await ask({ period })).dispatchReport.rows.filter((r: any) => r.kind === 'REGION');
      for (const row of cities) expect({ source, city: row.region.code, n: row.talentTitlesAwarded.total }).toEqual({ source, city: row.region.code, n: expected.get(row.region.code) ?? 0 });
      const counties = (await ask({ period, regionCode: '370700' })).dispatchReport.rows;
      expect(counties.find((r: any) => r.region.code === '370702').talentTitlesAwarded.total).toBe(1);
      const jinan = (await ask({ period, regionCode: '370100' })).dispatchReport.rows;
      expect(jinan.find((r: any) => r.region.code === '370102')?.talentTitlesAwarded.total ?? 0).toBe(0);
    }
    // The field says so.
    const described = await api.data(`{ __type(name: "DispatchReportRow") { fields { name description } } }`);
    const field = described.__type.fields.find((f: any) => f.name === 'talentTitlesAwarded');
    expect(field.description).toMatch(/title’s region/);
    expect(field.description).not.toMatch(/holder’s region/);
  });
});
