import { ConfigError, loadConfig } from '../../src/config';
import { describeEachBackend } from '../support/backends';
import { Running, seeded, Seeded, serve } from './harness';

const ITEMS = 'query items { heritageItems(first: 2) { edges { node { name } } } }';
const BAD_ARGUMENT = '{ heritageItems(first: 2, filter: { regionCode: "999999" }) { totalCount } }';
/** What a stack trace gives away: the server's file paths and line numbers. */
const FILE_PATHS = /stacktrace|\/src\/|node_modules|\.ts:\d+/;

describeEachBackend('stack traces reach a client only with EXPOSE_STACK_TRACES=true', (backend) => {
  let db: Seeded;
  let development: Running;
  let exposing: Running;
  beforeAll(async () => {
    db = await seeded(backend, 0.01);
    development = await serve(db.db.sources, { env: 'development' });
    exposing = await serve(db.db.sources, { env: 'development', exposeStackTraces: true });
  });
  afterAll(async () => {
    await development?.close();
    await exposing?.close();
    await db?.close();
  });

  it('development mode answers bad input and validation errors without a stack', async () => {
    for (const query of [BAD_ARGUMENT, '{ heritageItem { name } }', '{ nope']) {
      const response = await development.post({ query });
      expect(response.body.errors.length).toBeGreaterThan(0);
      expect(JSON.stringify(response.body)).not.toMatch(FILE_PATHS);
    }
  });

  it('an unexpected error in development mode keeps its message but not its stack', async () => {
    await db.db.sources.culture.query('ALTER TABLE heritage_item RENAME TO heritage_item_away');
    try {
      const plain = await development.post({ query: ITEMS });
      expect(plain.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(plain.body)).not.toMatch(FILE_PATHS);
      const exposed = await exposing.post({ query: ITEMS });
      expect(exposed.body.errors[0].extensions.stacktrace).toEqual(expect.arrayContaining([expect.stringMatching(/\.ts:\d+/)]));
    } finally {
      await db.db.sources.culture.query('ALTER TABLE heritage_item_away RENAME TO heritage_item');
    }
  });

  it('with EXPOSE_STACK_TRACES=true bad input carries its stack too', async () => {
    const response = await exposing.post({ query: BAD_ARGUMENT });
    expect(response.body.errors[0].extensions.stacktrace.length).toBeGreaterThan(1);
  });
});

describeEachBackend('/export/csv refuses a body it cannot read as JSON, never with a stack', (backend) => {
  let db: Seeded;
  let development: Running;
  beforeAll(async () => {
    db = await seeded(backend, 0.01);
    development = await serve(db.db.sources, { env: 'development' });
  });
  afterAll(async () => {
    await development?.close();
    await db?.close();
  });

  const exportWith = async (body: string | Buffer, headers: Record<string, string> = {}) => {
    const response = await fetch(development.url.replace('/graphql', '/export/csv'), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
  };

  it.each([
    ['malformed JSON', () => exportWith('{"query": "{ workshops { edges { node { name } } } }"'), 400, 'BAD_REQUEST'],
    ['a body over 1 MB', () => exportWith(JSON.stringify({ query: ITEMS, filler: 'x'.repeat(1_100_000) })), 413, 'BODY_TOO_LARGE'],
    ['a charset other than UTF-8', () => exportWith(JSON.stringify({ query: ITEMS }), { 'content-type': 'application/json; charset=koi8-r' }), 415, 'BAD_REQUEST'],
    ['a content encoding it cannot undo', () => exportWith(JSON.stringify({ query: ITEMS }), { 'content-encoding': 'x-squash' }), 415, 'BAD_REQUEST'],
    ['a gzip body that is not gzip', () => exportWith('not gzip at all', { 'content-encoding': 'gzip' }), 400, 'BAD_REQUEST'],
  ])('%s: a JSON error like the export’s other refusals, without HTML, stack or file paths', async (_what, send, status, code) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.type).toMatch(/^application\/json/);
    expect(response.text).not.toMatch(/<html|<pre|<!DOCTYPE/i);
    expect(response.text).not.toMatch(FILE_PATHS);
    const body = JSON.parse(response.text);
    expect(body.errors).toEqual([{ message: expect.any(String), extensions: expect.objectContaining({ code }) }]);
  });
});

describe('EXPOSE_STACK_TRACES', () => {
  it('is off in every mode unless set, and refused in production', () => {
    for (const NODE_ENV of ['development', 'test', 'production']) expect(loadConfig({ NODE_ENV }, '/srv').exposeStackTraces).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development', EXPOSE_STACK_TRACES: 'true' }, '/srv').exposeStackTraces).toBe(true);
    expect(() => loadConfig({ NODE_ENV: 'production', EXPOSE_STACK_TRACES: 'true' }, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', EXPOSE_STACK_TRACES: 'true' }, '/srv')).toThrow(/EXPOSE_STACK_TRACES: .*never sent in production/);
  });
});
