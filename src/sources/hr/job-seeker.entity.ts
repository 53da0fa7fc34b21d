import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { JOB_SEEKER_STATUSES, JobSeekerStatus } from './hr.enums';
import { moneyColumn } from './money';
import { PersonEntity } from './person.entity';

/** 求职登记: a person registered as a job seeker with a public employment service centre. */
@Entity('job_seeker')
@Index('IDX_job_seeker_person_id', ['personId'])
@Index('IDX_job_seeker_region_code', ['regionCode'])
@Index('IDX_job_seeker_registered_on', ['registeredOn'])
@Index('IDX_job_seeker_status', ['status'])
export class JobSeekerEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  personId: number;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_job_seeker_person_id' })
  person: PersonEntity;

  @Column({ type: 'date' })
  registeredOn: string;

  /** The public employment service centre that took the registration. */
  @Column({ type: 'varchar', length: 100 })
  centerName: string;

  /** The centre's area (GB/T 2260). */
  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  /** Intended occupation (职业分类大典 code), when given. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  occupationCode: string | null;

  /** Lowest monthly pay wished for, yuan (意向薪酬), when given. */
  @Column({ ...moneyColumn(), nullable: true })
  wishedPayMin: string | null;

  /** First day the person can start work. */
  @Column({ type: 'date' })
  availableFrom: string;

  @Column({ type: 'simple-enum', enum: JOB_SEEKER_STATUSES })
  status: JobSeekerStatus;
}
