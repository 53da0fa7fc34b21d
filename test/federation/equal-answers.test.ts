import fs from 'node:fs';
import path from 'node:path';
import { Kind, OperationDefinitionNode, parse, print } from 'graphql';
import { SINGLE_PROCESS_ONLY } from '../../src/federation/subgraph-plan';
import { describeEachBackend } from '../support/backends';
import { FederationHarness, startFederation } from '../support/federation';
import { rows } from '../support/sql';

const EXAMPLES = path.join(__dirname, '../../schema/examples');

/** An example operation with the root fields the supergraph does not have taken out (dispatchReport: see subgraph-plan.ts). */
function federatedExample(file: string): { name: string; text: string; role: 'PUBLIC' | 'ANALYST'; dropped: string[] } {
  const source = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
  const role = /^# Viewer: ANALYST/m.test(source) ? 'ANALYST' : 'PUBLIC';
  const document = parse(source);
  const dropped: string[] = [];
  const definitions = document.definitions.map((d) => {
    if (d.kind !== Kind.OPERATION_DEFINITION) return d;
    const selections = d.selectionSet.selections.filter((s) => {
      const out = s.kind === Kind.FIELD && (SINGLE_PROCESS_ONLY as readonly string[]).includes(s.name.value);
      if (out && s.kind === Kind.FIELD) dropped.push(s.name.value);
      return !out;
    });
    const kept = { ...d, selectionSet: { ...d.selectionSet, selections } } as OperationDefinitionNode;
    // The variables only the dropped fields used go too (GraphQL refuses unused variables).
    const used = new Set([...print(kept.selectionSet).matchAll(/\$(\w+)/g)].map((m) => m[1]));
    return { ...kept, variableDefinitions: kept.variableDefinitions?.filter((v) => used.has(v.variable.name.value)) };
  });
  return { name: file, text: print({ ...document, definitions }), role, dropped };
}

const WORKSHOP_CHAIN = `query ($first: Int) {
  heritageItems(first: $first, filter: { categories: [TRADITIONAL_ART, TRADITIONAL_CRAFTSMANSHIP] }) {
    edges { node { itemKey name workshops(first: 5) { edges { node { name operatorUscc operator { uscc name inDirectory orgType laborBrandUnits { uscc brand { name } } } vacancies(first: 3) { totalCount } } } } } }
  }
}`;

const TRAINING_CHAIN = `query ($first: Int) {
  heritageItems(first: $first, filter: { categories: [TRADITIONAL_ART, TRADITIONAL_CRAFTSMANSHIP] }) {
    edges { node { itemKey trainingCatalogEntries(first: 3) { edges { node { code heritageItems { itemKey name } cohorts(first: 3) { edges { node { code provider { uscc name } enrollments(first: 5) {
      edges { node { status trainee { name linkKey talentTitles(first: 5) { edges { node { kind year } } } inheritorOf { level heritageItem { name } } } } } } } } } } } } } }
  }
}`;

const PERSON_BOTH_WAYS = `query ($first: Int) {
  inheritors(first: $first) { edges { node { name level personLinkKey person { name linkKey inheritorOf { name } enrollments(first: 2) { totalCount } } heritageItem { name } } } }
}`;

const ORGANIZATIONS = `query ($first: Int) {
  organizations(first: $first) { edges { node { uscc name inDirectory orgType region { name }
    workshops(first: 3) { totalCount edges { node { name } } }
    laborBrandUnits { unitKind brand { name } } trainingProvider { name filingNumber } vacancies(first: 3) { totalCount } startupLoans(first: 3) { totalCount } } } }
}`;

const HR_SIDE = `query ($first: Int) {
  vacancies(first: $first) { edges { node { title employer { uscc name inDirectory orgType workshops(first: 2) { totalCount } } } } }
  startupLoans(first: $first) { edges { node { borrowerKind borrower { __typename ... on Person { personName: name linkKey } ... on Organization { uscc name } } } } }
  trainingCohorts(first: $first) { edges { node { code provider { uscc name inDirectory } } } }
}`;

const WORKSHOP_TRAINEES = `query ($first: Int) {
  workshops(first: $first) { edges { node { name operator { uscc } trainees(first: 5) { totalCount edges { node { name } } } } } }
}`;

