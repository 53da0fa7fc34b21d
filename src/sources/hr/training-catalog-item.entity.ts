import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TrainingCatalogEntryEntity } from './training-catalog-entry.entity';

/** 培训项目关联非遗项目: an ICH item a catalogue programme teaches. */
@Entity('training_catalog_item')
@Index('IDX_training_catalog_item_item_key', ['itemKey'])
export class TrainingCatalogItemEntity {
  @PrimaryColumn({ type: 'integer' })
  entryId: number;

  @ManyToOne(() => TrainingCatalogEntryEntity, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'FK_training_catalog_item_entry_id' })
  entry: TrainingCatalogEntryEntity;

  /** ICH item key in the culture source; no foreign key crosses sources. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  itemKey: string;
}
