import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ICH_LEVELS, IchLevel, LISTING_KINDS, ListingKind } from './culture.enums';
import { HeritageItemEntity } from './heritage-item.entity';

/** 名录: one appearance of an item on a list, as new (NEW) or extension (EXTENSION). */
@Entity('heritage_listing')
@Index('UQ_heritage_listing_listing_key', ['listingKey'], { unique: true })
@Index('IDX_heritage_listing_item_id', ['itemId'])
@Index('IDX_heritage_listing_area_code', ['areaCode'])
@Index('IDX_heritage_listing_level', ['level'])
@Index('IDX_heritage_listing_protection_unit_uscc', ['protectionUnitUscc'])
export class HeritageListingEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  itemId: number;

  @ManyToOne(() => HeritageItemEntity, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_heritage_listing_item_id' })
  item: HeritageItemEntity;

  @Column({ type: 'varchar', length: 100 })
  listingKey: string;

  @Column({ type: 'simple-enum', enum: ICH_LEVELS })
  level: IchLevel;

  @Column({ type: 'varchar', length: 32 })
  number: string;

  @Column({ type: 'integer', nullable: true })
  batch: number | null;

  @Column({ type: 'integer', nullable: true })
  year: number | null;

  /** GB/T 2260 code of the area the listing was declared for (申报地区). */
  @Column({ type: 'varchar', length: 6 })
  areaCode: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  protectionUnitName: string | null;

  @Column({ type: 'varchar', length: 18, nullable: true })
  protectionUnitUscc: string | null;

  @Column({ type: 'simple-enum', enum: LISTING_KINDS })
  kind: ListingKind;
}