describeEachBackend('the gateway over two subgraphs answers as the single process', (backend) => {
  let fed: FederationHarness;
  beforeAll(async () => {
    fed = await startFederation(backend, 0.3);
  });
  afterAll(async () => fed?.close());

  const same = async (text: string, variables: Record<string, unknown> = {}, role: 'PUBLIC' | 'ANALYST' | 'ADMIN' | 'PARTNER' = 'ADMIN', region?: string) => {
    const spec = role === 'ADMIN' ? { scopes: ['pii:read'], subject: 'test-harness' } : region ? { region } : {};
    const single = await fed.single.as(role, spec).query(text, variables);
    const federated = await fed.query(text, variables, role, spec);
    expect(single.errors).toBeUndefined();
    expect(federated.errors).toBeUndefined();
    expect(federated.data).toEqual(single.data);
    return federated.data as any;
  };

  it.each(fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.graphql')))('example %s: the same data', async (file) => {
    const example = federatedExample(file);
    // partnerLookup's default USCC is one the test data may not hold; it is asked for an organisation both agencies know
    // (for a USCC no agency knows, the gateway answers with what the code says rather than null: README, "Running across agencies").
    const [known] = await rows(fed.single, 'hr', 'SELECT uscc FROM labor_brand_unit ORDER BY id LIMIT 1');
    await same(example.text, file === 'partnerLookup.graphql' ? { uscc: known.uscc } : {}, example.role);
    if (file === 'quarterlyDispatch.graphql') expect(example.dropped).toEqual(['dispatchReport']);
  });

  it.each([
    ['item → workshops → operator → labour-brand units, vacancies', WORKSHOP_CHAIN],
    ['item → catalogue → cohorts → enrolments → trainee → titles, inheritor records', TRAINING_CHAIN],
    ['inheritor → person → inheritor records', PERSON_BOTH_WAYS],
    ['organisations from both agencies', ORGANIZATIONS],
    ['HR records citing organisations and persons', HR_SIDE],
    ['workshop trainees', WORKSHOP_TRAINEES],
  ])('%s: the same data', async (_title, text) => {
    const data = await same(text, { first: 40 });
    expect(JSON.stringify(data).length).toBeGreaterThan(1000);
  });

  it('a region-limited partner sees the persons of its region only, through the gateway as in the single process', async () => {
    const persons = await same(PERSON_BOTH_WAYS, { first: 40 }, 'PARTNER', '370700');
    expect(JSON.stringify(persons)).toContain('linkKey');
    await same(TRAINING_CHAIN, { first: 40 }, 'PARTNER', '370700');
  });

  it('statements each subgraph receives are bounded by levels: the same for 10 and for 50 parents', async () => {
    for (const text of [WORKSHOP_CHAIN, TRAINING_CHAIN, PERSON_BOTH_WAYS, HR_SIDE]) {
      await fed.query(text, { first: 10 });
      const ten = fed.statements();
      const fifty = await fed.query(text, { first: 50 });
      expect(fifty.errors).toBeUndefined();
      expect(fed.statements()).toEqual(ten);
      expect(ten.culture + ten.hr).toBeGreaterThan(1);
    }
  });

  it('no ID number crosses between the gateway and the subgraphs, whatever the query asks across agencies', async () => {
    const ids = new Set([
      ...(await rows(fed.single, 'hr', 'SELECT citizen_id FROM person')).map((r) => r.citizen_id as string),
      ...(await rows(fed.single, 'culture', 'SELECT citizen_id FROM inheritor')).map((r) => r.citizen_id as string),
    ]);
    fed.traffic(true);
    for (const text of [TRAINING_CHAIN, PERSON_BOTH_WAYS, HR_SIDE, WORKSHOP_TRAINEES]) expect((await fed.query(text, { first: 50 })).errors).toBeUndefined();
    const traffic = fed.traffic(true);
    expect(traffic.filter((t) => t.request.includes('_entities')).map((t) => t.subgraph).sort()).toEqual(expect.arrayContaining(['culture', 'hr']));
    const crossing = traffic.flatMap((t) => [t.request, t.response]).join('\n');
    const found = [...crossing.matchAll(/\d{17}[\dX]/g)].map((m) => m[0]).filter((candidate) => ids.has(candidate));
    expect(found).toEqual([]);
    // The persons did cross, by their linkage keys.
    const [{ link_key: someKey }] = await rows(fed.single, 'culture', 'SELECT link_key FROM inheritor ORDER BY id LIMIT 1');
    expect(someKey).toMatch(/^[0-9a-f]{64}$/);
  });

  it("what needs the other bureau's database inside one subgraph is refused, naming that database", async () => {
    const body = await fed.query('{ organizations(first: 5, filter: { laborBrandUnit: true }) { edges { node { uscc } } } }');
    expect(body.errors?.[0].extensions?.code).toBe('NOT_IN_THIS_SUBGRAPH');
    expect(body.errors?.[0].message).toContain('hr database');
  });

  it('with one subgraph down, the other agency still answers and the error names the missing subgraph', async () => {
    await fed.stopSubgraph('hr');
    const body = await fed.query(`{ heritageItems(first: 5) { edges { node { name trainingCatalogEntries(first: 2) { edges { node { code } } } } } } }`);
    const expected = await rows(fed.single, 'culture', 'SELECT name FROM heritage_item ORDER BY id LIMIT 5');
    expect((body.data as any).heritageItems.edges.map((e: any) => e.node.name)).toEqual(expected.map((r) => r.name));
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(body.errors)).toMatch(/\bhr\b/);
  });
});
