import { describeEachBackend, openTestSources, TestSources } from '../support/backends';
import { eventHash, GENESIS_HASH, unsignedEventHash } from '../../src/auth/audit-canonical';
import { appendAuditEvent } from '../../src/auth/audit-log';
import { verifyAuditChain } from '../../src/auth/audit-verify';
import { AuditKeyring } from '../../src/auth/audit-keys';
import { openDataSource } from '../../src/sources/data-source';
import { AuditEventEntity } from '../../src/sources/gateway/audit-event.entity';
import { gatewayMigrations } from '../../migrations/gateway';
import { AuditFixture, clearAuditLog } from './audit-support';

describeEachBackend('the audit log: a signed hash chain that `audit verify` checks', (backend) => {
  let db: TestSources;
  let audit: AuditFixture;
  const gateway = () => db.sources.gateway;
  const ids = async () => ((await gateway().query('SELECT id FROM audit_event ORDER BY seq')) as Array<{ id: unknown }>).map((r) => Number(r.id));
  const report = () => verifyAuditChain(gateway(), { keyring: new AuditKeyring([audit.signer.publicKey]) });

  /** A fresh chain of `n` events, each naming one person; returns their ids. */
  async function chain(n: number): Promise<number[]> {
    await clearAuditLog(gateway());
    for (let i = 0; i < n; i++) {
      await appendAuditEvent(
        gateway(),
        { clientId: i % 3 === 0 ? null : i, operationName: `op${i}`, detail: { i }, persons: [{ type: 'Person', id: i + 1, fields: ['phone', 'idNumber'] }] },
        new Date(Date.UTC(2025, 0, 1, 8, 0, i, 789)),
      );
    }
    return ids();
  }

  beforeAll(async () => {
    db = await openTestSources(backend);
    audit = new AuditFixture(gateway);
    audit.attach();
    // The chain alone: checkpoints are another file's subject, so verify is told there is none (--no-checkpoint).
    audit.stores = () => [];
  });
  afterAll(async () => {
    audit?.cleanup();
    await db?.close();
  });

  it('numbers the events, links each to the one before from the genesis hash, and signs each with the key id on it', async () => {
    const list = await chain(5);
    const events: Array<Record<string, any>> = await gateway().query('SELECT * FROM audit_event ORDER BY seq');
    expect(events.map((e) => Number(e.seq))).toEqual([1, 2, 3, 4, 5]);
    expect(events[0].previous_hash).toBe(GENESIS_HASH);
    for (let i = 1; i < events.length; i++) expect(events[i].previous_hash).toBe(events[i - 1].hash);
    for (const e of events) {
      expect(e.key_id).toBe(audit.signer.keyId);
      expect(e.signature).toMatch(/^[A-Za-z0-9_-]{86}$/);
      expect(Number(e.persons_count)).toBe(1);
    }
    const { code, out } = await audit.run('verify', '--no-checkpoint');
    expect(code).toBe(0);
    expect(await report()).toEqual({
      ok: true,
      events: 5,
      unsigned: 0,
      keyIds: [audit.signer.keyId],
      head: { id: list[4], seq: 5, hash: events[4].hash },
      broken: null,
      missing: [],
    });
    expect(out[0]).toBe(`audit log intact: 5 event(s), signed by key ${audit.signer.keyId}; head 5:${events[4].hash} (event ${list[4]})`);
  });

  it('keeps the persons as rows of their own, fields sorted, and the time to the second', async () => {
    const [id] = await chain(1);
    const rows: Array<Record<string, any>> = await gateway().query('SELECT * FROM audit_event_person WHERE event_id = ?', [id]);
    expect(rows.map((r) => [Number(r.position), r.person_type, Number(r.row_id), r.fields])).toEqual([[0, 'Person', 1, 'idNumber,phone']]);
    const event = await gateway().getRepository(AuditEventEntity).findOneByOrFail({ id });
    expect(event.occurredAt.toISOString()).toBe('2025-01-01T08:00:00.000Z');
    expect(eventHash({ ...event, personsCount: event.personsCount!, personsDigest: event.personsDigest!, keyId: event.keyId! })).toBe(event.hash);
  });

  it('stays one unbroken chain under 30 concurrent appends', async () => {
    await clearAuditLog(gateway());
    await Promise.all(Array.from({ length: 30 }, (_, i) => appendAuditEvent(gateway(), { clientId: i, operationName: 'burst', detail: { i }, persons: [{ type: 'Person', id: i, fields: ['idNumber'] }] })));
    expect(await report()).toMatchObject({ ok: true, events: 30 });
  });

  it('stays one chain when two connection pools (two server processes) append at once', async () => {
    await clearAuditLog(gateway());
    const other = await openDataSource('gateway', db.urls.gateway, { poolSize: 4 });
    try {
      // The other process holds the same key, as copies of one server do.
      (await import('../../src/auth/audit-log')).attachAuditSigner(other, audit.signer);
      await Promise.all(
        Array.from({ length: 40 }, (_, i) => appendAuditEvent(i % 2 === 0 ? gateway() : other, { clientId: i, operationName: 'two-writers', detail: { i } })),
      );
    } finally {
      await other.destroy();
    }
    expect(await report()).toMatchObject({ ok: true, events: 40 });
  });

  it('an empty log is intact', async () => {
    await clearAuditLog(gateway());
    const { code, out } = await audit.run('verify', '--no-checkpoint');
    expect(code).toBe(0);
    expect(out[0]).toBe('audit log intact: no events yet');
  });

  const sql = (text: string, params: unknown[] = []) => db.sources.gateway.query(text, params);
  const TAMPERING: Array<[string, (list: number[]) => Promise<unknown>, (list: number[]) => number, RegExp]> = [
    ['an edited detail', (l) => sql(`UPDATE audit_event SET detail = '{}' WHERE id = ?`, [l[3]]), (l) => l[3], /content does not match its hash: the event was edited/],
    ['an edited time', (l) => sql("UPDATE audit_event SET occurred_at = '2024-12-31 23:59:59' WHERE id = ?", [l[2]]), (l) => l[2], /content does not match its hash/],
    ['an edited client', (l) => sql('UPDATE audit_event SET client_id = 999 WHERE id = ?', [l[4]]), (l) => l[4], /content does not match its hash/],
    ['an edited operation name', (l) => sql("UPDATE audit_event SET operation_name = 'innocent' WHERE id = ?", [l[1]]), (l) => l[1], /content does not match its hash/],
    ['an edited hash', (l) => sql(`UPDATE audit_event SET hash = '${'f'.repeat(64)}' WHERE id = ?`, [l[5]]), (l) => l[5], /content does not match its hash/],
    ['an edited signature', (l) => sql(`UPDATE audit_event SET signature = ? WHERE id = ?`, ['A'.repeat(86), l[5]]), (l) => l[5], /signature does not verify/],
    ['an edited key id', (l) => sql(`UPDATE audit_event SET key_id = ? WHERE id = ?`, ['0'.repeat(32), l[5]]), (l) => l[5], /content does not match its hash/],
    ['a person removed from an event', (l) => sql('DELETE FROM audit_event_person WHERE event_id = ?', [l[2]]), (l) => l[2], /its persons \(0 row\(s\) in audit_event_person, 1 signed\) do not match/],
    ['a person changed in an event', (l) => sql('UPDATE audit_event_person SET row_id = 999 WHERE event_id = ?', [l[2]]), (l) => l[2], /its persons .* do not match what was signed/],
    ['a person added to an event', (l) => sql(`INSERT INTO audit_event_person (event_id, position, person_type, row_id, fields) VALUES (?, 1, 'Person', 5, 'idNumber')`, [l[6]]), (l) => l[6], /its persons \(2 row\(s\) in audit_event_person, 1 signed\)/],
    ['a persons count edited to match', (l) => sql('UPDATE audit_event SET persons_count = 0 WHERE id = ?', [l[2]]), (l) => l[2], /content does not match its hash/],
    ['a deleted event in the middle', (l) => sql('DELETE FROM audit_event WHERE id = ?', [l[3]]), (l) => l[4], /event\(s\) 4 of the chain are missing: deleted/],
    ['a deleted first event', (l) => sql('DELETE FROM audit_event WHERE id = ?', [l[0]]), (l) => l[1], /event\(s\) 1 of the chain are missing/],
    ['a renumbered event', (l) => sql('UPDATE audit_event SET seq = 100 WHERE id = ?', [l[7]]), (l) => l[7], /event\(s\) 8–99 of the chain are missing/],
    ['an edited link', (l) => sql(`UPDATE audit_event SET previous_hash = '${'0'.repeat(64)}' WHERE id = ?`, [l[6]]), (l) => l[6], /previous_hash does not match/],
  ];

  it.each(TAMPERING)('catches %s: the first event that does not check out, exit code 1', async (_name, tamper, brokenAt, reason) => {
    const list = await chain(8);
    expect((await audit.run('verify', '--no-checkpoint')).code).toBe(0);
    await tamper(list);
    const { code, err } = await audit.run('verify', '--no-checkpoint');
    const result = await report();
    expect(code).toBe(1);
    expect(result.ok).toBe(false);
    expect(result.broken!.id).toBe(brokenAt(list));
    expect(result.broken!.reason).toMatch(reason);
    expect(err.join('\n')).toMatch(new RegExp(`audit log BROKEN at event ${brokenAt(list)}: `));
  });

  it('lists the newest events', async () => {
    await chain(4);
    const { code, out } = await audit.run('list', '--last', '2');
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    expect(out[1]).toMatch(new RegExp(`^4  #\\d+  2025-01-01T08:00:03.000Z  client -  op3  1 person\\(s\\)  key ${audit.signer.keyId}`));
    expect((await audit.run('list', '--last', 'x')).code).toBe(1);
    expect((await audit.run('frob')).code).toBe(1);
    expect((await audit.run('verify', '--frob')).text).toMatch(/Unknown option '--frob'/);
  });
});

