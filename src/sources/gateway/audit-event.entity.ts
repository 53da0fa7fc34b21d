import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One read of unmasked personal data (or another audited act). Append-only:
 * each event carries its place in the chain (`seq`), the hash of the one
 * before it, and an Ed25519 signature by a key the databases never hold, so
 * an edit, insertion or deletion cannot be hidden by re-hashing.
 */
@Entity('audit_event')
@Index('IDX_audit_event_occurred_at', ['occurredAt'])
@Index('IDX_audit_event_client_id', ['clientId'])
@Index('UQ_audit_event_seq', ['seq'], { unique: true })
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  /** 1, 2, 3, … in chain order. */
  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'datetime' })
  occurredAt: Date;

  @Column({ type: 'integer', nullable: true })
  clientId: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  operationName: string | null;

  /** JSON: who, and what was done; the persons read are rows of audit_event_person. */
  @Column({ type: 'text' })
  detail: string;

  /** Rows of audit_event_person; null on events written before signing (their persons are in `detail`). */
  @Column({ type: 'integer', nullable: true })
  personsCount: number | null;

  /** SHA-256 of those rows (see PersonsDigest); null on events written before signing. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  personsDigest: string | null;

  @Column({ type: 'varchar', length: 64 })
  previousHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;

  /** Fingerprint of the signing key's public half; null on events written before signing. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  keyId: string | null;

  /** Ed25519 signature of the canonical content, base64url. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  signature: string | null;
}
