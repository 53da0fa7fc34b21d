import { describeEachBackend, openTestSources, TestSources } from '../support/backends';
import { appendAuditEvent, eventHash, GENESIS_HASH } from '../../src/auth/audit-log';
import { auditCommand } from '../../src/auth/audit.command';
import { CommandIo } from '../../src/auth/command-io';
import { AuditEventEntity } from '../../src/sources/gateway/audit-event.entity';

function collectingIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io, out, err };
}

/**
 * An insider who can write `audit_event` (a DBA, a stolen database password)
 * and has read this code, but not the signing key.
 */
describeEachBackend('the audit log under attack by someone who can write its table', (backend) => {
  let db: TestSources;
  const gateway = () => db.sources.gateway;
  const repository = () => gateway().getRepository(AuditEventEntity);

  async function chain(n: number): Promise<AuditEventEntity[]> {
    await gateway().query('DELETE FROM audit_event');
    for (let i = 0; i < n; i++) {
      await appendAuditEvent(gateway(), { clientId: 7, operationName: `op${i}`, detail: { persons: [{ type: 'Person', id: i + 1, fields: ['idNumber'] }] } });
    }
    return repository().find({ order: { id: 'ASC' } });
  }

  async function verify(...args: string[]) {
    const run = collectingIo();
    const code = await auditCommand(['verify', ...args], gateway(), run.io);
    return { code, text: [...run.out, ...run.err].join('\n') };
  }

  /** What the attacker does after an edit: recompute every hash from there on, as the code would. */
  async function rehashFrom(index: number): Promise<void> {
    const events = await repository().find({ order: { id: 'ASC' } });
    let previous = index === 0 ? GENESIS_HASH : events[index - 1].hash;
    for (const event of events.slice(index)) {
      event.previousHash = previous;
      event.hash = eventHash(event);
      previous = event.hash;
      await repository().save(event);
    }
  }

  beforeAll(async () => {
    db = await openTestSources(backend);
  });
  afterAll(async () => db?.close());

  it('an edited event with every later hash recomputed is caught', async () => {
    const events = await chain(6);
    await gateway().query(`UPDATE audit_event SET detail = '{"persons":[]}' WHERE id = ?`, [events[2].id]);
    await rehashFrom(2);
    const { code, text } = await verify();
    expect(code).toBe(1);
    expect(text).toMatch(new RegExp(`BROKEN at event ${events[2].id}`));
  });

  it('a deleted event in the middle with the chain re-linked and re-hashed is caught', async () => {
    const events = await chain(6);
    await gateway().query('DELETE FROM audit_event WHERE id = ?', [events[3].id]);
    await rehashFrom(3);
    const { code } = await verify();
    expect(code).toBe(1);
  });

  it('a forged event appended with the right link and hash is caught', async () => {
    const events = await chain(4);
    const last = events[events.length - 1];
    const forged = Object.assign(new AuditEventEntity(), {
      occurredAt: new Date(Math.floor(Date.now() / 1000) * 1000),
      clientId: 7,
      operationName: 'innocent',
      detail: '{"persons":[]}',
      previousHash: last.hash,
    });
    forged.hash = eventHash(forged);
    await repository().insert(forged);
    const { code, text } = await verify();
    expect(code).toBe(1);
    expect(text).toMatch(new RegExp(`BROKEN at event ${forged.id}`));
  });

  it('deleting the newest events is caught against the head given by hand', async () => {
    const events = await chain(5);
    const head = `${events.length}:${events[events.length - 1].hash}`;
    expect((await verify('--expect-head', head)).code).toBe(0);
    await gateway().query('DELETE FROM audit_event WHERE id >= ?', [events[3].id]);
    const { code, text } = await verify('--expect-head', head);
    expect(code).toBe(1);
    expect(text).toMatch(/holds 3 event\(s\).*5/);
  });

  it('deleting every event is caught against the head given by hand', async () => {
    const events = await chain(3);
    const head = `${events.length}:${events[events.length - 1].hash}`;
    await gateway().query('DELETE FROM audit_event');
    const { code, text } = await verify('--expect-head', head);
    expect(code).toBe(1);
    expect(text).toMatch(/holds 0 event\(s\)/);
  });
});
