import crypto from 'node:crypto';
import fs from 'node:fs';
import Redis from 'ioredis';
import { describeEachBackend, openTestSources, TestSources } from '../support/backends';
import { describeWithRedis, REDIS_URL } from '../http/redis-probe';
import { startAnchoring } from '../../src/auth/audit-anchor';
import { FileCheckpointStore, RedisCheckpointStore, signCheckpoint } from '../../src/auth/audit-checkpoint';
import { appendAuditEvent } from '../../src/auth/audit-log';
import { AuditFixture, clearAuditLog } from './audit-support';

describeWithRedis('audit checkpoints in Redis (REDIS_URL)', () => {
  describeEachBackend('anchoring the head in Redis', (backend) => {
    let db: TestSources;
    let audit: AuditFixture;
    const key = `shh:test:audit:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
    const redisStore = () => new RedisCheckpointStore(REDIS_URL, `${key}:${backend}`);
    const messages: string[] = [];
    const logger = { warn: (_: object, m: string) => messages.push(`warn: ${m}`), error: (_: object, m: string) => messages.push(`error: ${m}`) };
    const forget = async () => {
      const redis = new Redis(REDIS_URL);
      await redis.del(`${key}:${backend}`);
      await redis.quit();
    };

    beforeAll(async () => {
      db = await openTestSources(backend);
      audit = new AuditFixture(() => db.sources.gateway);
      audit.attach();
      audit.stores = () => [redisStore()];
    });
    afterAll(async () => {
      await forget();
      audit?.cleanup();
      await db?.close();
    });

    it('keeps the newest checkpoint, never an older one, whichever copy of the server writes last', async () => {
      const store = redisStore();
      try {
        expect(await store.read()).toBeNull();
        const head = (events: number) => ({ events, headId: events, headHash: String(events % 10).repeat(64) });
        expect(await store.write(signCheckpoint(audit.signer, head(5)))).toBe(true);
        expect(await store.write(signCheckpoint(audit.signer, head(3)))).toBe(false);
        expect(await store.write(signCheckpoint(audit.signer, head(5)))).toBe(false);
        expect(await store.read()).toMatchObject({ events: 5, headHash: '5'.repeat(64), keyId: audit.signer.keyId });
        expect(await store.write(signCheckpoint(audit.signer, head(8)))).toBe(true);
        expect((await store.read())!.events).toBe(8);
      } finally {
        await store.close();
      }
      // What the test just wrote named no real events: start the log and its anchor afresh.
      await forget();
    });

    it('the server anchors to Redis, and verify catches the newest events deleted against it', async () => {
      await clearAuditLog(db.sources.gateway);
      for (let i = 0; i < 4; i++) await appendAuditEvent(db.sources.gateway, { clientId: null, operationName: `op${i}`, detail: {} });
      const anchoring = startAnchoring(db.sources.gateway, audit.signer, [redisStore()], { intervalMs: 60_000, logger });
      await anchoring.stop();
      expect(messages).toEqual([]);
      const ok = await audit.run('verify');
      expect(ok.code).toBe(0);
      expect(ok.out[1]).toMatch(new RegExp(`^  reaches the checkpoint in redis key ${key}:${backend} of .*: 4 event\\(s\\)$`));
      await db.sources.gateway.query('DELETE FROM audit_event WHERE seq = 4');
      const { code, text } = await audit.run('verify');
      expect(code).toBe(1);
      expect(text).toMatch(/the log holds 3 event\(s\), but the checkpoint in redis key .* recorded 4: the newest 1 were deleted/);
    });
  });
});

describeEachBackend('audit checkpoint stores that fail', (backend) => {
  let db: TestSources;
  let audit: AuditFixture;
  const messages: string[] = [];
  const logger = { warn: (_: object, m: string) => messages.push(`warn: ${m}`), error: (_: object, m: string) => messages.push(`error: ${m}`) };

  beforeAll(async () => {
    db = await openTestSources(backend);
    audit = new AuditFixture(() => db.sources.gateway);
    audit.attach();
    await appendAuditEvent(db.sources.gateway, { clientId: null, operationName: 'one', detail: {} });
  });
  afterAll(async () => {
    audit?.cleanup();
    await db?.close();
  });

  it('an unreachable Redis: the server logs and goes on; verify says it could not compare, exit 1', async () => {
    const down = () => new RedisCheckpointStore('redis://127.0.0.1:1', 'shh:audit:checkpoint');
    const anchoring = startAnchoring(db.sources.gateway, audit.signer, [down()], { intervalMs: 60_000, logger });
    await anchoring.stop();
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.startsWith('warn: audit checkpoint not written to redis key shh:audit:checkpoint: '))).toBe(true);
    audit.stores = () => [down()];
    const { code, text } = await audit.run('verify');
    expect(code).toBe(1);
    expect(text).toMatch(/^checkpoint NOT TRUSTED: redis key shh:audit:checkpoint could not be read: /m);
  });

  it('a checkpoint file that is not one is reported, and the server leaves it for an operator to look at', async () => {
    fs.writeFileSync(audit.checkpointFile, '{"events": "many"}');
    messages.length = 0;
    const anchoring = startAnchoring(db.sources.gateway, audit.signer, [new FileCheckpointStore(audit.checkpointFile)], { intervalMs: 60_000, logger });
    await anchoring.stop();
    expect(messages[0]).toMatch(/^warn: audit checkpoint not written to file .*: file .* does not hold a checkpoint: expected \{ events, headId, headHash, at, keyId, signature \}$/);
    expect(fs.readFileSync(audit.checkpointFile, 'utf8')).toBe('{"events": "many"}');
    audit.stores = () => [new FileCheckpointStore(audit.checkpointFile)];
    const { code, text } = await audit.run('verify');
    expect(code).toBe(1);
    expect(text).toMatch(/checkpoint NOT TRUSTED: file .* could not be read: .* does not hold a checkpoint/);
  });

  it('no checkpoint anywhere while the log holds events: verify exits 1 unless told --no-checkpoint', async () => {
    fs.rmSync(audit.checkpointFile, { force: true });
    audit.stores = () => [new FileCheckpointStore(audit.checkpointFile)];
    const refused = await audit.run('verify');
    expect(refused.code).toBe(1);
    expect(refused.err).toEqual([expect.stringMatching(/^audit log UNANCHORED: its 1 event\(s\) check out, but there is no checkpoint in file .* and no --expect-head to compare with/)]);
    const { code, out } = await audit.run('verify', '--no-checkpoint');
    expect(code).toBe(0);
    expect(out.slice(1)).toEqual([`  no checkpoint in file ${audit.checkpointFile} yet`, '  compared with no checkpoint (--no-checkpoint): the loss of the newest events would not show']);
  });

  it('an empty log with no checkpoint (a server never started) checks out, and says it cannot tell it from a wiped one', async () => {
    await clearAuditLog(db.sources.gateway);
    const { code, out } = await audit.run('verify');
    expect(code).toBe(0);
    expect(out).toEqual([
      'audit log intact: no events yet',
      `  no checkpoint in file ${audit.checkpointFile} yet`,
      '  compared with no checkpoint: a log emptied together with its checkpoint would look the same (keep the checkpoint on another volume or in Redis)',
    ]);
  });
});
