import crypto from 'node:crypto';

/** The previous hash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** Tags the canonical form, so a signature over one kind of record can never pass for another. */
const EVENT_FORMAT = 'shh-audit-event/1';

/** One person shown unmasked: its type, row id and the fields shown. */
export interface AuditPerson {
  type: string;
  id: number;
  fields: readonly string[];
}

/** What an event's hash and signature cover. */
export interface SignedFields {
  /** 1, 2, 3, … in chain order: a gap is a deleted event. */
  seq: number;
  occurredAt: Date;
  clientId: number | null;
  operationName: string | null;
  detail: string;
  personsCount: number;
  personsDigest: string;
  previousHash: string;
  keyId: string;
}

/**
 * A JSON array in fixed order: the format tag, the sequence number, the time
 * as ISO-8601 UTC to the second (what both MySQL DATETIME and SQLite keep),
 * the content, the digest of the persons, the previous event's hash (which
 * chains the events) and the id of the signing key.
 */
export function signedContent(event: SignedFields): string {
  return JSON.stringify([
    EVENT_FORMAT,
    event.seq,
    event.occurredAt.toISOString(),
    event.clientId,
    event.operationName,
    event.detail,
    event.personsCount,
    event.personsDigest,
    event.previousHash,
    event.keyId,
  ]);
}

export function eventHash(event: SignedFields): string {
  return sha256(signedContent(event));
}

/** What the key signs: the event's hash, which covers its whole canonical content. */
export function eventSignatureContent(hash: string): string {
  return JSON.stringify(['shh-audit-signature/1', hash]);
}

/** The hash of an event written before events were signed (migrations/gateway/…-SignAuditEvents). */
export function unsignedEventHash(event: { occurredAt: Date; clientId: number | null; operationName: string | null; detail: string; previousHash: string }): string {
  return sha256(JSON.stringify([event.occurredAt.toISOString(), event.clientId, event.operationName, event.detail, event.previousHash]));
}

/** How the fields of one person are stored: sorted, comma separated. */
export function fieldsText(fields: readonly string[]): string {
  return [...fields].sort().join(',');
}

/**
 * SHA-256 over the persons rows of one event in position order, each row as
 * a JSON line [position, type, row id, fields]; fed row by row, so a
 * verifier can stream 10,000 rows without holding them.
 */
export class PersonsDigest {
  private readonly hash = crypto.createHash('sha256');
  count = 0;

  add(position: number, type: string, rowId: number, fields: string): void {
    this.hash.update(`${JSON.stringify([position, type, rowId, fields])}\n`, 'utf8');
    this.count++;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

export function personsDigest(persons: readonly AuditPerson[]): string {
  const digest = new PersonsDigest();
  persons.forEach((p, position) => digest.add(position, p.type, p.id, fieldsText(p.fields)));
  return digest.digest();
}

export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}
