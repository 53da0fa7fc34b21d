import crypto from 'node:crypto';
import { SignJWT, UnsecuredJWT } from 'jose';
import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi, TEST_JWT_SECRET, testToken } from '../support/api';
import { ApiClients } from '../../src/auth/api-clients';
import { hashApiKey } from '../../src/auth/api-key';
import { createServer, Server } from '../../src/server';
import { PARTNER_REGION, rows } from './helpers';

const WHO = '{ persons(first: 1) { totalCount } }';
const secret = new TextEncoder().encode(TEST_JWT_SECRET);
const sign = (claims: Record<string, unknown>, build: (jwt: SignJWT) => SignJWT = (j) => j.setSubject('someone').setExpirationTime('10m'), key: Uint8Array | crypto.KeyObject = secret, alg = 'HS256') =>
  build(new SignJWT(claims).setProtectedHeader({ alg })).sign(key);

describeEachBackend('credentials: API keys and JWT bearer tokens', (backend) => {
  let api: ApiHarness;
  let clients: ApiClients;
  beforeAll(async () => {
    api = await startApi(backend, 0.05);
    clients = new ApiClients(api.db.sources.gateway);
  });
  afterAll(async () => api?.close());

  const expect401 = async (headers: Record<string, string>, message: RegExp) => {
    const { status, body } = await api.post(WHO, headers);
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors![0].message).toMatch(message);
  };

  it('no credentials: PUBLIC, which may not read persons', async () => {
    const { status, body } = await api.post(WHO, {});
    expect(status).toBe(200);
    expect(body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'Query.persons' });
  });

  it('an API key in either header; stored only as its SHA-256 with a lookup prefix', async () => {
    const { client, key } = await clients.create({ name: 'Analytics desk', role: 'ANALYST' });
    const [row] = await rows(api, 'gateway', 'SELECT * FROM api_client WHERE id = ?', [client.id]);
    expect(row.key_hash).toBe(hashApiKey(key));
    expect(key.startsWith(`${row.key_prefix}_`)).toBe(true);
    expect(JSON.stringify(row)).not.toContain(key.slice(row.key_prefix.length + 1));
    const variants: Array<Record<string, string>> = [{ authorization: `ApiKey ${key}` }, { 'x-api-key': key }, { authorization: `apikey ${key}`, 'x-api-key': key }];
    for (const headers of variants) {
      const { status, body } = await api.post(WHO, headers);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    }
  });

  it('a wrong, malformed or revoked key is 401, never PUBLIC', async () => {
    const { client, key } = await clients.create({ name: 'Soon revoked', role: 'HR_AGENCY' });
    await expect401({ 'x-api-key': `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}` }, /not valid/);
    await expect401({ 'x-api-key': 'shk_nonexist_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }, /not valid|malformed/);
    await expect401({ authorization: 'ApiKey hello' }, /malformed/);
    await expect401({ 'x-api-key': ' ' }, /empty/);
    await clients.revoke(String(client.id));
    await expect401({ authorization: `ApiKey ${key}` }, /revoked/);
  });

  it('a malformed Authorization header or two different credentials is 401', async () => {
    const { key } = await clients.create({ name: 'Two headers', role: 'ANALYST' });
    await expect401({ authorization: 'Basic dXNlcjpwYXNz' }, /must be "ApiKey <key>" or "Bearer <token>"/);
    await expect401({ authorization: 'Bearer' }, /must be/);
    await expect401({ authorization: `Bearer ${await testToken('ADMIN')}`, 'x-api-key': key }, /send one credential/);
  });

  it('a valid HS256 token carries role, region and scopes', async () => {
    const token = await sign({ role: 'PARTNER', region: PARTNER_REGION, scope: 'pii:read' });
    const { status, body } = await api.post('{ persons(first: 50) { edges { node { regionCode idNumber } } } }', { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    for (const { node } of body.data!.persons.edges) {
      expect(node.regionCode.startsWith('3707')).toBe(true);
      expect(node.idNumber).not.toContain('*');
    }
  });

  it.each([
    ['expired', () => sign({ role: 'ADMIN' }, (j) => j.setSubject('x').setExpirationTime(Math.floor(Date.now() / 1000) - 60)), /expired/],
    ['without exp', () => sign({ role: 'ADMIN' }, (j) => j.setSubject('x')), /"exp" claim/],
    ['without sub', () => sign({ role: 'ADMIN' }, (j) => j.setExpirationTime('10m')), /"sub" claim/],
    ['without role', () => sign({}), /no "role" claim/],
    ['with an unknown role', () => sign({ role: 'ROOT' }), /role "ROOT" is not one of/],
    ['with role PUBLIC', () => sign({ role: 'PUBLIC' }), /role "PUBLIC" is not one of/],
    ['PARTNER without a region', () => sign({ role: 'PARTNER' }), /PARTNER needs a region/],
    ['with an unknown region', () => sign({ role: 'ANALYST', region: '999999' }), /region "999999" is not a GB\/T 2260 code/],
    ['ANALYST with pii:read', () => sign({ role: 'ANALYST', scope: 'pii:read' }), /cannot hold pii:read/],
    ['signed with another secret', () => sign({ role: 'ADMIN' }, undefined, new TextEncoder().encode('another-secret-another-secret-another!')), /signature does not verify/],
    ['unsigned (alg none)', async () => new UnsecuredJWT({ role: 'ADMIN' }).setSubject('x').setExpirationTime('10m').encode(), /algorithm is not accepted|malformed/],
    ['HS512', () => sign({ role: 'ADMIN' }, undefined, secret, 'HS512'), /algorithm is not accepted/],
    ['garbage', async () => 'not.a.token', /malformed/],
  ])('a token %s is 401', async (_name, make, message) => {
    await expect401({ authorization: `Bearer ${await make()}` }, message as RegExp);
  });

  it('RS256 tokens verify against JWT_PUBLIC_KEY; HS256 ones are then refused', async () => {
    const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
    const server: Server = await createServer({ env: 'test', auth: { jwtSecret: null, jwtPublicKey: publicKey, jwtIssuer: 'https://idp.example', jwtAudience: 'shh-api' } }, api.db.sources);
    const port = await server.listen(0);
    try {
      const post = async (token: string) => {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: WHO }),
        });
        return { status: response.status, body: (await response.json()) as any };
      };
      const good = await sign({ role: 'HR_AGENCY' }, (j) => j.setSubject('hr-sso').setIssuer('https://idp.example').setAudience('shh-api').setExpirationTime('5m'), privateKey, 'RS256');
      expect((await post(good)).body.data.persons.totalCount).toBeGreaterThan(0);
      const wrongAudience = await sign({ role: 'HR_AGENCY' }, (j) => j.setSubject('hr-sso').setIssuer('https://idp.example').setAudience('other').setExpirationTime('5m'), privateKey, 'RS256');
      expect(await post(wrongAudience)).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
      const hs = await testToken('ADMIN');
      const refused = await post(hs);
      expect(refused.status).toBe(401);
      expect(refused.body.errors[0].message).toMatch(/algorithm is not accepted/);
    } finally {
      await server.stop();
    }
  });

  it('a server without JWT keys refuses bearer tokens with 401', async () => {
    const server = await createServer({ env: 'test' }, api.db.sources);
    const port = await server.listen(0);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken('ADMIN')}` },
        body: JSON.stringify({ query: WHO }),
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/Bearer/);
      expect(((await response.json()) as any).errors[0].message).toMatch(/no JWT_SECRET or JWT_PUBLIC_KEY/);
    } finally {
      await server.stop();
    }
  });
});
