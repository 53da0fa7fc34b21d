import { describeEachBackend, openTestSources, TestSources } from '../support/backends';
import { TEST_AUTH, testToken } from '../support/api';
import { createServer, Server } from '../../src/server';
import { parseCsv } from '../../src/shared/files/csv';
import { appendAuditEvent } from '../../src/auth/audit-log';
import { FileCheckpointStore } from '../../src/auth/audit-checkpoint';
import { builder } from '../support/builders';
import { buildCohortsOfPeople, BulkPeople } from './bulk-people';
import { AuditFixture } from './audit-support';
import { rowIdOf } from '../support/ids';

const COHORTS = 100;
const PER_COHORT = 100;

const TEN_THOUSAND = `query tenThousand { trainingCohorts(first: 100) { edges { node {
  enrollments(first: 100) { edges { node { trainee { id idNumber } } } } } } } }`;

/** The persons an event lists, as audit_event_person rows or (before it existed) in the detail JSON. */
async function auditedPersons(db: TestSources, eventId: number): Promise<Array<{ type: string; id: number; fields: string[] }>> {
  const rows: Array<Record<string, any>> = await db.sources.gateway.query(
    'SELECT person_type, row_id, fields FROM audit_event_person WHERE event_id = ? ORDER BY position',
    [eventId],
  );
  return rows.map((r) => ({ type: r.person_type, id: Number(r.row_id), fields: String(r.fields).split(',') }));
}

