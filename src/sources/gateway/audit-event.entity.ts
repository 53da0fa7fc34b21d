import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One read of unmasked personal data. Append-only: each event stores the hash
 * of the one before it, so an edit or deletion breaks the chain.
 */
@Entity('audit_event')
@Index('IDX_audit_event_occurred_at', ['occurredAt'])
@Index('IDX_audit_event_client_id', ['clientId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'datetime' })
  occurredAt: Date;

  @Column({ type: 'integer', nullable: true })
  clientId: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  operationName: string | null;

  /** JSON: which persons and which fields were read unmasked. */
  @Column({ type: 'text' })
  detail: string;

  @Column({ type: 'varchar', length: 64 })
  previousHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
