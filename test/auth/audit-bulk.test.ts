import { describeEachBackend, openTestSources, TestSources } from '../support/backends';
import { TEST_AUTH, testToken } from '../support/api';
import { createServer, Server } from '../../src/server';
import { parseCsv } from '../../src/shared/files/csv';
import { buildCohortsOfPeople, BulkPeople } from './bulk-people';
import { rowIdOf } from './helpers';

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
  const events = async (): Promise<Array<Record<string, any>>> => db.sources.gateway.query('SELECT * FROM audit_event ORDER BY id');

  beforeAll(async () => {
    db = await openTestSources(backend);
    people = await buildCohortsOfPeople(db.sources.hr, COHORTS, PER_COHORT);
    server = await createServer({ env: 'test', auth: TEST_AUTH }, db.sources);
    url = `http://127.0.0.1:${await server.listen(0)}`;
    admin = await testToken('ADMIN', { scopes: ['pii:read'], subject: 'bulk-reader' });
  });
  afterAll(async () => {
    await server?.stop();
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
      body: JSON.stringify({ query: 'query everyone { persons(first: 100) { edges { node { id idNumber phone } } } }' }),
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
});
