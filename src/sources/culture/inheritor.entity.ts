import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ICH_LEVELS, IchLevel } from './culture.enums';
import { HeritageItemEntity } from './heritage-item.entity';

/** 代表性传承人: one person's recognition for one item at one level. */
@Entity('inheritor')
@Index('UQ_inheritor_item_id_citizen_id_level', ['itemId', 'citizenId', 'level'], { unique: true })
@Index('IDX_inheritor_citizen_id', ['citizenId'])
@Index('IDX_inheritor_level', ['level'])
@Index('IDX_inheritor_region_code', ['regionCode'])
@Index('IDX_inheritor_year', ['year'])
@Index('IDX_inheritor_link_key', ['linkKey'])
export class InheritorEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  itemId: number;

  @ManyToOne(() => HeritageItemEntity, { onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_inheritor_item_id' })
  item: HeritageItemEntity;

  /** Normalised 18-character citizen ID, the link to the hr source's person. */
  @Column({ type: 'varchar', length: 18 })
  citizenId: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'simple-enum', enum: ICH_LEVELS })
  level: IchLevel;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer', nullable: true })
  batch: number | null;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  /** Linkage key of the person, the only person key that crosses to HR: HMAC-SHA-256 of citizenId under PERSON_LINK_SECRET. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  linkKey: string | null;
}
