import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { createContext } from '../../src/context';
import { OrganizationService } from '../../src/modules/organization';
import { OrganizationsArgs } from '../../src/modules/organization/organization.inputs';
import { MAX_PAGE_SIZE } from '../../src/shared/relay/paging';

const ORGS = `query ($first: Int, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {
  organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id uscc name inDirectory orgType regionCode keyEnterprise } }
  }
}`;

describeEachBackend('organizations', (backend) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(backend);
  });
  afterAll(async () => api?.close());

  const usccs = async (sql: string, params: unknown[] = []) =>
    (await api.db.sources.culture.query(sql, params)).map((r: { uscc: string }) => r.uscc);

  it('pages the whole directory by USCC with no duplicate and no gap', async () => {
    const expected = await usccs('SELECT uscc FROM organization ORDER BY uscc');
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const data: any = await api.data(ORGS, { first: 100, after, orderBy: 'USCC' });
      seen.push(...data.organizations.edges.map((e: any) => e.node.uscc));
      if (!data.organizations.pageInfo.hasNextPage) break;
      after = data.organizations.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('filters by region subtree, kind and key-enterprise flag, agreeing with SQL', async () => {
    const data: any = await api.data(ORGS, { first: 100, filter: { regionCode: '370700', orgTypes: ['ENTERPRISE'], keyEnterprise: false } });
    const expected = await usccs(`SELECT uscc FROM organization WHERE region_code LIKE '3707%' AND org_type = 'ENTERPRISE' AND key_enterprise = 0 ORDER BY id`);
    expect(data.organizations.edges.map((e: any) => e.node.uscc)).toEqual(expected.slice(0, 100));
    expect(data.organizations.totalCount).toBe(expected.length);
  });

  it('filters across agencies: labour-brand units and workshop operators', async () => {
    const units = new Set((await api.db.sources.hr.query('SELECT DISTINCT uscc FROM labor_brand_unit')).map((r: { uscc: string }) => r.uscc));
    const data: any = await api.data(ORGS, { first: 100, filter: { laborBrandUnit: true, operatesWorkshop: true } });
    const operators = new Set(await usccs('SELECT DISTINCT operator_uscc AS uscc FROM workshop WHERE operator_uscc IS NOT NULL'));
    const expected = (await usccs('SELECT uscc FROM organization ORDER BY id')).filter((u: string) => units.has(u) && operators.has(u));
    expect(expected.length).toBeGreaterThan(0);
    expect(data.organizations.edges.map((e: any) => e.node.uscc)).toEqual(expected.slice(0, 100));
    const none: any = await api.data(ORGS, { first: 100, filter: { laborBrandUnit: false } });
    for (const e of none.organizations.edges) expect(units.has(e.node.uscc)).toBe(false);
  });

  it('filters across agencies with one HR statement and bounded key lists, the page and its count in SQL', async () => {
    const units = new Set((await api.db.sources.hr.query('SELECT uscc FROM labor_brand_unit')).map((r: { uscc: string }) => r.uscc));
    const providers = new Set((await api.db.sources.hr.query('SELECT uscc FROM training_provider')).map((r: { uscc: string }) => r.uscc));
    const directory = await usccs('SELECT uscc FROM organization ORDER BY id');
    for (const [filter, keep] of [
      [{ laborBrandUnit: true, trainingProvider: false }, (u: string) => units.has(u) && !providers.has(u)],
      [{ laborBrandUnit: false, trainingProvider: false }, (u: string) => !units.has(u) && !providers.has(u)],
      [{ trainingProvider: true }, (u: string) => providers.has(u)],
    ] as const) {
      const data: any = await api.data(ORGS, { first: 100, filter });
      expect(api.statements()).toEqual({ culture: 2, hr: 1, gateway: 0 });
      const expected = directory.filter(keep);
      expect(data.organizations.edges.map((e: any) => e.node.uscc)).toEqual(expected.slice(0, 100));
      expect(data.organizations.totalCount).toBe(expected.length);
    }
  });

  it('walks the directory when the HR keys exceed a statement: the same pages, cursors and counts, every key list bounded', async () => {
    const KEYS = 3;
    const page = async (service: (ctx: ReturnType<typeof createContext>) => OrganizationService, args: OrganizationsArgs, counted = false) => {
      const found = await service(createContext(api.db.sources)).list(args);
      return { edges: found.edges.map((e) => [e.cursor, e.node.uscc]), pageInfo: found.pageInfo, totalCount: counted ? await found.totalCount : null };
    };
    const direct = (ctx: ReturnType<typeof createContext>) => new OrganizationService(ctx);
    const walked = (ctx: ReturnType<typeof createContext>) => new OrganizationService(ctx, KEYS);
    let seenPages = 0;
    const filters = [{ laborBrandUnit: true }, { trainingProvider: false, orgTypes: ['ENTERPRISE' as const] }, { laborBrandUnit: false, trainingProvider: true }];
    for (const filter of filters) {
      for (const [orderBy, backward] of [['ID', false], ['NAME', false], ['NAME', true]] as const) {
        let cursor: string | null = null;
        for (let pages = 0; pages < 50; pages++) {
          const args: OrganizationsArgs = backward ? { filter, orderBy, last: 20, before: cursor } : { filter, orderBy, first: 20, after: cursor };
          const expected = await page(direct, args, pages === 0);
          if (pages === 0) expect(expected.totalCount).toBeGreaterThan(0);
          api.counters.hr.reset();
          api.counters.culture.reset();
          const got = await page(walked, args, pages === 0);
          expect(got).toEqual(expected);
          expect(api.counters.hr.statements.length).toBeGreaterThan(1);
          for (const statement of [...api.counters.hr.statements, ...api.counters.culture.statements]) {
            // At most a statement's worth of HR keys, or a page of the directory's candidates.
            expect((statement.match(/\?/g) ?? []).length).toBeLessThanOrEqual(Math.max(KEYS, MAX_PAGE_SIZE) + 12);
          }
          seenPages++;
          const more = backward ? expected.pageInfo.hasPreviousPage : expected.pageInfo.hasNextPage;
          if (!more) break;
          cursor = backward ? expected.pageInfo.startCursor : expected.pageInfo.endCursor;
        }
      }
    }
    const zero = await page(walked, { filter: filters[0], orderBy: 'ID', first: 0 }, true);
    expect(zero).toEqual(await page(direct, { filter: filters[0], orderBy: 'ID', first: 0 }, true));
    expect(seenPages).toBeGreaterThan(filters.length * 3);
  });

  it('finds an organisation by USCC whichever agency knows it, and by node id', async () => {
    const [directory] = await api.db.sources.culture.query('SELECT uscc, name FROM organization ORDER BY id LIMIT 1');
    const one: any = await api.data(`query ($u: String!) { organization(uscc: $u) { id uscc name inDirectory } }`, { u: directory.uscc.toLowerCase() });
    expect(one.organization).toMatchObject({ uscc: directory.uscc, name: directory.name, inDirectory: true });
    const again: any = await api.data(`query ($id: ID!) { node(id: $id) { ... on Organization { uscc name } } }`, { id: one.organization.id });
    expect(again.node).toEqual({ uscc: directory.uscc, name: directory.name });

    const inCulture = new Set(await usccs('SELECT uscc FROM organization'));
    const hrOnly = (await api.db.sources.hr.query('SELECT uscc, name FROM training_provider')).filter((p: { uscc: string }) => !inCulture.has(p.uscc));
    expect(hrOnly.length).toBeGreaterThan(0);
    const hr: any = await api.data(`query ($u: String!) { organization(uscc: $u) { uscc name inDirectory orgType } }`, { u: hrOnly[0].uscc });
    expect(hr.organization).toMatchObject({ uscc: hrOnly[0].uscc, name: hrOnly[0].name, inDirectory: false });
  });

  it('returns null for a well-formed USCC nobody knows, and rejects a malformed one naming the argument', async () => {
    const unknown: any = await api.data(`{ organization(uscc: "91370000MA0000001X") { uscc } }`);
    expect(unknown.organization).toBeNull();
    const bad = await api.query(`{ organization(uscc: "91370000MA00000") { uscc } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'uscc' });
  });
});
