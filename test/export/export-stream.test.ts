import v8 from 'node:v8';
import vm from 'node:vm';
import { ApiHarness, startApi, testToken } from '../support/api';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Heap in use after a full collection: what the process really holds at that moment. */
function liveHeap(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const MB = 1024 * 1024;

// Scale 6 holds about 112,000 enrolments; SQLite keeps the seed quick. The server runs in this process, so the heap measured is the server's too.
describe('CSV export of a long list', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    // More rows than the default daily quota of person rows: this test is about memory, so the quota is off.
    api = await startApi('sqlite', 6, 11, { exportPersonRowsPerDay: 0 });
  }, 300_000);
  afterAll(async () => api?.close());

  it('streams 100,000+ rows page by page, with a live heap that does not grow with the rows sent', async () => {
    const [{ n }] = await api.db.sources.hr.query('SELECT COUNT(*) AS n FROM enrollment');
    const total = Number(n);
    expect(total).toBeGreaterThan(100_000);
    const token = await testToken('ADMIN');
    const query = '{ enrollments { edges { node { id enrolledOn status completedOn passed targetGroup cohort { code startsOn } } } } }';
    const baseline = liveHeap();
    const started = Date.now();
    const response = await fetch(api.url.replace(/\/graphql$/, '/export/csv'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    expect(response.status).toBe(200);
    let lines = 0;
    let chunks = 0;
    let bytes = 0;
    let firstChunkAt = 0;
    const samples: Array<{ lines: number; heap: number }> = [];
    let nextSample = 20_000;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      if (chunks === 0) firstChunkAt = Date.now();
      chunks++;
      bytes += chunk.length;
      for (const b of chunk) if (b === 10) lines++;
      if (lines >= nextSample) {
        samples.push({ lines, heap: liveHeap() });
        nextSample += 20_000;
      }
    }
    const finishedAt = Date.now();
    const after = liveHeap();
    expect(lines - 1).toBe(total);
    // Streamed: the first bytes came long before the last, about one piece per page of 100 rows.
    expect(chunks).toBeGreaterThan(total / 200);
    expect(firstChunkAt - started).toBeLessThan((finishedAt - started) / 4);
    expect(samples.length).toBeGreaterThanOrEqual(5);
    // The whole file is about `bytes` long; the rows as objects would be several times that. The live
    // heap mid-stream stays within a few MB of the baseline and does not climb from sample to sample.
    const growth = Math.max(...samples.map((s) => s.heap)) - baseline;
    expect(bytes).toBeGreaterThan(10 * MB);
    expect(growth).toBeLessThan(24 * MB);
    expect(samples[samples.length - 1].heap - samples[0].heap).toBeLessThan(8 * MB);
    expect(after - baseline).toBeLessThan(16 * MB);
  }, 300_000);
});
