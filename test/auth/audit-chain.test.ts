import { describeEachBackend, openTestSources, TestSources } from '../support/backends';
import { appendAuditEvent, eventHash, GENESIS_HASH, verifyAuditChain } from '../../src/auth/audit-log';
import { auditCommand } from '../../src/auth/audit.command';
import { CommandIo } from '../../src/auth/command-io';
import { openDataSource } from '../../src/sources/data-source';
import { AuditEventEntity } from '../../src/sources/gateway/audit-event.entity';

function collectingIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io, out, err };
}

describeEachBackend('the audit log: an append-only hash chain that `audit verify` checks', (backend) => {
  let db: TestSources;
  const gateway = () => db.sources.gateway;
  const ids = async () => ((await gateway().query('SELECT id FROM audit_event ORDER BY id')) as Array<{ id: unknown }>).map((r) => Number(r.id));

  /** A fresh chain of `n` events; returns their ids. */
  async function chain(n: number): Promise<number[]> {
    await gateway().query('DELETE FROM audit_event');
    for (let i = 0; i < n; i++) {
      await appendAuditEvent(gateway(), { clientId: i % 3 === 0 ? null : i, operationName: `op${i}`, detail: { persons: [{ type: 'Person', id: i + 1, fields: ['idNumber'] }] } }, new Date(Date.UTC(2025, 0, 1, 8, 0, i, 789)));
    }
    return ids();
  }

  async function verify() {
    const run = collectingIo();
    const code = await auditCommand(['verify'], gateway(), run.io);
    return { code, ...run, report: await verifyAuditChain(gateway()) };
  }

  beforeAll(async () => {
    db = await openTestSources(backend);
  });
  afterAll(async () => db?.close());

  it('links each event to the one before, starting from the genesis hash', async () => {
    const list = await chain(5);
    const events: Array<Record<string, any>> = await gateway().query('SELECT * FROM audit_event ORDER BY id');
    expect(events[0].previous_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < events.length; i++) expect(events[i].previous_hash).toBe(events[i - 1].hash);
    const { code, out, report } = await verify();
    expect(code).toBe(0);
    expect(report).toEqual({ ok: true, events: 5, head: { id: list[4], hash: events[4].hash }, broken: null });
    expect(out.join('\n')).toMatch(new RegExp(`audit log intact: 5 event\\(s\\); newest is ${list[4]} with hash ${events[4].hash}`));
  });

  it('hashes the canonical content, the time kept to the second', async () => {
    await chain(1);
    const [event] = await gateway().getRepository(AuditEventEntity).find();
    expect(event.occurredAt.toISOString()).toBe('2025-01-01T08:00:00.000Z');
    expect(eventHash(event)).toBe(event.hash);
  });

  it('stays one unbroken chain under 30 concurrent appends', async () => {
    await gateway().query('DELETE FROM audit_event');
    await Promise.all(Array.from({ length: 30 }, (_, i) => appendAuditEvent(gateway(), { clientId: i, operationName: 'burst', detail: { i } })));
    const report = await verifyAuditChain(gateway());
    expect(report).toMatchObject({ ok: true, events: 30 });
  });

  it('stays one chain when two connections pools (two server processes) append at once', async () => {
    await gateway().query('DELETE FROM audit_event');
    const other = await openDataSource('gateway', db.urls.gateway, { poolSize: 4 });
    try {
      await Promise.all(
        Array.from({ length: 40 }, (_, i) => appendAuditEvent(i % 2 === 0 ? gateway() : other, { clientId: i, operationName: 'two-writers', detail: { i } })),
      );
    } finally {
      await other.destroy();
    }
    expect(await verifyAuditChain(gateway())).toMatchObject({ ok: true, events: 40 });
  });

  it('an empty log is intact', async () => {
    await gateway().query('DELETE FROM audit_event');
    const { code, out } = await verify();
    expect(code).toBe(0);
    expect(out).toEqual(['audit log intact: no events yet']);
  });

  const TAMPERING: Array<[string, (list: number[]) => Promise<unknown>, (list: number[]) => number, RegExp]> = [
    ['an edited detail', (l) => db.sources.gateway.query("UPDATE audit_event SET detail = '{\"persons\":[]}' WHERE id = ?", [l[3]]), (l) => l[3], /content does not match its hash: the event was edited/],
    ['an edited time', (l) => db.sources.gateway.query("UPDATE audit_event SET occurred_at = '2024-12-31 23:59:59' WHERE id = ?", [l[2]]), (l) => l[2], /content does not match its hash/],
    ['an edited client', (l) => db.sources.gateway.query('UPDATE audit_event SET client_id = 999 WHERE id = ?', [l[4]]), (l) => l[4], /content does not match its hash/],
    ['an edited operation name', (l) => db.sources.gateway.query("UPDATE audit_event SET operation_name = 'innocent' WHERE id = ?", [l[1]]), (l) => l[1], /content does not match its hash/],
    ['an edited hash', (l) => db.sources.gateway.query(`UPDATE audit_event SET hash = '${'f'.repeat(64)}' WHERE id = ?`, [l[5]]), (l) => l[5], /content does not match its hash/],
    [
      'an edit with its own hash recomputed',
      async (l) => {
        const repository = db.sources.gateway.getRepository(AuditEventEntity);
        const event = await repository.findOneByOrFail({ id: l[3] });
        event.detail = '{"persons":[]}';
        event.hash = eventHash(event);
        await repository.save(event);
      },
      (l) => l[4],
      /previous_hash does not match the hash of event \d+: event \d+ was edited, or events between them were deleted/,
    ],
    ['a deleted event in the middle', (l) => db.sources.gateway.query('DELETE FROM audit_event WHERE id = ?', [l[3]]), (l) => l[4], /previous_hash does not match the hash of event/],
    ['a deleted first event', (l) => db.sources.gateway.query('DELETE FROM audit_event WHERE id = ?', [l[0]]), (l) => l[1], /the first event does not start the chain/],
    ['an edited link', (l) => db.sources.gateway.query(`UPDATE audit_event SET previous_hash = '${'0'.repeat(64)}' WHERE id = ?`, [l[6]]), (l) => l[6], /previous_hash does not match/],
  ];

  it.each(TAMPERING)('catches %s: the first broken link, exit code 1', async (_name, tamper, brokenAt, reason) => {
    const list = await chain(8);
    expect((await verify()).code).toBe(0);
    await tamper(list);
    const { code, err, report } = await verify();
    expect(code).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.broken!.id).toBe(brokenAt(list));
    expect(report.broken!.reason).toMatch(reason);
    expect(err.join('\n')).toMatch(new RegExp(`audit log BROKEN at event ${brokenAt(list)}: `));
  });

  it('lists the newest events', async () => {
    await chain(4);
    const run = collectingIo();
    expect(await auditCommand(['list', '--last', '2'], gateway(), run.io)).toBe(0);
    expect(run.out).toHaveLength(2);
    expect(run.out[1]).toMatch(/op3/);
    expect(await auditCommand(['list', '--last', 'x'], gateway(), collectingIo().io)).toBe(1);
    expect(await auditCommand(['frob'], gateway(), collectingIo().io)).toBe(1);
  });
});
