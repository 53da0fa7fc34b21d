import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TrainingMaterialEntity } from './training-material.entity';

/** 教材课程关联非遗项目: an ICH item a material teaches, by the item's own key. */
@Entity('training_material_item')
@Index('IDX_training_material_item_item_key', ['itemKey'])
export class TrainingMaterialItemEntity {
  @PrimaryColumn({ type: 'integer' })
  materialId: number;

  @ManyToOne(() => TrainingMaterialEntity, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'material_id', foreignKeyConstraintName: 'FK_training_material_item_material_id' })
  material: TrainingMaterialEntity;

  /** ICH item key in the culture source; no foreign key crosses sources. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  itemKey: string;
}
