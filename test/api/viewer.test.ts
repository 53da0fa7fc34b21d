import { ApiClients } from '../../src/auth/api-clients';
import { describeEachBackend, openTestSources, TestSources } from '../support/backends';
import { TEST_AUTH, testToken } from '../support/api';
import { Running, serve } from '../http/harness';

const VIEWER = '{ viewer { role credential clientName regionCode region { code name } scopes permissions personalDataUnmasked } }';

/** `Query.viewer`: who the server takes the caller for, as the IDE's key bar shows it; never a secret. */
describeEachBackend('viewer query', (backend) => {
  let db: TestSources;
  let api: Running;
  beforeAll(async () => {
    db = await openTestSources(backend);
    api = await serve(db.sources, { auth: TEST_AUTH });
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('says PUBLIC, with nothing granted, without credentials', async () => {
    const { status, body } = await api.post({ query: VIEWER });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      data: {
        viewer: { role: 'PUBLIC', credential: 'NONE', clientName: null, regionCode: null, region: null, scopes: [], permissions: [], personalDataUnmasked: false },
      },
    });
  });

  it('describes an API key: client name, role, region, scopes, permissions — and shows no part of the key', async () => {
    const { client, key } = await new ApiClients(db.sources.gateway).create({ name: 'Weifang HR bureau', role: 'PARTNER', regionCode: '370700', scopes: ['pii:read'] });
    const { status, body } = await api.post({ query: VIEWER }, { authorization: `ApiKey ${key}` });
    expect(status).toBe(200);
    expect(body.data.viewer).toEqual({
      role: 'PARTNER',
      credential: 'API_KEY',
      clientName: 'Weifang HR bureau',
      regionCode: '370700',
      region: { code: '370700', name: '潍坊市' },
      scopes: ['pii:read'],
      permissions: ['person:read', 'culture:write', 'hr:write'],
      personalDataUnmasked: true,
    });
    const text = JSON.stringify(body);
    expect(text).not.toContain(key.slice(client.keyPrefix.length + 1));
    expect(text).not.toContain(client.keyPrefix);
    expect(text).not.toContain(client.keyHash);
  });

  it('describes a bearer token by its subject; an analyst never sees personal data unmasked', async () => {
    const token = await testToken('ANALYST', { subject: 'dashboard-service' });
    const { body } = await api.post({ query: VIEWER }, { authorization: `Bearer ${token}` });
    expect(body.data.viewer).toEqual({
      role: 'ANALYST',
      credential: 'BEARER_TOKEN',
      clientName: 'dashboard-service',
      regionCode: null,
      region: null,
      scopes: [],
      permissions: ['person:read'],
      personalDataUnmasked: false,
    });
  });

  it('refuses a revoked key with 401 and a message saying so, as the key bar shows it', async () => {
    const clients = new ApiClients(db.sources.gateway);
    const { client, key } = await clients.create({ name: 'old laptop', role: 'ANALYST' });
    await clients.revoke(client.keyPrefix);
    const { status, body } = await api.post({ query: VIEWER }, { 'x-api-key': key });
    expect(status).toBe(401);
    expect(body.errors[0]).toMatchObject({ message: expect.stringMatching(/was revoked/), extensions: { code: 'UNAUTHENTICATED' } });
    expect(body.data).toBeUndefined();
  });
});
