import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ENROLLMENT_STATUSES, EnrollmentStatus, TARGET_GROUPS, TargetGroup } from './hr.enums';
import { PersonEntity } from './person.entity';
import { TrainingCohortEntity } from './training-cohort.entity';

/** 学员: a person's place in a training cohort. */
@Entity('enrollment')
@Index('UQ_enrollment_cohort_id_person_id', ['cohortId', 'personId'], { unique: true })
@Index('IDX_enrollment_person_id', ['personId'])
@Index('IDX_enrollment_enrolled_on', ['enrolledOn'])
@Index('IDX_enrollment_status', ['status'])
@Index('IDX_enrollment_target_group', ['targetGroup'])
// Covering indexes of the statistics (migrations/hr/…-AddStatisticsIndexes).
@Index('IDX_enrollment_enrolled_on_cohort_id_target_group_status_passed', ['enrolledOn', 'cohortId', 'targetGroup', 'status', 'passed'])
@Index('IDX_enrollment_cohort_id_enrolled_on_target_group_status_passed', ['cohortId', 'enrolledOn', 'targetGroup', 'status', 'passed'])
@Index('IDX_enrollment_completed_on_status_cohort_id_target_group', ['completedOn', 'status', 'cohortId', 'targetGroup'])
export class EnrollmentEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  cohortId: number;

  @ManyToOne(() => TrainingCohortEntity, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'cohort_id', foreignKeyConstraintName: 'FK_enrollment_cohort_id' })
  cohort: TrainingCohortEntity;

  @Column({ type: 'integer' })
  personId: number;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_enrollment_person_id' })
  person: PersonEntity;

  @Column({ type: 'date' })
  enrolledOn: string;

  @Column({ type: 'simple-enum', enum: ENROLLMENT_STATUSES })
  status: EnrollmentStatus;

  @Column({ type: 'date', nullable: true })
  completedOn: string | null;

  /** Null until assessed. */
  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;

  /** The target group the training subsidy rests on; null when none applies. */
  @Column({ type: 'simple-enum', enum: TARGET_GROUPS, nullable: true })
  targetGroup: TargetGroup | null;
}
