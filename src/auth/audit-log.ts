import { DataSource, QueryRunner } from 'typeorm';
import { AuditEventEntity } from '../sources/gateway/audit-event.entity';
import { AuditPerson, eventHash, eventSignatureContent, fieldsText, GENESIS_HASH, personsDigest, SignedFields } from './audit-canonical';
import { auditedOperationName } from './audit-detail';
import { AuditSigner, ephemeralAuditSigner } from './audit-keys';

export { GENESIS_HASH, eventHash } from './audit-canonical';
export type { AuditPerson } from './audit-canonical';

const MYSQL_LOCK = 'shh_audit_event_chain';
const LOCK_WAIT_SECONDS = 10;
/** Persons rows per INSERT on MySQL: 5 parameters each, far below the 65,535 a statement may carry. */
const PERSONS_PER_INSERT = 1000;

export interface AuditEventInput {
  clientId: number | null;
  operationName: string | null;
  /** JSON-serialisable: who did what. Keep it small; the persons read go in `persons`. */
  detail: unknown;
  /** The persons shown unmasked and which fields: a row each in audit_event_person, however many. */
  persons?: readonly AuditPerson[];
}

const signers = new WeakMap<DataSource, AuditSigner>();

/** The key this process signs the events of this gateway database with (createServer attaches it). */
export function attachAuditSigner(gateway: DataSource, signer: AuditSigner): void {
  signers.set(gateway, signer);
}

export function attachedAuditSigner(gateway: DataSource): AuditSigner | undefined {
  return signers.get(gateway);
}

/**
 * The signer attached to the gateway. Under NODE_ENV=test a gateway without
 * one gets a key of its own for the life of the process, so a test that
 * appends events needs no set-up; anywhere else a missing key is a bug.
 */
export function auditSignerOf(gateway: DataSource): AuditSigner {
  let signer = signers.get(gateway);
  if (!signer) {
    if (process.env.NODE_ENV !== 'test') throw new Error('no audit signing key is attached to this gateway database (attachAuditSigner)');
    signer = ephemeralAuditSigner();
    signers.set(gateway, signer);
  }
  return signer;
}

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Appends one signed event, and its persons rows in the same transaction.
 * Appends are serialised: one at a time per process (a queue), and while
 * the head is read and the new rows written, by MySQL's named lock GET_LOCK
 * across processes, or on SQLite by one synchronous IMMEDIATE transaction
 * that nothing else can interleave with.
 */
export function appendAuditEvent(gateway: DataSource, input: AuditEventInput, now = new Date()): Promise<AuditEventEntity> {
  const signer = auditSignerOf(gateway);
  const previous = queues.get(gateway) ?? Promise.resolve();
  const next = previous.then(() => (isMysql(gateway) ? appendMysql(gateway, signer, input, now) : appendSqlite(gateway, signer, input, now)));
  queues.set(
    gateway,
    next.catch(() => undefined),
  );
  return next;
}

function isMysql(gateway: DataSource): boolean {
  return gateway.options.type === 'mysql' || gateway.options.type === 'mariadb';
}

interface Head {
  seq: unknown;
  hash: string;
}

function signed(signer: AuditSigner, input: AuditEventInput, now: Date, head: Head | undefined): AuditEventEntity {
  const persons = input.persons ?? [];
  const fields: SignedFields = {
    seq: head ? Number(head.seq) + 1 : 1,
    occurredAt: new Date(Math.floor(now.getTime() / 1000) * 1000),
    clientId: input.clientId,
    // varchar(200): callers cut it (keeping a hash in the detail); this is the last line for one that does not.
    operationName: auditedOperationName(input.operationName),
    detail: JSON.stringify(input.detail),
    personsCount: persons.length,
    personsDigest: personsDigest(persons),
    previousHash: head?.hash ?? GENESIS_HASH,
    keyId: signer.keyId,
  };
  const hash = eventHash(fields);
  return Object.assign(new AuditEventEntity(), fields, { hash, signature: signer.sign(eventSignatureContent(hash)) });
}

/** The rows of audit_event_person, in the position order the digest was taken in. */
function personRows(eventId: number, persons: readonly AuditPerson[]): unknown[][] {
  return persons.map((p, position) => [eventId, position, p.type, p.id, fieldsText(p.fields)]);
}

async function insertPersonsMysql(runner: QueryRunner, eventId: number, persons: readonly AuditPerson[]): Promise<void> {
  const rows = personRows(eventId, persons);
  for (let i = 0; i < rows.length; i += PERSONS_PER_INSERT) {
    const chunk = rows.slice(i, i + PERSONS_PER_INSERT);
    await runner.query(`INSERT INTO audit_event_person (event_id, position, person_type, row_id, fields) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}`, chunk.flat());
  }
}

async function appendMysql(gateway: DataSource, signer: AuditSigner, input: AuditEventInput, now: Date): Promise<AuditEventEntity> {
  const runner = gateway.createQueryRunner();
  await runner.connect();
  try {
    const [got] = (await runner.query('SELECT GET_LOCK(?, ?) AS got', [MYSQL_LOCK, LOCK_WAIT_SECONDS])) as Array<{ got: unknown }>;
    if (Number(got.got) !== 1) throw new Error(`the audit log stayed locked by another writer for ${LOCK_WAIT_SECONDS} s`);
    try {
      await runner.startTransaction();
      try {
        const [head] = (await runner.query('SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1 FOR UPDATE')) as Head[];
        const event = signed(signer, input, now, head);
        const result = await runner.manager.insert(AuditEventEntity, event);
        event.id = Number(result.identifiers[0].id);
        await insertPersonsMysql(runner, event.id, input.persons ?? []);
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
async function appendSqlite(gateway: DataSource, signer: AuditSigner, input: AuditEventInput, now: Date): Promise<AuditEventEntity> {
  const db = (gateway.driver as unknown as { databaseConnection: SqliteHandle }).databaseConnection;
  while (db.inTransaction) await new Promise((resolve) => setTimeout(resolve, 2));
  return db
    .transaction(() => {
      const head = db.prepare('SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1').get() as Head | undefined;
      const event = signed(signer, input, now, head);
      // TypeORM's SQLite datetime format (UTC), so the entity reads back the same instant.
      const occurredAt = event.occurredAt.toISOString().replace('T', ' ').replace('Z', '');
      const result = db
        .prepare(
          `INSERT INTO audit_event (seq, occurred_at, client_id, operation_name, detail, persons_count, persons_digest, previous_hash, hash, key_id, signature)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(event.seq, occurredAt, event.clientId, event.operationName, event.detail, event.personsCount, event.personsDigest, event.previousHash, event.hash, event.keyId, event.signature);
      event.id = Number(result.lastInsertRowid);
      const insertPerson = db.prepare('INSERT INTO audit_event_person (event_id, position, person_type, row_id, fields) VALUES (?, ?, ?, ?, ?)');
      for (const row of personRows(event.id, input.persons ?? [])) insertPerson.run(...row);
      return event;
    })
    .immediate();
}
