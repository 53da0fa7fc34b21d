import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../sources/gateway/audit-event.entity';
import { eventHash, eventSignatureContent, GENESIS_HASH, PersonsDigest, unsignedEventHash } from './audit-canonical';
import { Checkpoint, checkpointSignatureValid } from './audit-checkpoint';
import { AuditKeyring } from './audit-keys';

/** A head the chain must still reach: from a checkpoint, or given by hand. */
export interface ExpectedHead {
  /** Where it comes from, for messages: `--expect-head`, `the checkpoint in file … of …`. */
  source: string;
  events: number;
  hash: string;
}

export interface VerifyOptions {
  /** The public keys whose signatures count. */
  keyring: AuditKeyring;
  /** Heads the chain must still hold (same hash at the same place). */
  heads?: ExpectedHead[];
  batchSize?: number;
}

export interface VerifyReport {
  ok: boolean;
  /** Events that check out, in chain order. */
  events: number;
  /** Of those, written before events were signed (they lead the chain). */
  unsigned: number;
  /** Keys that signed the events, by id. */
  keyIds: string[];
  /** The last event: hand `events:hash` to whoever should later run verify with --expect-head. */
  head: { id: number; seq: number; hash: string } | null;
  /** The first event that does not check out. */
  broken: { id: number; reason: string } | null;
  /** Expected heads the chain no longer reaches. */
  missing: Array<{ source: string; reason: string }>;
}

/** A checkpoint as a head to check, once its signature checks out; otherwise why not. */
export function checkpointHead(cp: Checkpoint, keyring: AuditKeyring, where: string): ExpectedHead | { source: string; reason: string } {
  const source = `the checkpoint in ${where} of ${cp.at}`;
  if (!keyring.has(cp.keyId)) return { source, reason: `it is signed with key ${cp.keyId}, which is not among the trusted keys: forged, or signed by a key not given to verify` };
  if (!checkpointSignatureValid(cp, keyring)) return { source, reason: 'its signature does not verify: the checkpoint was edited or forged' };
  return { source, events: cp.events, hash: cp.headHash };
}

const PERSON_PAGE = 5000;

/** The digest of each event's persons rows, streamed a page at a time in (event, position) order. */
async function personDigests(gateway: DataSource, eventIds: number[]): Promise<Map<number, PersonsDigest>> {
  const digests = new Map(eventIds.map((id) => [id, new PersonsDigest()]));
  if (eventIds.length === 0) return digests;
  const inList = eventIds.map(() => '?').join(', ');
  let afterEvent = -1;
  let afterPosition = -1;
  for (;;) {
    const rows = (await gateway.query(
      `SELECT event_id, position, person_type, row_id, fields FROM audit_event_person
       WHERE event_id IN (${inList}) AND (event_id > ? OR (event_id = ? AND position > ?))
       ORDER BY event_id, position LIMIT ${PERSON_PAGE}`,
      [...eventIds, afterEvent, afterEvent, afterPosition],
    )) as Array<{ event_id: unknown; position: unknown; person_type: string; row_id: unknown; fields: string }>;
    for (const row of rows) digests.get(Number(row.event_id))!.add(Number(row.position), row.person_type, Number(row.row_id), row.fields);
    if (rows.length < PERSON_PAGE) return digests;
    afterEvent = Number(rows[rows.length - 1].event_id);
    afterPosition = Number(rows[rows.length - 1].position);
  }
}

/** Why a signed event does not check out, or null. */
function signedEventProblem(event: AuditEventEntity, keyring: AuditKeyring, persons: PersonsDigest | undefined): string | null {
  if (event.personsCount === null || event.personsDigest === null || event.signature === null) {
    return 'it names a signing key but lacks its signature or persons digest: forged or edited';
  }
  if (eventHash({ ...event, personsCount: event.personsCount, personsDigest: event.personsDigest, keyId: event.keyId! }) !== event.hash) {
    return 'its content does not match its hash: the event was edited';
  }
  if (!keyring.has(event.keyId!)) {
    return `it is signed with key ${event.keyId}, which is not among the trusted keys: forged, or signed by a key not given to verify (--public-key)`;
  }
  if (!keyring.verify(event.keyId!, eventSignatureContent(event.hash), event.signature)) {
    return 'its signature does not verify: the event was edited and re-hashed, or forged';
  }
  const count = persons?.count ?? 0;
  if (count !== event.personsCount || (persons ?? new PersonsDigest()).digest() !== event.personsDigest) {
    return `its persons (${count} row(s) in audit_event_person, ${event.personsCount} signed) do not match what was signed: rows were edited, added or deleted`;
  }
  return null;
}

