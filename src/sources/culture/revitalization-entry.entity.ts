import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import {
  CATALOGUE_LEVELS,
  CatalogueLevel,
  REVITALIZATION_CATEGORY_CODES,
  RevitalizationCategoryCode,
} from './culture.enums';
import { HeritageItemEntity } from './heritage-item.entity';

/** 传统工艺振兴目录: one entry of the national or provincial revitalisation catalogue. */
@Entity('revitalization_entry')
@Index('IDX_revitalization_entry_region_code', ['regionCode'])
@Index('IDX_revitalization_entry_category_code', ['categoryCode'])
@Index('IDX_revitalization_entry_item_id', ['itemId'])
@Index('IDX_revitalization_entry_catalogue_level', ['catalogueLevel'])
export class RevitalizationEntryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'simple-enum', enum: CATALOGUE_LEVELS })
  catalogueLevel: CatalogueLevel;

  @Column({ type: 'integer' })
  batch: number;

  @Column({ type: 'integer' })
  year: number;

  /** Null for the national list, which has no category codes. */
  @Column({ type: 'simple-enum', enum: REVITALIZATION_CATEGORY_CODES, nullable: true })
  categoryCode: RevitalizationCategoryCode | null;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  /** The ICH item the entry corresponds to, when there is one; cleared if the item is deleted. */
  @Column({ type: 'integer', nullable: true })
  itemId: number | null;

  @ManyToOne(() => HeritageItemEntity, { nullable: true, onDelete: 'SET NULL', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_revitalization_entry_item_id' })
  item: HeritageItemEntity | null;
}
