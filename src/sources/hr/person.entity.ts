import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { GENDERS, Gender } from './hr.enums';

/** 人员: a natural person known to the HR records, keyed across sources by citizen ID. */
@Entity('person')
@Index('UQ_person_citizen_id', ['citizenId'], { unique: true })
@Index('IDX_person_region_code', ['regionCode'])
@Index('IDX_person_birth_date', ['birthDate'])
@Index('IDX_person_link_key', ['linkKey'])
export class PersonEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  /** Normalised 18-character citizen ID (see `src/shared/identifiers/citizen-id.ts`). */
  @Column({ type: 'varchar', length: 18 })
  citizenId: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'simple-enum', enum: GENDERS })
  gender: Gender;

  @Column({ type: 'date' })
  birthDate: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  /** Linkage key across the agency boundary: HMAC-SHA-256 of citizenId under PERSON_LINK_SECRET (src/modules/links/link-keys.ts). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  linkKey: string | null;
}
