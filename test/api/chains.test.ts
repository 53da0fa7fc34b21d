import fs from 'node:fs';
import path from 'node:path';
import { describeEachBackend } from '../support/backends';
import { ApiHarness, GraphqlResponse, startApi, TEST_AUTH, testToken, ViewerSpec } from '../support/api';
import { createServer, Server } from '../../src/server';
import { ApiRole } from '../../src/sources/gateway/api-client.entity';

/*
 * Chains: levels of a query that stay in one database come from one
 * statement. The answers must be exactly those of the level-by-level path
 * (the DISABLE_BATCHING baseline, which loads each level, key by key) for
 * every viewer, with row scope, paging both ways, aliases, fragments,
 * directives and errors at the field that caused them.
 */

const DASHBOARD = fs.readFileSync(path.join(__dirname, '../../schema/examples/dashboard.graphql'), 'utf8');

const CULTURE_SHAPES = `
query ($first: Int!) {
  heritageItems(first: $first, orderBy: NAME, filter: { levels: [NATIONAL, PROVINCIAL, MUNICIPAL] }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { ...Item } }
  }
}
fragment Item on HeritageItem {
  name
  firstTwo: workshops(first: 2, orderBy: NAME) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { name recognitions { level year workshop { name } } heritageItems(first: 3) { totalCount edges { node { name listings { edges { node { listingKey heritageItem { itemKey } } } } } } } } }
  }
  lastOne: workshops(last: 1, orderBy: JOBS_CREATED_DESC, filter: { minJobs: 1 }) { pageInfo { hasPreviousPage } edges { node { name jobsCreated } } }
  none: workshops(first: 0) { totalCount pageInfo { hasNextPage } edges { node { name } } }
  ... on HeritageItem { listings @include(if: true) { edges { node { kind } } } }
  inheritors(first: 2) @skip(if: true) { totalCount }
  revitalizationEntries(first: 2) { totalCount edges { node { name heritageItem { name } } } }
}`;

const HR_SHAPES = `
query ($first: Int!) {
  trainingCohorts(first: $first, orderBy: CODE) {
    edges { node {
      code
      catalogEntry { title cohorts(first: 2) { totalCount edges { node { code } } } }
      trainingProvider { name }
      enrollments(first: 3, orderBy: ENROLLED_ON) {
        totalCount
        pageInfo { hasNextPage }
        edges { node { status cohort { code } trainee { name regionCode talentTitles(first: 2) { totalCount edges { node { kind year person { name } } } } skillCertificates(first: 1) { edges { node { level } } } } } }
      }
    } }
  }
  persons(first: 5, orderBy: NAME) { edges { node { name enrollments(first: 2) { totalCount edges { node { cohort { code } } } } } } }
  organizations(first: 30, orderBy: USCC) { edges { node { uscc workshops(first: 2) { edges { node { name recognitions { year } } } } laborBrandUnits { unitKind brand { name units(first: 2) { totalCount } } } } } }
}`;

/**
 * The answer without what may differ from run to run: request ids, the order
 * errors were raised in, and which of several failing siblings is reported
 * where an error nulls a parent (graphql-js reports the first to fail in
 * time, one per nullable field): errors compare by message, code and the
 * path of the nullable field that reports them.
 */
function scrub(body: GraphqlResponse): GraphqlResponse {
  const errors = body.errors?.map((e) => ({ message: e.message, path: e.path?.slice(0, 4), extensions: { code: e.extensions?.code } }));
  errors?.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return { data: body.data, errors };
}