/**
 * Walks the chain in seq order and reports the first event that does not
 * check out: a gap in seq, a link that does not match, content that does
 * not match its hash, a signature that does not verify with a trusted key,
 * persons rows that are not the ones signed. Then checks that the chain
 * still reaches every expected head, which is what catches deleting the
 * newest events: nothing is left behind them to break.
 */
export async function verifyAuditChain(gateway: DataSource, options: VerifyOptions): Promise<VerifyReport> {
  const { keyring } = options;
  const heads = options.heads ?? [];
  const batchSize = options.batchSize ?? 500;
  const wanted = new Set(heads.map((h) => h.events));
  const hashAt = new Map<number, string>();
  const keyIds = new Set<string>();
  const repository = gateway.getRepository(AuditEventEntity);
  let expectedPrevious = GENESIS_HASH;
  let previous = null as AuditEventEntity | null;
  let events = 0;
  let unsigned = 0;
  const report = (broken: VerifyReport['broken']): VerifyReport => ({
    ok: broken === null,
    events,
    unsigned,
    keyIds: [...keyIds],
    head: previous && { id: previous.id, seq: previous.seq, hash: previous.hash },
    broken,
    missing: [],
  });

  for (;;) {
    const batch = await repository.createQueryBuilder('e').where('e.seq > :after', { after: previous?.seq ?? 0 }).orderBy('e.seq', 'ASC').limit(batchSize).getMany();
    if (batch.length === 0) break;
    const persons = await personDigests(
      gateway,
      batch.filter((e) => e.keyId !== null).map((e) => e.id),
    );
    for (const event of batch) {
      const expectedSeq = events + 1;
      if (event.seq !== expectedSeq) {
        const reason = event.seq > expectedSeq ? `event(s) ${expectedSeq}${event.seq - 1 > expectedSeq ? `–${event.seq - 1}` : ''} of the chain are missing: deleted` : `its seq ${event.seq} repeats an earlier one`;
        return report({ id: event.id, reason });
      }
      if (event.previousHash !== expectedPrevious) {
        const reason =
          previous === null
            ? 'the first event does not start the chain: events before it were deleted, or its previous_hash was edited'
            : `previous_hash does not match the hash of event ${previous.id}: event ${previous.id} was edited, or events between them were deleted`;
        return report({ id: event.id, reason });
      }
      let problem: string | null;
      if (event.keyId === null) {
        problem =
          keyIds.size > 0
            ? 'it is unsigned, after signed events: inserted or forged'
            : unsignedEventHash(event) !== event.hash
              ? 'its content does not match its hash: the event was edited'
              : null;
        if (problem === null) unsigned++;
      } else {
        problem = signedEventProblem(event, keyring, persons.get(event.id));
        if (problem === null) keyIds.add(event.keyId);
      }
      if (problem !== null) return report({ id: event.id, reason: problem });
      if (wanted.has(event.seq)) hashAt.set(event.seq, event.hash);
      expectedPrevious = event.hash;
      previous = event;
      events++;
    }
  }

  const result = report(null);
  for (const head of heads) {
    if (head.events === 0) continue;
    if (head.events > events) {
      result.missing.push({ source: head.source, reason: `the log holds ${events} event(s), but ${head.source} recorded ${head.events}: the newest ${head.events - events} were deleted` });
    } else if (hashAt.get(head.events) !== head.hash) {
      result.missing.push({ source: head.source, reason: `event ${head.events} of the log does not have the hash ${head.source} recorded: the chain was rewritten from there back` });
    }
  }
  result.ok = result.missing.length === 0;
  return result;
}
