import { describeEachBackend } from '../support/backends';
import { FederationHarness, startFederation } from '../support/federation';
import { GraphqlResponse, testToken, ViewerSpec } from '../support/api';
import { maskedId } from '../support/masks';
import { rows } from '../support/sql';
import type { ApiRole } from '../../src/sources/gateway/api-client.entity';
import type { SubgraphName } from '../../src/federation/subgraph-plan';

describeEachBackend('each subgraph authenticates, authorises, masks and audits for itself; the limits hold at the gateway', (backend) => {
  let fed: FederationHarness;
  let link: { citizen_id: string; link_key: string; name: string };
  beforeAll(async () => {
    fed = await startFederation(backend, 0.05);
    [link] = await rows(fed.single, 'culture', 'SELECT citizen_id, link_key, name FROM inheritor ORDER BY id LIMIT 1');
  });
  afterAll(async () => fed?.close());

  /** A query sent straight to a subgraph, as an attacker who found its address would. */
  const direct = async (subgraph: SubgraphName, query: string, variables: Record<string, unknown>, role: ApiRole, spec: ViewerSpec = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (role !== 'PUBLIC') headers.authorization = `Bearer ${await testToken(role, spec)}`;
    const response = await fetch(fed.subgraphUrl(subgraph), { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as GraphqlResponse;
  };
  const auditCount = async (subgraph: SubgraphName) => Number((await fed.subgraphGateway(subgraph).query('SELECT COUNT(*) AS n FROM audit_event'))[0].n);

  const PERSON_BY_KEY = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { name idNumber } } }';
  const INHERITORS_BY_KEY = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Person { inheritorOf { name } } } }';

  it('a subgraph reached directly refuses what the gateway refuses: persons need person:read in both bureaus', async () => {
    // Without person:read a person does not exist for the caller: the reference resolves to nothing.
    const hr = await direct('hr', PERSON_BY_KEY, { r: [{ __typename: 'Person', linkKey: link.link_key }] }, 'PUBLIC');
    expect((hr.data as any)._entities).toEqual([null]);
    expect(JSON.stringify(hr)).not.toContain(link.name);
    const culture = await direct('culture', INHERITORS_BY_KEY, { r: [{ __typename: 'Person', linkKey: link.link_key }] }, 'PUBLIC');
    expect(culture.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(JSON.stringify(culture.data ?? null)).not.toContain(link.name);
    const viaGateway = await fed.query('{ inheritors(first: 1) { edges { node { name person { name } } } } }', {}, 'PUBLIC');
    expect(viaGateway.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
  });

  it('without pii:read the holder of the data masks the ID number, directly and through the gateway alike', async () => {
    const hr = await direct('hr', PERSON_BY_KEY, { r: [{ __typename: 'Person', linkKey: link.link_key }] }, 'ANALYST');
    expect(hr.errors).toBeUndefined();
    expect((hr.data as any)._entities[0]).toEqual({ name: link.name, idNumber: maskedId(link.citizen_id) });
    const viaGateway = await fed.query('query ($id: String) { persons(filter: { idNumber: $id }) { edges { node { idNumber } } } }', { id: link.citizen_id }, 'ANALYST', {});
    expect((viaGateway.data as any).persons.edges[0].node.idNumber).toBe(maskedId(link.citizen_id));
  });

  it('an unmasked read is audited by the bureau that holds the record, in its own audit log', async () => {
    const before = { culture: await auditCount('culture'), hr: await auditCount('hr') };
    const person = await fed.query('query ($id: String) { persons(filter: { idNumber: $id }) { edges { node { idNumber } } } }', { id: link.citizen_id });
    expect((person.data as any).persons.edges[0].node.idNumber).toBe(link.citizen_id);
    expect({ culture: await auditCount('culture'), hr: await auditCount('hr') }).toEqual({ culture: before.culture, hr: before.hr + 1 });
    const inheritor = await fed.query('{ inheritors(first: 1) { edges { node { idNumber } } } }');
    expect((inheritor.data as any).inheritors.edges[0].node.idNumber).toBe(link.citizen_id);
    expect({ culture: await auditCount('culture'), hr: await auditCount('hr') }).toEqual({ culture: before.culture + 1, hr: before.hr + 1 });
  });

  it('the query limits hold at the gateway: too deep or too costly is refused before any subgraph is asked', async () => {
    fed.traffic(true);
    const nest = (depth: number): string => (depth === 0 ? 'name' : `parent { ${nest(depth - 1)} }`);
    const deep = await fed.query(`{ region(code: "370102") { ${nest(40)} } }`, {}, 'PUBLIC');
    expect(deep.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    const costly = await fed.query(
      '{ heritageItems(first: 100) { edges { node { workshops(first: 100) { edges { node { trainees(first: 100) { edges { node { name } } } } } } } } } }',
      {},
      'ADMIN',
    );
    expect(costly.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(costly.data ?? null).toBeNull();
    expect(fed.traffic(true)).toEqual([]);
  });
});
