import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EmploymentEventEntity } from './employment-event.entity';

/** 参展单位: an organisation exhibiting at an employment service event, by USCC. */
@Entity('employment_event_exhibitor')
@Index('IDX_employment_event_exhibitor_uscc', ['uscc'])
export class EmploymentEventExhibitorEntity {
  @PrimaryColumn({ type: 'integer' })
  eventId: number;

  @ManyToOne(() => EmploymentEventEntity, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_employment_event_exhibitor_event_id' })
  event: EmploymentEventEntity;

  @PrimaryColumn({ type: 'varchar', length: 18 })
  uscc: string;

  /** Whether the organisation exhibited in the 山东手造展示区. */
  @Column({ type: 'boolean' })
  inHandmadeArea: boolean;
}
