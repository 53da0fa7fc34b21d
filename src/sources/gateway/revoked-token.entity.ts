import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A bearer token id (`jti`) that is refused although its signature and
 * expiry still check out. Kept until the token itself would have expired
 * (then it can be dropped), or for good when that is not known.
 */
@Entity('revoked_token')
@Index('UQ_revoked_token_jti', ['jti'], { unique: true })
@Index('IDX_revoked_token_expires_at', ['expiresAt'])
export class RevokedTokenEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 200 })
  jti: string;

  @Column({ type: 'datetime' })
  revokedAt: Date;

  /** The token's own `exp`; null when the revoker did not know it (the entry is then kept). */
  @Column({ type: 'datetime', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason: string | null;
}
