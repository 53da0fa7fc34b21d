import crypto from 'node:crypto';
import { parseServingConfig } from '../../src/config';
import { ApiHarness, startApi, testToken } from '../support/api';
import { describeEachBackend } from '../support/backends';

/**
 * No legitimate read may fail because its audit event does not fit its
 * columns: everything an event stores that the caller chose (the operation
 * name, the credential's subject, an export's query text, variables and
 * path) is bounded before it is written, the full text kept as a hash.
 * MariaDB refuses what does not fit ("Data too long"), which SQLite never
 * does, so both run.
 */
const LONG_NAME = `q${'x'.repeat(249)}`;
const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');
// A document well past the default MAX_DOCUMENT_BYTES, as an operator who raised it would allow.
const LIMITS = { ...parseServingConfig({}, 'test').limits, maxDocumentBytes: 1024 * 1024, maxDocumentTokens: 100_000 };

describeEachBackend('audit events fit their columns, whatever the caller sends', (backend) => {
  let api: ApiHarness;
  let token: string;
  const newestEvent = async () => (await api.db.sources.gateway.query('SELECT * FROM audit_event ORDER BY id DESC LIMIT 1'))[0] as Record<string, any>;
  const exportCsv = (body: Record<string, unknown>, bearer = token) =>
    fetch(api.url.replace('/graphql', '/export/csv'), { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` }, body: JSON.stringify(body) });

  beforeAll(async () => {
    api = await startApi(backend, 0.05, 11, { limits: LIMITS });
    // A subject far longer than any column, as an issuer may mint it.
    token = await testToken('HR_AGENCY', { scopes: ['pii:read'], subject: `issuer|${'主'.repeat(1_000)}` });
  });
  afterAll(async () => api?.close());

  it('a 250-character operation name with pii:read is answered and audited, its name cut to the column with a hash of the whole', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `query ${LONG_NAME} { persons(first: 3) { edges { node { idNumber } } } }` }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(body.data.persons.edges[0].node.idNumber).toMatch(/^\d{17}[\dX]$/);
    const event = await newestEvent();
    expect(event.operation_name).toBe(LONG_NAME.slice(0, 200));
    const detail = JSON.parse(event.detail);
    expect(detail.operation).toMatchObject({ name: LONG_NAME.slice(0, 200), nameChars: 250, nameSha256: sha256(LONG_NAME) });
    expect([...detail.viewer.name].length).toBeLessThanOrEqual(200);
    expect(detail.viewer.nameSha256).toBe(sha256(`issuer|${'主'.repeat(1_000)}`));
  });

  it('an export with the same name runs to its end and is audited', async () => {
    const response = await exportCsv({ query: `query ${LONG_NAME} { persons(first: 5) { edges { node { name idNumber } } } }`, operationName: LONG_NAME });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).not.toContain('#EXPORT_STOPPED');
    expect(text.trim().split('\r\n')).toHaveLength(6);
    const event = await newestEvent();
    expect(event.operation_name).toBe(LONG_NAME.slice(0, 200));
    expect(JSON.parse(event.detail).export).toMatchObject({ outcome: 'complete', rows: 5 });
  });

  it('an export whose query, variables and path are as large as a request may be still ends complete, the event within its TEXT column', async () => {
    // Three bytes a character in UTF-8, in a comment (no text-argument cap applies), an operation name as long as the
    // document allows, and variables nobody declared.
    const comment = `# ${'山东手造'.repeat(10_000)}\n`;
    const name = `q${'x'.repeat(20_000)}`;
    const variables = { note: '非'.repeat(3_900) };
    const response = await exportCsv({ query: `${comment}query ${name} { persons(first: 2) { edges { node { name idNumber } } } }`, variables, operationName: name, path: 'persons.edges.node' });
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain('#EXPORT_STOPPED');
    const event = await newestEvent();
    expect(Buffer.byteLength(event.detail, 'utf8')).toBeLessThanOrEqual(65_535);
    const { export: audited } = JSON.parse(event.detail);
    expect(audited).toMatchObject({ outcome: 'complete', queryTruncated: true, querySha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });
});
