import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { EmploymentEventEntity } from './employment-event.entity';
import { VacancyEntity } from './vacancy.entity';

/** 活动发布岗位: a vacancy posted at an employment service event. */
@Entity('employment_event_vacancy')
@Index('IDX_employment_event_vacancy_vacancy_id', ['vacancyId'])
export class EmploymentEventVacancyEntity {
  @PrimaryColumn({ type: 'integer' })
  eventId: number;

  @ManyToOne(() => EmploymentEventEntity, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_employment_event_vacancy_event_id' })
  event: EmploymentEventEntity;

  @PrimaryColumn({ type: 'integer' })
  vacancyId: number;

  @ManyToOne(() => VacancyEntity, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'FK_employment_event_vacancy_vacancy_id' })
  vacancy: VacancyEntity;
}
