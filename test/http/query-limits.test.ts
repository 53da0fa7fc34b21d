import fs from 'node:fs';
import path from 'node:path';
import { getOperationAST, parse } from 'graphql';
import { loadConfig, parseServingConfig } from '../../src/config';
import { checkDocument, measureDocument } from '../../src/http/limits/document-limits';
import { queryCost } from '../../src/http/limits/query-cost';
import { graphqlSchema } from '../../src/schema';
import { Running, seeded, Seeded, serve } from './harness';

const EXAMPLES = path.join(__dirname, '../../schema/examples');
const DEFAULTS = parseServingConfig({}, 'production').limits;

async function costOf(query: string, variables: Record<string, unknown> = {}): Promise<number> {
  const document = parse(query);
  return queryCost(await graphqlSchema(), document, getOperationAST(document)!, variables);
}

/** A valid query `depth` fields deep: heritageItems → edges → node → region → parent … → name. */
function nested(depth: number): string {
  const parents = depth - 5;
  return `{ heritageItems(first: 1) { edges { node { region { ${'parent { '.repeat(parents)}name${' }'.repeat(parents)} } } } } }`;
}

describe('query limits: the example operations fit the defaults', () => {
  it.each(fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.graphql')))('%s', async (file) => {
    const text = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
    expect(checkDocument(text, DEFAULTS)).toBeNull();
    const document = parse(text);
    const shape = measureDocument(document);
    expect(shape.depth).toBeLessThanOrEqual(DEFAULTS.maxDepth);
    expect(shape.aliases).toBeLessThanOrEqual(DEFAULTS.maxAliases);
    expect(shape.rootFields).toBeLessThanOrEqual(DEFAULTS.maxRootFields);
    // Headroom: the examples must not sit at the edge of a limit a later change would push them over.
    expect(await costOf(text)).toBeLessThanOrEqual(DEFAULTS.maxCost / 2);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(DEFAULTS.maxDocumentBytes / 4);
    expect(() => parse(text, { maxTokens: DEFAULTS.maxDocumentTokens / 2 })).not.toThrow();
  });
});

describe('query cost model', () => {
  it('charges objects, multiplies connections by their page size and leaves scalars free', async () => {
    expect(await costOf('{ heritageItems(first: 10) { edges { node { name level } } } }')).toBe(1 + 10 * 1);
    expect(await costOf('{ heritageItems(first: 10) { totalCount pageInfo { hasNextPage } edges { cursor node { name } } } }')).toBe(1 + 1 + 10);
    // the default page size when first/last are left out, and `last` counts like `first`
    expect(await costOf('{ heritageItems { edges { node { name } } } }')).toBe(21);
    expect(await costOf('{ heritageItems(last: 5) { edges { node { name } } } }')).toBe(6);
    // nested connections multiply; a single object costs 1 per parent
    expect(await costOf('{ heritageItems(first: 10) { edges { node { region { name } workshops(first: 5) { edges { node { name } } } } } } }')).toBe(
      1 + 10 * (1 + 1 + (1 + 5 * 1)),
    );
  });

  it('reads page sizes from variables and their defaults, and caps them at the 100 a page holds', async () => {
    const query = 'query q($n: Int = 7) { heritageItems(first: $n) { edges { node { name } } } }';
    expect(await costOf(query)).toBe(8);
    expect(await costOf(query, { n: 50 })).toBe(51);
    expect(await costOf(query, { n: 1000 })).toBe(101);
    expect(await costOf('{ heritageItems(first: -5) { edges { node { name } } } }')).toBe(1);
  });

  it('counts fragments, inline fragments and nodes(ids:) by the ids given', async () => {
    const viaFragment = 'query { heritageItems(first: 4) { ...page } } fragment page on HeritageItemConnection { edges { node { name region { name } } } }';
    expect(await costOf(viaFragment)).toBe(1 + 4 * 2);
    expect(await costOf('{ nodes(ids: ["a", "b", "c"]) { id ... on HeritageItem { region { name } } } }')).toBe(3 * (1 + 1));
  });
});

