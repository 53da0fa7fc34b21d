import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The first result of a mutation sent with an Idempotency-Key, replayed on retries. */
@Entity('idempotency_record')
@Index('UQ_idempotency_record_client_key', ['clientId', 'idempotencyKey'], { unique: true })
@Index('IDX_idempotency_record_created_at', ['createdAt'])
export class IdempotencyRecordEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  /** 0 for anonymous callers, so the unique key never holds a NULL. */
  @Column({ type: 'integer' })
  clientId: number;

  @Column({ type: 'varchar', length: 200 })
  idempotencyKey: string;

  /** SHA-256 of the operation and variables, so a reused key with another request is refused. */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  @Column({ type: 'text' })
  response: string;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
