import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { JobSeekerEntity } from './job-seeker.entity';

/** 意向工作地: a region where a job seeker wishes to work (a county, a city, or the province). */
@Entity('job_seeker_wished_region')
@Index('IDX_job_seeker_wished_region_region_code', ['regionCode'])
export class JobSeekerWishedRegionEntity {
  @PrimaryColumn({ type: 'integer' })
  jobSeekerId: number;

  @ManyToOne(() => JobSeekerEntity, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'job_seeker_id', foreignKeyConstraintName: 'FK_job_seeker_wished_region_job_seeker_id' })
  jobSeeker: JobSeekerEntity;

  @PrimaryColumn({ type: 'varchar', length: 6 })
  regionCode: string;
}
