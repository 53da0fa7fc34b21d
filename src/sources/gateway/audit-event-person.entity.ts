import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

/**
 * One person whose data an audited request showed unmasked, and which
 * fields. A row each, so a read of 10,000 persons is 10,000 small rows, not
 * one value that outgrows its column; the event's signature covers a digest
 * of them in `position` order.
 */
@Entity('audit_event_person')
@Index('IDX_audit_event_person_person_type_row_id', ['personType', 'rowId'])
export class AuditEventPersonEntity {
  @PrimaryColumn({ type: 'integer' })
  eventId: number;

  @ManyToOne(() => AuditEventEntity, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_audit_event_person_event_id' })
  event: AuditEventEntity;

  /** 0, 1, 2, … within the event. */
  @PrimaryColumn({ type: 'integer' })
  position: number;

  /** The GraphQL type: Person, Inheritor. */
  @Column({ type: 'varchar', length: 40 })
  personType: string;

  @Column({ type: 'integer' })
  rowId: number;

  /** The fields shown unmasked, sorted, comma separated. */
  @Column({ type: 'varchar', length: 255 })
  fields: string;
}