describeEachBackend('the audit log written before events were signed', (backend) => {
  let db: TestSources;
  let audit: AuditFixture;
  const gateway = () => db.sources.gateway;
  const legacy = gatewayMigrations.findIndex((m) => m.name === 'SignAuditEvents1764300500000');

  beforeAll(async () => {
    db = await openTestSources(backend, { migrate: false });
    audit = new AuditFixture(gateway);
    audit.attach();
    audit.stores = () => [];
    // The gateway as it was: migrations up to the unsigned chain, and three events written then.
    const runner = gateway().createQueryRunner();
    for (const Migration of gatewayMigrations.slice(0, legacy)) await new Migration().up(runner);
    await runner.release();
    let previousHash = GENESIS_HASH;
    for (let i = 0; i < 3; i++) {
      const event = { occurredAt: new Date(Date.UTC(2025, 0, 1, 8, 0, i)), clientId: null, operationName: `old${i}`, detail: JSON.stringify({ persons: [{ type: 'Person', id: i, fields: ['idNumber'] }] }), previousHash };
      const hash = unsignedEventHash(event);
      await gateway().query('INSERT INTO audit_event (occurred_at, client_id, operation_name, detail, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?)', [
        '2025-01-01 08:00:0' + i,
        null,
        event.operationName,
        event.detail,
        previousHash,
        hash,
      ]);
      previousHash = hash;
    }
    const rest = gatewayMigrations.slice(legacy).map((M) => new M());
    const upRunner = gateway().createQueryRunner();
    for (const migration of rest) await migration.up(upRunner);
    await upRunner.release();
  });
  afterAll(async () => {
    audit?.cleanup();
    await db?.close();
  });

  it('numbers the old events, and continues the chain from them with signed events', async () => {
    expect(((await gateway().query('SELECT seq FROM audit_event ORDER BY id')) as Array<{ seq: unknown }>).map((r) => Number(r.seq))).toEqual([1, 2, 3]);
    await appendAuditEvent(gateway(), { clientId: 1, operationName: 'new', detail: {}, persons: [{ type: 'Person', id: 9, fields: ['idNumber'] }] });
    const { code, out } = await audit.run('verify', '--no-checkpoint');
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^audit log intact: 4 event\(s\), 3 of them from before events were signed, signed by key /);
  });

  it('an old event edited and re-hashed breaks the link the first signed event signed', async () => {
    const [old] = (await gateway().query('SELECT * FROM audit_event WHERE seq = 3')) as Array<Record<string, any>>;
    const detail = '{"persons":[]}';
    await gateway().query('UPDATE audit_event SET detail = ?, hash = ? WHERE seq = 3', [
      detail,
      unsignedEventHash({ occurredAt: new Date(Date.UTC(2025, 0, 1, 8, 0, 2)), clientId: null, operationName: old.operation_name, detail, previousHash: old.previous_hash }),
    ]);
    const { code, text } = await audit.run('verify', '--no-checkpoint');
    expect(code).toBe(1);
    expect(text).toMatch(/BROKEN at event \d+: previous_hash does not match the hash of event/);
    await gateway().query('UPDATE audit_event SET detail = ?, hash = ? WHERE seq = 3', [old.detail, old.hash]);
    expect((await audit.run('verify', '--no-checkpoint')).code).toBe(0);
  });

  it('an unsigned event after signed ones is refused', async () => {
    const [head] = (await gateway().query('SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1')) as Array<Record<string, any>>;
    const event = { occurredAt: new Date(Date.UTC(2025, 5, 1)), clientId: null, operationName: 'sneaky', detail: '{}', previousHash: head.hash };
    await gateway().query('INSERT INTO audit_event (seq, occurred_at, client_id, operation_name, detail, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      Number(head.seq) + 1,
      '2025-06-01 00:00:00',
      null,
      'sneaky',
      '{}',
      head.hash,
      unsignedEventHash(event),
    ]);
    const { code, text } = await audit.run('verify', '--no-checkpoint');
    expect(code).toBe(1);
    expect(text).toMatch(/it is unsigned, after signed events: inserted or forged/);
  });
});
