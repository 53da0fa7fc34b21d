import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { WORKSHOP_STATUSES, WorkshopStatus } from './culture.enums';

/** 非遗工坊: a workshop that creates jobs around ICH items. */
@Entity('workshop')
@Index('IDX_workshop_region_code', ['regionCode'])
@Index('IDX_workshop_operator_uscc', ['operatorUscc'])
@Index('IDX_workshop_status', ['status'])
@Index('IDX_workshop_name', ['name'])
export class WorkshopEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  /** No foreign key: a production point has no operator, and the operator may not be in the directory. */
  @Column({ type: 'varchar', length: 18, nullable: true })
  operatorUscc: string | null;

  @Column({ type: 'integer' })
  jobsCreated: number;

  @Column({ type: 'simple-enum', enum: WORKSHOP_STATUSES })
  status: WorkshopStatus;

  @Column({ type: 'date', nullable: true })
  establishedOn: string | null;
}
