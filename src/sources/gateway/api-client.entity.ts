import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { API_ROLES, ApiRole } from '../../shared/auth/roles';

// The column's type, for callers that think of roles as a column of the client table.
export { API_ROLES, type ApiRole };

/** A partner system allowed to call the API; only a hash of its key is kept. */
@Entity('api_client')
@Index('UQ_api_client_key_prefix', ['keyPrefix'], { unique: true })
@Index('IDX_api_client_region_code', ['regionCode'])
export class ApiClientEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** First characters of the key, shown in listings so a key can be recognised without revealing it. */
  @Column({ type: 'varchar', length: 16 })
  keyPrefix: string;

  @Column({ type: 'varchar', length: 128 })
  keyHash: string;

  @Column({ type: 'simple-enum', enum: API_ROLES })
  role: ApiRole;

  /** Space-separated extra scopes such as `pii:read`. */
  @Column({ type: 'varchar', length: 200, default: '' })
  scopes: string;

  /** GB/T 2260 code of the region subtree the client may see; null means the whole province. */
  @Column({ type: 'varchar', length: 6, nullable: true })
  regionCode: string | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;
}