describe.each(['sqlite' as const])('query limits over HTTP [%s]', (backend) => {
  let db: Seeded;
  let api: Running;
  const limits = { ...DEFAULTS, maxDepth: 12, maxAliases: 5, maxRootFields: 3, maxDocumentBytes: 4096, maxDocumentTokens: 400, maxCost: 2000, maxBatchOperations: 3, maxBodyBytes: 8192 };

  beforeAll(async () => {
    db = await seeded(backend);
    api = await serve(db.db.sources, { limits });
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  /** Posts, expecting a refusal with this code and no SQL run. */
  async function refused(body: unknown, code: string, status = 400) {
    db.resetCounters();
    const response = await api.post(body);
    expect(response.status).toBe(status);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors[0].extensions.code).toBe(code);
    expect(db.statements()).toBe(0);
    return response.body.errors[0];
  }

  it('answers a query within every limit and reports its cost in extensions', async () => {
    const response = await api.post({ query: '{ heritageItems(first: 3) { totalCount edges { node { name region { name } } } } }' });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.heritageItems.edges).toHaveLength(3);
    expect(response.body.extensions.cost).toEqual({ requested: 1 + 1 + 3 * 2, maximum: 2000 });
  });

  it('refuses deep nesting with QUERY_TOO_DEEP, naming the depth and the limit', async () => {
    const error = await refused({ query: nested(17) }, 'QUERY_TOO_DEEP');
    expect(error.extensions).toMatchObject({ depth: 17, maximumDepth: 12 });
    expect(error.message).toMatch(/17 deep; the limit is 12/);
    // refused before validation: an unknown field in it is never reported
    const invalid = await refused({ query: nested(17).replace('name', 'noSuchField') }, 'QUERY_TOO_DEEP');
    expect(invalid.message).not.toMatch(/noSuchField/);
  });

  it('refuses an alias flood with TOO_MANY_ALIASES, fragments counted as often as they are spread', async () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: __typename`).join(' ');
    expect((await refused({ query: `{ ${aliases} }` }, 'TOO_MANY_ALIASES')).extensions).toMatchObject({ aliases: 6, maximumAliases: 5 });
    const spread = '{ heritageItems(first: 1) { ...f ...f ...f } } fragment f on HeritageItemConnection { x: totalCount y: totalCount }';
    expect((await refused({ query: spread }, 'TOO_MANY_ALIASES')).extensions.aliases).toBe(6);
  });

  it('refuses a fragment bomb quickly, whatever its expanded size', async () => {
    let text = 'fragment f0 on Query { a: __typename b: __typename }';
    for (let i = 1; i <= 30; i++) text += ` fragment f${i} on Query { ...f${i - 1} ...f${i - 1} }`;
    const started = Date.now();
    const error = await refused({ query: `{ ...f30 } ${text}` }, 'TOO_MANY_ALIASES');
    expect(error.extensions.aliases).toBe(2 ** 31);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses too many root fields with TOO_MANY_ROOT_FIELDS', async () => {
    const error = await refused({ query: '{ regions(first: 1) { totalCount } heritageItems(first: 1) { totalCount } persons(first: 1) { totalCount } node(id: "x") { id } }' }, 'TOO_MANY_ROOT_FIELDS');
    expect(error.extensions).toMatchObject({ rootFields: 4, maximumRootFields: 3 });
  });

  it('refuses a document too large in bytes or in tokens with DOCUMENT_TOO_LARGE', async () => {
    const bytes = await refused({ query: `{ __typename } # ${'x'.repeat(5000)}` }, 'DOCUMENT_TOO_LARGE');
    expect(bytes.extensions).toMatchObject({ maximumBytes: 4096 });
    const tokens = await refused({ query: `{ heritageItems(first: 1) { totalCount ${'pageInfo { hasNextPage } '.repeat(100)} } }` }, 'DOCUMENT_TOO_LARGE');
    expect(tokens.extensions).toMatchObject({ maximumTokens: 400 });
    expect(tokens.message).toMatch(/more than 400 tokens/);
  });

  it('refuses a query that could cost too much with QUERY_TOO_COSTLY before running any SQL, cost reported', async () => {
    const query = 'query wide($n: Int) { heritageItems(first: $n) { edges { node { workshops(first: 100) { edges { node { name operator { name } } } } } } } }';
    const error = await refused({ query, variables: { n: 100 } }, 'QUERY_TOO_COSTLY');
    expect(error.extensions).toMatchObject({ cost: 1 + 100 * (1 + 1 + 100 * 2), maximumCost: 2000 });
    const response = await api.post({ query, variables: { n: 100 } });
    expect(response.body.extensions.cost).toEqual({ requested: 20201, maximum: 2000 });
    // the same operation with small pages runs
    const small = await api.post({ query: query.replace('first: 100', 'first: 2'), variables: { n: 3 } });
    expect(small.body.errors).toBeUndefined();
    expect(small.body.extensions.cost.requested).toBe(1 + 3 * (1 + 1 + 2 * 2));
  });

  it('leaves a huge `first` to the resolver, which names the argument (BAD_USER_INPUT)', async () => {
    const response = await api.post({ query: '{ heritageItems(first: 1000) { edges { node { name } } } }' });
    expect(response.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('refuses an oversized body with 413 BODY_TOO_LARGE in GraphQL shape, and bad JSON with 400', async () => {
    const big = await api.post({ query: '{ __typename }', variables: { pad: 'x'.repeat(10_000) } });
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toMatch(/^application\/json/);
    expect(big.body.errors[0].extensions).toMatchObject({ code: 'BODY_TOO_LARGE', maximumBytes: 8192 });
    const bad = await api.post('{"query": ');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('runs a batch of operations, each with its own answer, and refuses a batch flood with BATCH_TOO_LARGE', async () => {
    const ok = await api.post([
      { query: '{ heritageItems(first: 1) { totalCount } }' },
      { query: nested(17) },
      { query: 'query named { regions(first: 2) { edges { node { name } } } }' },
    ]);
    expect(ok.status).toBe(400);
    expect(ok.body).toHaveLength(3);
    expect(ok.body[0].data.heritageItems.totalCount).toBeGreaterThan(0);
    expect(ok.body[1].errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    expect(ok.body[2].data.regions.edges).toHaveLength(2);
    const flood = await refused(Array.from({ length: 4 }, () => ({ query: '{ __typename }' })), 'BATCH_TOO_LARGE');
    expect(flood.extensions).toMatchObject({ operations: 4, maximumOperations: 3 });
  });

  it('stays responsive while hostile requests arrive: they are refused, ordinary queries answered', async () => {
    const hostile = [
      { query: nested(40) },
      { query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(' ')} }` },
      { query: '{ __typename }', variables: { pad: 'x'.repeat(50_000) } },
      Array.from({ length: 50 }, () => ({ query: '{ __typename }' })),
    ];
    const flood = Array.from({ length: 60 }, (_, i) => api.post(hostile[i % hostile.length]));
    const ordinary = api.post({ query: '{ heritageItems(first: 2) { edges { node { name } } } }' });
    const [answers, normal] = await Promise.all([Promise.all(flood), ordinary]);
    for (const answer of answers) expect([400, 413]).toContain(answer.status);
    expect(normal.status).toBe(200);
    expect(normal.body.data.heritageItems.edges).toHaveLength(2);
  });

  it('takes its limits from the environment, validated', () => {
    const config = loadConfig({ MAX_QUERY_DEPTH: '9', MAX_QUERY_COST: '1234', MAX_BATCH_OPERATIONS: '2', MAX_BODY_BYTES: '4096' }, '/srv');
    expect(config.limits).toMatchObject({ maxDepth: 9, maxCost: 1234, maxBatchOperations: 2, maxBodyBytes: 4096 });
    expect(() => loadConfig({ MAX_QUERY_DEPTH: 'deep' }, '/srv')).toThrow(/^MAX_QUERY_DEPTH: "deep" is not a whole number/);
    expect(() => loadConfig({ MAX_QUERY_COST: '0' }, '/srv')).toThrow(/^MAX_QUERY_COST: /);
  });
});
