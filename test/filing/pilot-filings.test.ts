import { describeEachBackend } from '../support/backends';
import { builder } from '../support/builders';
import { globalId } from '../support/ids';
import { FilingHarness, HR, snapshot, startFiling, viewer } from './filing-harness';

/* Production–training pilots and featured designations (issue 13 item 3): filings, reads both ways, checked with SQL. */

const PILOT = `mutation ($input: RecordIndustryPilotInput!) { recordIndustryPilot(input: $input) { errors { field code message } industryPilot { code cluster year region { code }
  enterprises { uscc } providers { uscc } catalogEntries(first: 10) { totalCount edges { node { code pilots(first: 5) { edges { node { code } } } } } } } } }`;
const DESIGNATE = `mutation ($input: DesignateFeaturedInput!) { designateFeatured(input: $input) { errors { field code message } featuredDesignation { kind regionCode year laborBrand { name } catalogEntry { code } } } }`;

describeEachBackend('pilot and designation filings', (backend) => {
  let h: FilingHarness;
  let fx: { enterprise: string; provider: string; entry: string; draft: string; brandId: string; brandName: string; otherBrandId: string };
  beforeAll(async () => {
    h = await startFiling(backend);
    const b = await builder(h.db);
    const enterprise = await b.organization({ regionCode: '370702' });
    const provider = await b.trainingProvider({ regionCode: '370702' });
    const entry = await b.trainingCatalogEntry({ code: 'SDSZ-PILOT-1', regionCode: '370700', status: 'PUBLISHED' });
    const draft = await b.trainingCatalogEntry({ code: 'SDSZ-PILOT-2', regionCode: '370700', status: 'DRAFT' });
    const brand = await b.laborBrand({ name: '潍坊风筝', regionCode: '370700' });
    const other = await b.laborBrand({ name: '济南鲁绣', regionCode: '370100' });
    fx = { enterprise: enterprise.uscc, provider: provider.uscc, entry: entry.code, draft: draft.code, brandId: globalId('LaborBrand', brand.id), brandName: brand.name, otherBrandId: globalId('LaborBrand', other.id) };
  });
  afterAll(async () => h?.close());

  const run = async (query: string, input: object, v = HR) => {
    const outcome = await h.run(v, query, { input });
    expect(outcome.errors).toBeUndefined();
    return Object.values(outcome.data!)[0] as any;
  };

  it('records a pilot with its enterprises, providers and programmes, reachable both ways, as SQL holds it', async () => {
    const input = { code: 'cxjh-t2026-3707', name: '潍坊风筝产训结合建设试点', cluster: '潍坊风筝产业集群', regionCode: '370700', year: 2026, enterpriseUsccs: [fx.enterprise], providerUsccs: [fx.provider], catalogEntryCodes: [fx.entry] };
    const ok = await run(PILOT, input);
    expect(ok.errors).toEqual([]);
    expect(ok.industryPilot).toEqual({
      code: 'CXJH-T2026-3707', cluster: '潍坊风筝产业集群', year: 2026, region: { code: '370700' }, enterprises: [{ uscc: fx.enterprise }], providers: [{ uscc: fx.provider }],
      catalogEntries: { totalCount: 1, edges: [{ node: { code: fx.entry, pilots: { edges: [{ node: { code: 'CXJH-T2026-3707' } }] } } }] },
    });
    const members = await h.db.sources.hr.query(`SELECT m.role, m.uscc FROM industry_pilot_member m JOIN industry_pilot p ON p.id = m.pilot_id WHERE p.code = 'CXJH-T2026-3707' ORDER BY m.role`);
    expect(members).toEqual([{ role: 'ENTERPRISE', uscc: fx.enterprise }, { role: 'TRAINING_PROVIDER', uscc: fx.provider }]);
    const org = (await h.run(HR, `query ($u: String!) { organization(uscc: $u) { industryPilots(first: 5) { edges { node { code } } } } }`, { u: fx.enterprise })).data as any;
    expect(org.organization.industryPilots.edges).toEqual([{ node: { code: 'CXJH-T2026-3707' } }]);
    const list = (await h.run(HR, `{ industryPilots(first: 10, filter: { years: [2026], memberUscc: "${fx.provider}" }) { totalCount } }`)).data as any;
    expect(list.industryPilots.totalCount).toBe(1);
    const byProvider = (await h.run(HR, `{ trainingProviders(first: 5, filter: { uscc: "${fx.provider}" }) { edges { node { pilots(first: 5) { edges { node { code } } } } } } }`)).data as any;
    expect(byProvider.trainingProviders.edges[0].node.pilots.edges).toEqual([{ node: { code: 'CXJH-T2026-3707' } }]);
  });

  it('refuses a pilot with an enterprise outside the directory, a provider not filed, a draft programme or a duplicate code, writing nothing', async () => {
    const before = await snapshot(h.db.sources);
    const base = { code: 'CXJH-T2026-3707', name: 'x', cluster: 'x', regionCode: '370700', year: 2026, enterpriseUsccs: [fx.enterprise], providerUsccs: [fx.provider] };
    expect((await run(PILOT, base)).errors).toEqual([expect.objectContaining({ field: 'input.code', code: 'DUPLICATE' })]);
    const bad = await run(PILOT, { ...base, code: 'CXJH-X', enterpriseUsccs: [fx.provider], providerUsccs: [fx.enterprise], catalogEntryCodes: [fx.draft, 'NOPE-1'] });
    expect(bad.errors.map((e: any) => [e.field, e.code])).toEqual([
      ['input.enterpriseUsccs[0]', 'NOT_FOUND'],
      ['input.providerUsccs[0]', 'NOT_FOUND'],
      ['input.catalogEntryCodes[0]', 'INVALID_STATE'],
      ['input.catalogEntryCodes[1]', 'NOT_FOUND'],
    ]);
    expect((await run(PILOT, { ...base, code: 'CXJH-Y' }, viewer('PARTNER', '370100'))).errors).toEqual([expect.objectContaining({ field: 'input.regionCode', code: 'OUT_OF_SCOPE' })]);
    expect(await snapshot(h.db.sources)).toEqual(before);
  });

  it('designates a city’s brand and a county’s project once a year each, reachable from the brand and the programme', async () => {
    const brand = await run(DESIGNATE, { kind: 'CITY_BRAND', regionCode: '370700', year: 2027, laborBrandId: fx.brandId });
    expect(brand.errors).toEqual([]);
    expect(brand.featuredDesignation).toEqual({ kind: 'CITY_BRAND', regionCode: '370700', year: 2027, laborBrand: { name: fx.brandName }, catalogEntry: null });
    const project = await run(DESIGNATE, { kind: 'COUNTY_PROJECT', regionCode: '370702', year: 2027, catalogEntryCode: fx.entry });
    expect(project.featuredDesignation).toMatchObject({ kind: 'COUNTY_PROJECT', catalogEntry: { code: fx.entry }, laborBrand: null });
    expect(await h.db.sources.hr.query(`SELECT kind, region_code, year FROM featured_designation WHERE year = 2027 ORDER BY kind`)).toEqual([
      { kind: 'CITY_BRAND', region_code: '370700', year: 2027 },
      { kind: 'COUNTY_PROJECT', region_code: '370702', year: 2027 },
    ]);
    const reads = (await h.run(HR, `{ laborBrands(first: 100, filter: { regionCode: "370700" }) { edges { node { name designations { year kind } } } } trainingCatalog(first: 5, filter: { regionCode: "370700", titleContains: "测试培训项目" }) { edges { node { code designations { kind regionCode } } } } }`)).data as any;
    expect(reads.laborBrands.edges.find((e: any) => e.node.name === fx.brandName).node.designations).toEqual([{ year: 2027, kind: 'CITY_BRAND' }]);
    expect(reads.trainingCatalog.edges.find((e: any) => e.node.code === fx.entry).node.designations).toEqual([{ kind: 'COUNTY_PROJECT', regionCode: '370702' }]);
    const listed = (await h.run(HR, `{ featuredDesignations(first: 50, filter: { kinds: [COUNTY_PROJECT], regionCode: "370700", years: [2027] }, orderBy: YEAR) { totalCount edges { node { regionCode catalogEntry { code } } } } }`)).data as any;
    const [{ n }] = await h.db.sources.hr.query(`SELECT COUNT(*) AS n FROM featured_designation WHERE kind = 'COUNTY_PROJECT' AND region_code LIKE '3707%' AND year = 2027`);
    expect(listed.featuredDesignations.totalCount).toBe(Number(n));

    const before = await snapshot(h.db.sources);
    expect((await run(DESIGNATE, { kind: 'CITY_BRAND', regionCode: '370700', year: 2027, laborBrandId: fx.brandId })).errors).toEqual([expect.objectContaining({ field: 'input.year', code: 'DUPLICATE' })]);
    expect((await run(DESIGNATE, { kind: 'CITY_BRAND', regionCode: '370700', year: 2022, laborBrandId: fx.otherBrandId })).errors).toEqual([expect.objectContaining({ field: 'input.laborBrandId', code: 'INCONSISTENT' })]);
    expect((await run(DESIGNATE, { kind: 'CITY_BRAND', regionCode: '370702', year: 2022, laborBrandId: fx.brandId })).errors).toEqual([expect.objectContaining({ field: 'input.regionCode', code: 'OUT_OF_RANGE' })]);
    expect((await run(DESIGNATE, { kind: 'COUNTY_PROJECT', regionCode: '370102', year: 2022, catalogEntryCode: fx.entry })).errors).toEqual([expect.objectContaining({ field: 'input.catalogEntryCode', code: 'INCONSISTENT' })]);
    expect((await run(DESIGNATE, { kind: 'COUNTY_PROJECT', regionCode: '370702', year: 2022 })).errors).toEqual([expect.objectContaining({ field: 'input.catalogEntryCode', code: 'REQUIRED' })]);
    expect(await snapshot(h.db.sources)).toEqual(before);
  });
});
