import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { EmploymentEventEntity } from './employment-event.entity';
import { EMPLOYMENT_SERVICE_KINDS, EMPLOYMENT_SERVICE_OUTCOMES, EmploymentServiceKind, EmploymentServiceOutcome } from './hr.enums';
import { PersonEntity } from './person.entity';
import { VacancyEntity } from './vacancy.entity';

/** 就业服务记录: an introduction, guidance or policy consultation a centre gave a person. */
@Entity('employment_service')
@Index('IDX_employment_service_person_id', ['personId'])
@Index('IDX_employment_service_vacancy_id', ['vacancyId'])
@Index('IDX_employment_service_event_id', ['eventId'])
@Index('IDX_employment_service_served_on', ['servedOn'])
@Index('IDX_employment_service_hired_on', ['hiredOn'])
@Index('IDX_employment_service_region_code', ['regionCode'])
export class EmploymentServiceEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  personId: number;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_employment_service_person_id' })
  person: PersonEntity;

  @Column({ type: 'simple-enum', enum: EMPLOYMENT_SERVICE_KINDS })
  kind: EmploymentServiceKind;

  @Column({ type: 'varchar', length: 100 })
  centerName: string;

  /** The centre's area (GB/T 2260). */
  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'date' })
  servedOn: string;

  /** The vacancy an introduction referred the person to. */
  @Column({ type: 'integer', nullable: true })
  vacancyId: number | null;

  @ManyToOne(() => VacancyEntity, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'vacancy_id', foreignKeyConstraintName: 'FK_employment_service_vacancy_id' })
  vacancy: VacancyEntity | null;

  /** The event the service was given at, when any. */
  @Column({ type: 'integer', nullable: true })
  eventId: number | null;

  @ManyToOne(() => EmploymentEventEntity, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'FK_employment_service_event_id' })
  event: EmploymentEventEntity | null;

  @Column({ type: 'simple-enum', enum: EMPLOYMENT_SERVICE_OUTCOMES })
  outcome: EmploymentServiceOutcome;

  /** The day the referred person was hired. */
  @Column({ type: 'date', nullable: true })
  hiredOn: string | null;
}
