import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { HeritageItemEntity } from './heritage-item.entity';
import { WorkshopEntity } from './workshop.entity';

/** 工坊所涉非遗项目: which ICH items a workshop works with. */
@Entity('workshop_heritage_item')
@Index('IDX_workshop_heritage_item_item_id', ['itemId'])
export class WorkshopHeritageItemEntity {
  @PrimaryColumn({ type: 'integer' })
  workshopId: number;

  @PrimaryColumn({ type: 'integer' })
  itemId: number;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'workshop_id', foreignKeyConstraintName: 'FK_workshop_heritage_item_workshop_id' })
  workshop: WorkshopEntity;

  @ManyToOne(() => HeritageItemEntity, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'item_id', foreignKeyConstraintName: 'FK_workshop_heritage_item_item_id' })
  item: HeritageItemEntity;
}
