import { describeEachBackend } from '../support/backends';
import { Running, seeded, Seeded, serve } from './harness';

const REGIONS = 'query Regions { regions(first: 1) { totalCount } }';

describeEachBackend('operations that cannot be resolved are 400, not 500', (backend) => {
  let db: Seeded;
  let api: Running;
  beforeAll(async () => {
    db = await seeded(backend, 0.01);
    api = await serve(db.db.sources);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  const expect400 = (response: { status: number; body: any }, code: string, message: RegExp) => {
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors.length).toBeGreaterThan(0);
    for (const error of response.body.errors) {
      expect(error.extensions.code).toBe(code);
      expect(error.message).toMatch(message);
    }
  };

  it('an operationName the document does not hold', async () => {
    expect400(await api.post({ query: REGIONS, operationName: 'Nope' }), 'OPERATION_RESOLUTION_FAILURE', /Unknown operation named "Nope"/);
  });

  it('several named operations and no operationName', async () => {
    expect400(await api.post({ query: `${REGIONS} query Other { __typename }` }), 'OPERATION_RESOLUTION_FAILURE', /Must provide operation name/);
  });

  it('two anonymous operations in one document, with or without an operationName', async () => {
    const twoAnonymous = '{ regions(first: 1) { totalCount } } { __typename }';
    expect400(await api.post({ query: twoAnonymous }), 'GRAPHQL_VALIDATION_FAILED', /anonymous operation must be the only defined operation/);
    expect400(await api.post({ query: twoAnonymous, operationName: 'X' }), 'GRAPHQL_VALIDATION_FAILED', /anonymous operation must be the only defined operation/);
  });

  it('the same document asked again (cached as validated) is still 400', async () => {
    expect((await api.post({ query: REGIONS, operationName: 'Regions' })).status).toBe(200);
    expect400(await api.post({ query: REGIONS, operationName: 'Missing' }), 'OPERATION_RESOLUTION_FAILURE', /Unknown operation named "Missing"/);
  });

  it('in a batch, the unresolvable operation gets its error and the others run', async () => {
    const response = await api.post([
      { query: REGIONS },
      { query: REGIONS, operationName: 'Nope' },
      { query: '{ a: __typename } { b: __typename }' },
      { query: '{ heritageItems(first: 2) { edges { node { name } } } }' },
    ]);
    expect(response.status).toBe(400);
    const [first, unknown, ambiguous, last] = response.body;
    expect(first.data.regions.totalCount).toBeGreaterThan(0);
    expect(unknown.errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(ambiguous.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(last.data.heritageItems.edges).toHaveLength(2);
    expect(JSON.stringify(response.body)).not.toMatch(/INTERNAL_SERVER_ERROR|Cannot read properties/);
  });
});
