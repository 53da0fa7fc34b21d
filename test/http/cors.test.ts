import http from 'node:http';
import { Running, seeded, Seeded, serve } from './harness';

const DASHBOARD = 'https://dash.example.gov.cn';
const STRANGER = 'https://evil.example.com';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request exactly as a browser would send it: node:http, so that Origin and the preflight headers go out as written. */
function request(base: string, method: string, path: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const preflight = (base: string, path: string, origin: string) =>
  request(base, 'OPTIONS', path, { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-api-key' });

const QUERY = JSON.stringify({ query: '{ regions(first: 1) { edges { node { name } } } }' });
const EXPORT = JSON.stringify({ query: '{ workshops(first: 2) { edges { node { name } } } }' });

describe('CORS for dashboards on other origins (CORS_ORIGINS)', () => {
  let db: Seeded;
  let allowing: Running;
  let closed: Running;
  beforeAll(async () => {
    db = await seeded('sqlite', 0.01);
    allowing = await serve(db.db.sources, { corsOrigins: [DASHBOARD] });
    closed = await serve(db.db.sources);
  });
  afterAll(async () => {
    await allowing?.close();
    await closed?.close();
    await db?.close();
  });

  it.each(['/graphql', '/export/csv'])('answers the preflight of an allowed origin on %s (it was HTTP 400)', async (path) => {
    const answer = await preflight(allowing.base, path, DASHBOARD);
    expect(answer.status).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe(DASHBOARD);
    expect(String(answer.headers['access-control-allow-methods']).split(/,\s*/)).toEqual(expect.arrayContaining(['GET', 'POST']));
    expect(String(answer.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/)).toEqual(
      expect.arrayContaining(['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight', 'idempotency-key']),
    );
    expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
    expect(answer.headers.vary).toMatch(/Origin/);
  });

  it("lets the allowed origin's page read the answers of /graphql and /export/csv, with the request id", async () => {
    const graphql = await request(allowing.base, 'POST', '/graphql', { origin: DASHBOARD, 'content-type': 'application/json' }, QUERY);
    expect(graphql.status).toBe(200);
    expect(JSON.parse(graphql.body).data.regions.edges).toHaveLength(1);
    expect(graphql.headers['access-control-allow-origin']).toBe(DASHBOARD);
    expect(String(graphql.headers['access-control-expose-headers'])).toMatch(/X-Request-Id/);
    const csv = await request(allowing.base, 'POST', '/export/csv', { origin: DASHBOARD, 'content-type': 'application/json' }, EXPORT);
    expect(csv.status).toBe(200);
    expect(csv.headers['access-control-allow-origin']).toBe(DASHBOARD);
  });

  it('refuses the preflight of any other origin, and gives its requests no CORS headers', async () => {
    const answer = await preflight(allowing.base, '/graphql', STRANGER);
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(answer.body).toBe(`Origin ${STRANGER} is not listed in CORS_ORIGINS\n`);
    const post = await request(allowing.base, 'POST', '/graphql', { origin: STRANGER, 'content-type': 'application/json' }, QUERY);
    expect(post.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('still leaves requests a page may send without a preflight to CSRF prevention, even from the allowed origin', async () => {
    const simple = await request(allowing.base, 'POST', '/graphql', { origin: DASHBOARD, 'content-type': 'text/plain' }, QUERY);
    expect(simple.status).toBe(400);
    expect(simple.body).toMatch(/Cross-Site Request Forgery/);
    const get = await request(allowing.base, 'GET', `/graphql?query=${encodeURIComponent('{ __typename }')}`, { origin: DASHBOARD });
    expect(get.status).toBe(400);
    expect(get.body).toMatch(/Cross-Site Request Forgery/);
  });

  it('allows no origin by default', async () => {
    const answer = await preflight(closed.base, '/graphql', DASHBOARD);
    expect(answer.status).toBe(403);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(answer.body).toBe('Cross-origin requests are off: no origin is listed in CORS_ORIGINS\n');
    const post = await request(closed.base, 'POST', '/graphql', { origin: DASHBOARD, 'content-type': 'application/json' }, QUERY);
    expect(post.status).toBe(200);
    expect(post.headers['access-control-allow-origin']).toBeUndefined();
  });
});
