import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import { loadTrustedDocuments } from '../../src/http/trusted-documents';
import { Running, seeded, Seeded, serve } from './harness';

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex');

const ITEMS = 'query items { heritageItems(first: 2) { edges { node { name } } } }';
const REGIONS = 'query regions($n: Int) { regions(first: $n) { edges { node { name } } } }';

describe('production mode', () => {
  let db: Seeded;
  let production: Running;
  let development: Running;
  beforeAll(async () => {
    db = await seeded('sqlite', 0.01);
    production = await serve(db.db.sources, { env: 'production' });
    development = await serve(db.db.sources, { env: 'development' });
  });
  afterAll(async () => {
    await production?.close();
    await development?.close();
    await db?.close();
  });

  it('turns introspection and the IDE off unless configured on', async () => {
    const introspection = await production.post({ query: '{ __schema { queryType { name } } }' });
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors[0].message).toMatch(/introspection is not allowed/);
    expect((await production.post({ query: '{ __typename }' })).body.data).toEqual({ __typename: 'Query' });
    const page = await fetch(production.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(await page.text()).toMatch(/The GraphiQL IDE is off[\s\S]*IDE_ENABLED=true/);
    expect((await development.post({ query: '{ __schema { queryType { name } } }' })).body.data.__schema.queryType.name).toBe('Query');
    expect(loadConfig({ NODE_ENV: 'production' }, '/srv')).toMatchObject({ introspection: false, ide: false });
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION_ENABLED: 'true' }, '/srv').introspection).toBe(true);
  });

  it('suggests no schema names ("Did you mean …?") in production', async () => {
    const typo = '{ heritageItem(first: 1) { totalCount } }';
    const dev = await development.post({ query: typo });
    expect(dev.body.errors[0].message).toMatch(/Did you mean/);
    const prod = await production.post({ query: typo });
    expect(prod.body.errors[0].message).toBe('Cannot query field "heritageItem" on type "Query".');
    const badEnum = await production.post({ query: '{ heritageItems(filter: { levels: [NATIONA] }) { totalCount } }' });
    expect(badEnum.body.errors[0].message).not.toMatch(/Did you mean/);
  });

  it('masks unexpected errors (no message, stack or SQL) and logs them once, under the request id', async () => {
    const broken = await seeded('sqlite', 0.01);
    const api = await serve(broken.db.sources, { env: 'production' });
    try {
      await broken.db.sources.culture.query('ALTER TABLE heritage_item RENAME TO heritage_item_gone');
      const response = await api.post({ query: ITEMS }, { 'x-request-id': 'masked-1' });
      expect(response.body.errors).toEqual([
        { message: 'Internal server error', locations: [{ line: 1, column: 15 }], path: ['heritageItems'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'masked-1' } },
      ]);
      expect(JSON.stringify(response.body)).not.toMatch(/heritage_item|SELECT|stack/i);
      const logged = api.logs.filter((l) => l.msg === 'unexpected error');
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ level: 'error', requestId: 'masked-1', operation: 'items' });
      expect(logged[0].err.stack).toMatch(/no such table: heritage_item/);
      // outside production the message helps the developer
      const dev = await serve(broken.db.sources, { env: 'test' });
      try {
        expect((await dev.post({ query: ITEMS })).body.errors[0].message).toMatch(/no such table/);
      } finally {
        await dev.close();
      }
    } finally {
      await api.close();
      await broken.close();
    }
  });
});

describe('trusted documents (allow-list mode)', () => {
  let db: Seeded;
  let api: Running;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-trusted-'));
    const manifest = path.join(dir, 'trusted.json');
    fs.writeFileSync(manifest, JSON.stringify({ [sha256(ITEMS)]: ITEMS, [sha256(REGIONS)]: REGIONS }));
    db = await seeded('sqlite', 0.01);
    api = await serve(db.db.sources, { env: 'production', trustedDocuments: manifest });
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const refusedWith = (response: { status: number; body: any }, pattern: RegExp) => {
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(response.body.errors[0].message).toMatch(pattern);
  };

  it('runs a registered operation named by extensions.persistedQuery.sha256Hash or documentId', async () => {
    const byApq = await api.post({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(ITEMS) } } });
    expect(byApq.body.data.heritageItems.edges).toHaveLength(2);
    const byId = await api.post({ documentId: `sha256:${sha256(REGIONS)}`, variables: { n: 3 } });
    expect(byId.body.data.regions.edges).toHaveLength(3);
    const withText = await api.post({ query: ITEMS, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(ITEMS) } } });
    expect(withText.body.errors).toBeUndefined();
    const get = await fetch(`${api.url}?documentId=${sha256(REGIONS)}&variables=${encodeURIComponent('{"n":1}')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(((await get.json()) as any).data.regions.edges).toHaveLength(1);
  });

  it('refuses anything else with PERSISTED_QUERY_NOT_ALLOWED', async () => {
    refusedWith(await api.post({ query: ITEMS }), /registered operations only/);
    refusedWith(await api.post({ documentId: sha256('{ __typename }') }), /No trusted document has the id/);
    refusedWith(await api.post({ query: '{ __typename }', documentId: sha256(ITEMS) }), /is not the trusted document/);
    refusedWith(await api.post([{ documentId: sha256(ITEMS) }, { query: '{ __typename }' }]), /registered operations only/);
    const get = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(400);
    expect(((await get.json()) as any).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('reads Apollo persisted query manifests too, and refuses a manifest whose hash does not match its document', () => {
    const apollo = path.join(dir, 'apollo.json');
    fs.writeFileSync(apollo, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256(ITEMS), name: 'items', type: 'query', body: ITEMS }] }));
    expect([...loadTrustedDocuments(apollo).keys()]).toEqual([sha256(ITEMS)]);
    const lying = path.join(dir, 'lying.json');
    fs.writeFileSync(lying, JSON.stringify({ [sha256(ITEMS)]: '{ __typename }' }));
    expect(() => loadTrustedDocuments(lying)).toThrow(ConfigError);
    expect(() => loadTrustedDocuments(lying)).toThrow(/TRUSTED_DOCUMENTS: .* is not the sha256 of its document/);
    expect(() => loadConfig({ TRUSTED_DOCUMENTS: path.join(dir, 'missing.json') }, '/srv')).toThrow(/^TRUSTED_DOCUMENTS: .*does not exist/);
  });
});
