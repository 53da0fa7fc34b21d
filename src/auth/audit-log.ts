import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../sources/gateway/audit-event.entity';

/** The previous hash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);
const MYSQL_LOCK = 'shh_audit_event_chain';
const LOCK_WAIT_SECONDS = 10;

export interface AuditEventInput {
  clientId: number | null;
  operationName: string | null;
  /** JSON-serialisable: who read which persons' which fields. */
  detail: unknown;
}

export interface ChainedFields {
  occurredAt: Date;
  clientId: number | null;
  operationName: string | null;
  detail: string;
  previousHash: string;
}

/**
 * SHA-256 of an event's canonical content: a JSON array in fixed order, the
 * time as ISO-8601 UTC to the second (what both MySQL DATETIME and SQLite
 * keep), and the previous event's hash, which chains the events together.
 */
export function eventHash(event: ChainedFields): string {
  const canonical = JSON.stringify([event.occurredAt.toISOString(), event.clientId, event.operationName, event.detail, event.previousHash]);
  return crypto.createHash('sha256').update(canonical, 'utf8').digest('hex');
}

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Appends one event to the chain. Appends are serialised: one at a time per
 * process (a queue), and while the last hash is read and the new row written,
 * by MySQL's named lock GET_LOCK across processes, or on SQLite by one
 * synchronous IMMEDIATE transaction that nothing else can interleave with.
 */
export function appendAuditEvent(gateway: DataSource, input: AuditEventInput, now = new Date()): Promise<AuditEventEntity> {
  const previous = queues.get(gateway) ?? Promise.resolve();
  const next = previous.then(() => (isMysql(gateway) ? appendMysql(gateway, input, now) : appendSqlite(gateway, input, now)));
  queues.set(
    gateway,
    next.catch(() => undefined),
  );
  return next;
}

function isMysql(gateway: DataSource): boolean {
  return gateway.options.type === 'mysql' || gateway.options.type === 'mariadb';
}

function chained(input: AuditEventInput, now: Date, previousHash: string | undefined): AuditEventEntity {
  const fields: ChainedFields = {
    occurredAt: new Date(Math.floor(now.getTime() / 1000) * 1000),
    clientId: input.clientId,
    operationName: input.operationName,
    detail: JSON.stringify(input.detail),
    previousHash: previousHash ?? GENESIS_HASH,
  };
  return Object.assign(new AuditEventEntity(), fields, { hash: eventHash(fields) });
}

async function appendMysql(gateway: DataSource, input: AuditEventInput, now: Date): Promise<AuditEventEntity> {
  const runner = gateway.createQueryRunner();
  await runner.connect();
  try {
    const [got] = (await runner.query('SELECT GET_LOCK(?, ?) AS got', [MYSQL_LOCK, LOCK_WAIT_SECONDS])) as Array<{ got: unknown }>;
    if (Number(got.got) !== 1) throw new Error(`the audit log stayed locked by another writer for ${LOCK_WAIT_SECONDS} s`);
    try {
      await runner.startTransaction();
      try {
        const [last] = (await runner.query('SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1 FOR UPDATE')) as Array<{ hash: string }>;
        const event = chained(input, now, last?.hash);
        const result = await runner.manager.insert(AuditEventEntity, event);
        event.id = Number(result.identifiers[0].id);
        await runner.commitTransaction();
        return event;
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        throw error;
      }
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [MYSQL_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

interface SqliteHandle {
  inTransaction: boolean;
  prepare(sql: string): { get(...params: unknown[]): unknown; run(...params: unknown[]): { lastInsertRowid: number | bigint } };
  transaction<T>(fn: () => T): { immediate(): T };
}

// TypeORM shares one better-sqlite3 connection between all its query runners,
// so an asynchronous transaction here could swallow another writer's
// statements (or be swallowed by theirs). One synchronous transaction, begun
// only while no other is open, cannot interleave with anything.
async function appendSqlite(gateway: DataSource, input: AuditEventInput, now: Date): Promise<AuditEventEntity> {
  const db = (gateway.driver as unknown as { databaseConnection: SqliteHandle }).databaseConnection;
  while (db.inTransaction) await new Promise((resolve) => setTimeout(resolve, 2));
  return db
    .transaction(() => {
      const last = db.prepare('SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1').get() as { hash: string } | undefined;
      const event = chained(input, now, last?.hash);
      // TypeORM's SQLite datetime format (UTC), so the entity reads back the same instant.
      const occurredAt = event.occurredAt.toISOString().replace('T', ' ').replace('Z', '');
      const result = db
        .prepare('INSERT INTO audit_event (occurred_at, client_id, operation_name, detail, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?)')
        .run(occurredAt, event.clientId, event.operationName, event.detail, event.previousHash, event.hash);
      event.id = Number(result.lastInsertRowid);
      return event;
    })
    .immediate();
}

export interface VerifyReport {
  ok: boolean;
  events: number;
  /** The last event, to keep somewhere else: deleting the newest events leaves no broken link behind. */
  head: { id: number; hash: string } | null;
  broken: { id: number; reason: string } | null;
}

/** Walks the chain in id order and reports the first event whose content or link does not check out. */
export async function verifyAuditChain(gateway: DataSource, batchSize = 1000): Promise<VerifyReport> {
  const repository = gateway.getRepository(AuditEventEntity);
  let expectedPrevious = GENESIS_HASH;
  let previousId: number | null = null;
  let events = 0;
  let afterId = 0;
  for (;;) {
    const batch = await repository.createQueryBuilder('e').where('e.id > :afterId', { afterId }).orderBy('e.id', 'ASC').limit(batchSize).getMany();
    if (batch.length === 0) break;
    for (const event of batch) {
      if (event.previousHash !== expectedPrevious) {
        const reason =
          previousId === null
            ? 'the first event does not start the chain: events before it were deleted, or its previous_hash was edited'
            : `previous_hash does not match the hash of event ${previousId}: event ${previousId} was edited, or events between them were deleted`;
        return { ok: false, events, head: null, broken: { id: event.id, reason } };
      }
      const recomputed = eventHash(event);
      if (recomputed !== event.hash) {
        return { ok: false, events, head: null, broken: { id: event.id, reason: 'its content does not match its hash: the event was edited' } };
      }
      expectedPrevious = event.hash;
      previousId = event.id;
      events++;
    }
    afterId = batch[batch.length - 1].id;
  }
  return { ok: true, events, head: previousId === null ? null : { id: previousId, hash: expectedPrevious }, broken: null };
}
