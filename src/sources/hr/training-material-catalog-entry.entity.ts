import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TrainingCatalogEntryEntity } from './training-catalog-entry.entity';
import { TrainingMaterialEntity } from './training-material.entity';

/** 教材课程适用培训项目: a catalogue programme a material is used in. */
@Entity('training_material_catalog_entry')
@Index('IDX_training_material_catalog_entry_catalog_entry_id', ['catalogEntryId'])
export class TrainingMaterialCatalogEntryEntity {
  @PrimaryColumn({ type: 'integer' })
  materialId: number;

  @ManyToOne(() => TrainingMaterialEntity, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'material_id', foreignKeyConstraintName: 'FK_training_material_catalog_entry_material_id' })
  material: TrainingMaterialEntity;

  @PrimaryColumn({ type: 'integer' })
  catalogEntryId: number;

  @ManyToOne(() => TrainingCatalogEntryEntity, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'catalog_entry_id', foreignKeyConstraintName: 'FK_training_material_catalog_entry_catalog_entry_id' })
  catalogEntry: TrainingCatalogEntryEntity;
}