describeEachBackend('bulk reads of personal data: audited in full, whatever their size', (backend) => {
  let db: TestSources;
  let server: Server;
  let url: string;
  let people: BulkPeople;
  let admin: string;
  let audit: AuditFixture;
  let stopped = false;
  const events = async (): Promise<Array<Record<string, any>>> => db.sources.gateway.query('SELECT * FROM audit_event ORDER BY id');

  beforeAll(async () => {
    db = await openTestSources(backend);
    people = await buildCohortsOfPeople(await builder(db), COHORTS, PER_COHORT);
    audit = new AuditFixture(() => db.sources.gateway);
    server = await createServer(
      // 10,000 nested persons take GraphQL seconds on a busy machine: the request deadline is not what this file tests.
      { env: 'test', auth: TEST_AUTH, requestTimeoutMs: 300_000 },
      db.sources,
      { audit: { signer: audit.signer, checkpoints: [new FileCheckpointStore(audit.checkpointFile)], checkpointIntervalMs: 60_000 } },
    );
    url = `http://127.0.0.1:${await server.listen(0)}`;
    admin = await testToken('ADMIN', { scopes: ['pii:read'], subject: 'bulk-reader' });
  });
  afterAll(async () => {
    if (!stopped) await server?.stop();
    audit?.cleanup();
    await db?.close();
  });

  it('ONE request that unmasks 10,000 persons succeeds, and its one event lists all 10,000', async () => {
    const before = (await events()).length;
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: TEN_THOUSAND }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    const shown = body.data.trainingCohorts.edges.flatMap((c: any) => c.node.enrollments.edges.map((e: any) => e.node.trainee));
    expect(shown).toHaveLength(COHORTS * PER_COHORT);
    const persons: Array<Record<string, any>> = await db.sources.hr.query('SELECT id, citizen_id FROM person');
    const idNumbers = new Map(persons.map((p) => [Number(p.id), p.citizen_id]));
    for (const trainee of shown) expect(trainee.idNumber).toBe(idNumbers.get(rowIdOf(trainee.id)));

    const after = await events();
    expect(after).toHaveLength(before + 1);
    const event = after[after.length - 1];
    expect(event.operation_name).toBe('tenThousand');
    const listed = await auditedPersons(db, Number(event.id));
    expect(listed).toHaveLength(COHORTS * PER_COHORT);
    expect(listed.map((p) => p.id).sort((a, b) => a - b)).toEqual([...people.personIds].sort((a, b) => a - b));
    expect(new Set(listed.map((p) => `${p.type}:${p.fields.join(',')}`))).toEqual(new Set(['Person:idNumber']));
    expect(JSON.parse(event.detail).viewer).toMatchObject({ name: 'bulk-reader', role: 'ADMIN' });
  });

  it('one CSV export of every person with pii:read succeeds, and every exported person is audited', async () => {
    const before = (await events()).length;
    const response = await fetch(`${url}/export/csv`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      // No `first`: an export pages through the whole list (a `first` would bound the file).
      body: JSON.stringify({ query: 'query everyone { persons { edges { node { id idNumber phone } } } }' }),
    });
    expect(response.status).toBe(200);
    const [header, ...rows] = parseCsv((await response.text()).replace(/^\uFEFF/, ''));
    expect(header).toEqual(['id', 'idNumber', 'phone']);
    const persons: Array<Record<string, any>> = await db.sources.hr.query('SELECT id, citizen_id, phone FROM person ORDER BY id');
    expect(persons.length).toBeGreaterThanOrEqual(COHORTS * PER_COHORT);
    expect(rows.map((r) => [rowIdOf(r[0]), r[1], r[2]])).toEqual(persons.map((p) => [Number(p.id), p.citizen_id, p.phone]));

    const exportEvents = (await events()).slice(before).filter((e) => e.operation_name === 'everyone');
    expect(exportEvents.length).toBeGreaterThan(0);
    const audited = new Map<number, string[]>();
    for (const event of exportEvents) for (const p of await auditedPersons(db, Number(event.id))) audited.set(p.id, p.fields);
    expect([...audited.keys()].sort((a, b) => a - b)).toEqual(persons.map((p) => Number(p.id)));
    for (const fields of audited.values()) expect(fields).toEqual(['idNumber', 'phone']);
  });

  it('the signature covers every one of those persons rows: the trail verifies, one row changed breaks it; the server anchors its head as it stops', async () => {
    const verified = await audit.run('verify');
    expect(verified.code).toBe(0);
    const [big] = (await db.sources.gateway.query('SELECT id FROM audit_event WHERE persons_count = ?', [COHORTS * PER_COHORT])) as Array<{ id: unknown }>;
    await db.sources.gateway.query('UPDATE audit_event_person SET row_id = row_id + 1 WHERE event_id = ? AND position = 9999', [big.id]);
    const broken = await audit.run('verify');
    expect(broken.code).toBe(1);
    expect(broken.text).toMatch(new RegExp(`BROKEN at event ${big.id}: its persons \\(10000 row\\(s\\) in audit_event_person, 10000 signed\\) do not match what was signed`));
    await db.sources.gateway.query('UPDATE audit_event_person SET row_id = row_id - 1 WHERE event_id = ? AND position = 9999', [big.id]);

    // One more event just before stopping: no periodic checkpoint (they are a minute apart, and a loaded
    // machine may have taken one by now) can know it, so only the checkpoint taken at stop can hold it.
    await appendAuditEvent(db.sources.gateway, { clientId: null, operationName: 'lastBeforeStop', detail: { note: 'the newest event' } });
    const [head] = (await db.sources.gateway.query('SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1')) as Array<{ seq: unknown; hash: string }>;
    const store = new FileCheckpointStore(audit.checkpointFile);
    expect((await store.read())?.events ?? 0).toBeLessThan(Number(head.seq));
    await server.stop();
    stopped = true;
    // … the one taken as it stopped has them all.
    expect(await store.read()).toMatchObject({ events: Number(head.seq), headHash: head.hash, keyId: audit.signer.keyId });
    expect((await audit.run('verify')).out).toEqual([expect.stringMatching(/^audit log intact: /), expect.stringMatching(new RegExp(`^  reaches the checkpoint in file .*: ${Number(head.seq)} event\\(s\\)$`))]);
  });
});