describeEachBackend('chains: same-source levels in one statement', (backend) => {
  let api: ApiHarness;
  let levelByLevel: Server;
  let baseline: string;
  beforeAll(async () => {
    api = await startApi(backend, 0.3);
    levelByLevel = await createServer({ env: 'test', auth: TEST_AUTH, batchLoading: false }, api.db.sources);
    baseline = `http://127.0.0.1:${await levelByLevel.listen(0)}/graphql`;
  });
  afterAll(async () => {
    await levelByLevel?.stop();
    await api?.close();
  });

  /** The same query on the level-by-level server, as a viewer. */
  async function unchained(query: string, variables: Record<string, unknown>, role: ApiRole, spec?: ViewerSpec): Promise<GraphqlResponse> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (role !== 'PUBLIC') headers.authorization = `Bearer ${await testToken(role, spec)}`;
    const response = await fetch(baseline, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as GraphqlResponse;
  }

  const viewers: Array<[ApiRole, ViewerSpec | undefined]> = [
    ['ADMIN', { scopes: ['pii:read'] }],
    ['ANALYST', undefined],
    ['PARTNER', { region: '370700' }],
    ['PUBLIC', undefined],
  ];

  it.each(viewers)('answers exactly as level by level, as %s', async (role, spec) => {
    for (const [query, variables] of [
      [DASHBOARD, { regionCode: '370700' }],
      [DASHBOARD, { regionCode: '370000' }],
      [CULTURE_SHAPES, { first: 15 }],
      [HR_SHAPES, { first: 12 }],
    ] as const) {
      const chained = await api.as(role, spec).query(query, variables);
      expect(chained.data).toBeTruthy();
      expect(scrub(chained)).toEqual(scrub(await unchained(query, variables, role, spec)));
    }
  });

  it('the data is not empty where it should not be (so the comparisons above compare something)', async () => {
    const culture: any = await api.data(CULTURE_SHAPES, { first: 15 });
    const items = culture.heritageItems.edges.map((e: any) => e.node);
    expect(items.some((i: any) => i.firstTwo.edges.some((w: any) => w.node.recognitions.length > 0 && w.node.heritageItems.edges.length > 0))).toBe(true);
    expect(items.some((i: any) => i.none.pageInfo.hasNextPage && i.none.totalCount > 0)).toBe(true);
    const hr: any = await api.data(HR_SHAPES, { first: 12 });
    const enrolments = hr.trainingCohorts.edges.flatMap((c: any) => c.node.enrollments.edges);
    expect(enrolments.length).toBeGreaterThan(0);
    expect(hr.organizations.edges.some((o: any) => o.node.laborBrandUnits.length > 0)).toBe(true);
  });

  it('a chain is one statement per source whatever the number of parents', async () => {
    const counts = [];
    for (const first of [5, 20]) {
      await api.data(DASHBOARD, { regionCode: '370000' });
      await api.data(CULTURE_SHAPES, { first });
      counts.push(api.statements());
    }
    expect(counts[0]).toEqual(counts[1]);
    // Items with their workshops, recognitions, items and listings, revitalisation entries: one culture statement.
    expect(counts[1]).toEqual({ culture: 1, hr: 0, gateway: 0 });
    await api.data(DASHBOARD, { regionCode: '370000' });
    // culture: items → workshops → recognitions (one), operators (one); hr: units → brands (one), catalogue → cohorts → enrolments → trainees → titles (one).
    expect(api.statements()).toEqual({ culture: 2, hr: 2, gateway: 0 });
  });

  it('a bad argument below the top fails its own field (null up to the nearest nullable parent), as level by level', async () => {
    const query = `{ heritageItems(first: 3) { edges { node { name workshops(first: 2, filter: { regionCode: "999999" }) { totalCount edges { node { name } } } listings { edges { node { kind } } } } } } }`;
    const chained = await api.query(query);
    expect(chained.errors?.[0]).toMatchObject({ path: ['heritageItems', 'edges', 0, 'node', 'workshops'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(scrub(chained)).toEqual(scrub(await unchained(query, {}, 'ADMIN', { scopes: ['pii:read'] })));
  });

  it('a nested page after a cursor is answered level by level, and the same', async () => {
    const first: any = await api.data(`{ heritageItems(first: 30) { edges { node { itemKey workshops(first: 1) { pageInfo { endCursor hasNextPage } } } } } }`);
    const item = first.heritageItems.edges.find((e: any) => e.node.workshops.pageInfo.hasNextPage);
    expect(item).toBeTruthy();
    const after = item.node.workshops.pageInfo.endCursor;
    const query = `query ($after: String!, $keys: [String!]) { heritageItems(first: 2, filter: { itemKeys: $keys }) { edges { node { workshops(first: 2, after: $after) { edges { cursor node { name recognitions { year } } } } } } } }`;
    const variables = { after, keys: [item.node.itemKey] };
    const chained = await api.query(query, variables);
    expect((chained.data as any).heritageItems.edges[0].node.workshops.edges.length).toBeGreaterThan(0);
    expect(scrub(chained)).toEqual(scrub(await unchained(query, variables, 'ADMIN', { scopes: ['pii:read'] })));
  });
});
