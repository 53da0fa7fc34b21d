import fs from 'node:fs';
import { describeEachBackend, openTestSources, TestSources } from '../support/backends';
import { eventHash, eventSignatureContent, GENESIS_HASH, personsDigest } from '../../src/auth/audit-canonical';
import { startAnchoring } from '../../src/auth/audit-anchor';
import { ephemeralAuditSigner, publicKeyPem } from '../../src/auth/audit-keys';
import { appendAuditEvent } from '../../src/auth/audit-log';
import { AuditEventEntity } from '../../src/sources/gateway/audit-event.entity';
import { AuditFixture, clearAuditLog } from './audit-support';

/**
 * An insider who can write `audit_event` and `audit_event_person` (a DBA, a
 * stolen database password) and has read this code, but holds neither the
 * signing key nor the checkpoint file.
 */
describeEachBackend('the audit log under attack by someone who can write its tables', (backend) => {
  let db: TestSources;
  let audit: AuditFixture;
  const gateway = () => db.sources.gateway;
  const repository = () => gateway().getRepository(AuditEventEntity);
  const errors: string[] = [];
  const logger = { warn: (_: object, message: string) => errors.push(`warn: ${message}`), error: (_: object, message: string) => errors.push(message) };

  /** A fresh chain of `n` events, and a checkpoint of its head as the server writes it. */
  async function chain(n: number): Promise<AuditEventEntity[]> {
    await clearAuditLog(gateway());
    fs.rmSync(audit.checkpointFile, { force: true });
    for (let i = 0; i < n; i++) {
      await appendAuditEvent(gateway(), { clientId: 7, operationName: `op${i}`, detail: { i }, persons: [{ type: 'Person', id: i + 1, fields: ['idNumber'] }] });
    }
    await anchor();
    return repository().find({ order: { seq: 'ASC' } });
  }

  async function anchor(): Promise<void> {
    const anchoring = startAnchoring(gateway(), audit.signer, audit.stores(), { intervalMs: 60_000, logger });
    await anchoring.stop();
  }

  /** What the attacker does after an edit: re-link and recompute every hash from there on, as the code would; the signatures they cannot make. */
  async function rehashFrom(index: number): Promise<void> {
    const events = await repository().find({ order: { seq: 'ASC' } });
    let previous = index === 0 ? GENESIS_HASH : events[index - 1].hash;
    for (const [offset, event] of events.slice(index).entries()) {
      event.seq = index + offset + 1;
      event.previousHash = previous;
      event.hash = eventHash({ ...event, personsCount: event.personsCount!, personsDigest: event.personsDigest!, keyId: event.keyId! });
      previous = event.hash;
      await repository().save(event);
    }
  }

  beforeAll(async () => {
    db = await openTestSources(backend);
    audit = new AuditFixture(gateway);
    audit.attach();
  });
  afterAll(async () => {
    audit?.cleanup();
    await db?.close();
  });

  it('an untouched log checks out against its checkpoint', async () => {
    const events = await chain(4);
    const { code, out } = await audit.run('verify');
    expect(code).toBe(0);
    expect(out).toEqual([
      `audit log intact: 4 event(s), signed by key ${audit.signer.keyId}; head 4:${events[3].hash} (event ${events[3].id})`,
      expect.stringMatching(new RegExp(`^  reaches the checkpoint in file ${audit.checkpointFile} of \\d{4}-\\d\\d-\\d\\dT.*Z: 4 event\\(s\\)$`)),
    ]);
  });

  it('an edited event with every later hash recomputed is caught: the signature no longer matches', async () => {
    const events = await chain(6);
    await gateway().query(`UPDATE audit_event SET detail = '{"i":"nothing to see"}' WHERE id = ?`, [events[2].id]);
    await rehashFrom(2);
    const { code, text } = await audit.run('verify');
    expect(code).toBe(1);
    expect(text).toMatch(new RegExp(`BROKEN at event ${events[2].id}: its signature does not verify: the event was edited and re-hashed, or forged`));
  });

  it('a deleted event in the middle, the rest renumbered, re-linked and re-hashed, is caught', async () => {
    const events = await chain(6);
    await gateway().query('DELETE FROM audit_event WHERE id = ?', [events[3].id]);
    await rehashFrom(3);
    const { code, text } = await audit.run('verify');
    expect(code).toBe(1);
    expect(text).toMatch(new RegExp(`BROKEN at event ${events[4].id}: its signature does not verify`));
  });

  it('a forged event appended with the right seq, link and hash, signed with a key of the attacker’s own, is caught', async () => {
    const events = await chain(4);
    const last = events[events.length - 1];
    const attacker = ephemeralAuditSigner();
    const forged = Object.assign(new AuditEventEntity(), {
      seq: 5,
      occurredAt: new Date(Math.floor(Date.now() / 1000) * 1000),
      clientId: 7,
      operationName: 'innocent',
      detail: '{}',
      personsCount: 0,
      personsDigest: personsDigest([]),
      previousHash: last.hash,
      keyId: attacker.keyId,
    });
    forged.hash = eventHash(forged);
    forged.signature = attacker.sign(eventSignatureContent(forged.hash));
    await repository().insert(forged);
    const { code, text } = await audit.run('verify');
    expect(code).toBe(1);
    expect(text).toMatch(new RegExp(`BROKEN at event ${forged.id}: it is signed with key ${attacker.keyId}, which is not among the trusted keys`));
  });

  it('a forged event carrying the key id and signature of a real one is caught', async () => {
    const events = await chain(3);
    const real = events[1];
    const { id: _realId, ...copied } = real;
    const forged = Object.assign(new AuditEventEntity(), { ...copied, seq: 4, operationName: 'innocent', previousHash: events[2].hash });
    forged.hash = eventHash({ ...forged, personsCount: forged.personsCount!, personsDigest: forged.personsDigest!, keyId: forged.keyId! });
    await repository().insert(forged);
    const { code, text } = await audit.run('verify');
    expect(code).toBe(1);
    expect(text).toMatch(/its signature does not verify/);
  });

  it('deleting the newest events is caught, against the checkpoint and against a head given by hand', async () => {
    const events = await chain(5);
    const head = `5:${events[4].hash}`;
    expect((await audit.run('verify', '--expect-head', head)).code).toBe(0);
    await gateway().query('DELETE FROM audit_event WHERE seq >= 4');
    const { code, err } = await audit.run('verify', '--expect-head', head);
    expect(code).toBe(1);
    expect(err).toEqual([
      `audit log TRUNCATED OR REWRITTEN: the log holds 3 event(s), but --expect-head recorded 5: the newest 2 were deleted`,
      expect.stringMatching(/^audit log TRUNCATED OR REWRITTEN: the log holds 3 event\(s\), but the checkpoint in file .* recorded 5: the newest 2 were deleted$/),
    ]);
  });

  it('deleting the newest events together with the checkpoint file is caught: a log with events and no checkpoint does not check out', async () => {
    const events = await chain(5);
    await gateway().query('DELETE FROM audit_event WHERE seq >= 4');
    fs.rmSync(audit.checkpointFile);
    const { code, out, err } = await audit.run('verify');
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual([
      `audit log UNANCHORED: its 3 event(s) check out, but there is no checkpoint in file ${audit.checkpointFile} and no --expect-head to compare with, so the deletion of the newest events (with the checkpoint) would not show; find the checkpoint (another volume, Redis, an auditor's copy: --checkpoint FILE, --expect-head COUNT:HASH), or pass --no-checkpoint to accept the chain alone`,
    ]);
    // An operator who knows there is none says so, and gets the chain checked alone.
    const acknowledged = await audit.run('verify', '--no-checkpoint');
    expect(acknowledged.code).toBe(0);
    expect(acknowledged.out[0]).toMatch(/^audit log intact: 3 event\(s\)/);
    expect(acknowledged.out).toContain('  compared with no checkpoint (--no-checkpoint): the loss of the newest events would not show');
    // A head kept elsewhere still catches the deletion.
    expect((await audit.run('verify', '--expect-head', `5:${events[4].hash}`)).code).toBe(1);
  });

  it('deleting every event is caught', async () => {
    await chain(3);
    await clearAuditLog(gateway());
    const { code, text } = await audit.run('verify');
    expect(code).toBe(1);
    expect(text).toMatch(/the log holds 0 event\(s\), but the checkpoint in file .* recorded 3: the newest 3 were deleted/);
  });

  it('the server never moves its checkpoint back over a truncated log, and says so; new events on top do not hide the loss', async () => {
    const events = await chain(5);
    await gateway().query('DELETE FROM audit_event WHERE seq >= 4');
    errors.length = 0;
    await anchor();
    expect(errors).toEqual([expect.stringMatching(/^audit log tampered with: the checkpoint in file .* records 5 event\(s\), but the log now holds 3 event\(s\); the checkpoint is kept as evidence/)]);
    expect(JSON.parse(fs.readFileSync(audit.checkpointFile, 'utf8'))).toMatchObject({ events: 5, headHash: events[4].hash });
    // The server goes on appending: seq 4 and 5 again, signed, but not the events the checkpoint named.
    for (let i = 0; i < 3; i++) await appendAuditEvent(gateway(), { clientId: 7, operationName: 'later', detail: {} });
    errors.length = 0;
    await anchor();
    expect(errors).toEqual([expect.stringMatching(/but event 5 of the log no longer has that hash/)]);
    const { code, text } = await audit.run('verify');
    expect(code).toBe(1);
    expect(text).toMatch(/event 5 of the log does not have the hash the checkpoint in file .* recorded: the chain was rewritten/);
  });

  it('a checkpoint edited to match a truncated log is not trusted', async () => {
    const events = await chain(5);
    await gateway().query('DELETE FROM audit_event WHERE seq >= 4');
    const kept = JSON.parse(fs.readFileSync(audit.checkpointFile, 'utf8'));
    fs.writeFileSync(audit.checkpointFile, JSON.stringify({ ...kept, events: 3, headId: events[2].id, headHash: events[2].hash }));
    const { code, text } = await audit.run('verify');
    expect(code).toBe(1);
    expect(text).toMatch(/checkpoint NOT TRUSTED: the checkpoint in file .*: its signature does not verify: the checkpoint was edited or forged/);
  });

  it('an auditor verifies with the public key alone, and a different key trusts nothing', async () => {
    const events = await chain(3);
    const printed = await audit.run('public-key');
    expect(printed.code).toBe(0);
    expect(printed.out.join('\n')).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----$/);
    expect(printed.err).toEqual([`key id ${audit.signer.keyId}`]);
    const publicKey = audit.file('bureau.pem', `${printed.out.join('\n')}\n`);
    // The auditor's machine: no private key anywhere, the checkpoint handed over as a file.
    const handedOver = audit.file('handed-over-checkpoint.json', fs.readFileSync(audit.checkpointFile, 'utf8'));
    const auditor = new AuditFixture(gateway, audit.signer);
    auditor.setup = () => ({
      signer: () => {
        throw new Error('the auditor holds no private key');
      },
      previousPublicKeys: [],
      checkpoints: () => [],
    });
    const ok = await auditor.run('verify', '--public-key', publicKey, '--checkpoint', handedOver, '--expect-head', `3:${events[2].hash}`);
    expect(ok.code).toBe(0);
    expect(ok.out[0]).toMatch(/^audit log intact: 3 event\(s\)/);
    expect(ok.out.slice(1)).toEqual([`  reaches --expect-head: 3 event(s)`, expect.stringMatching(/^  reaches the checkpoint in file .*handed-over-checkpoint.json of .*: 3 event\(s\)$/)]);

    const other = audit.file('other.pem', publicKeyPem(ephemeralAuditSigner().publicKey));
    const wrong = await auditor.run('verify', '--public-key', other);
    expect(wrong.code).toBe(1);
    expect(wrong.text).toMatch(new RegExp(`BROKEN at event ${events[0].id}: it is signed with key ${audit.signer.keyId}, which is not among the trusted keys`));
    const bad = await auditor.run('verify', '--public-key', audit.file('junk.pem', 'not a key'));
    expect(bad.code).toBe(1);
    expect(bad.text).toMatch(/--public-key .*junk.pem holds no PEM block/);
    expect((await auditor.run('verify', '--public-key', publicKey, '--expect-head', 'three')).text).toMatch(/--expect-head must be COUNT:HASH/);
  });
});
