import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ICH_CATEGORIES, IchCategoryName, SKILL_LEVELS, SkillLevel } from './hr.enums';
import { JobSeekerEntity } from './job-seeker.entity';

/** 求职技能: a craft or skill a job seeker offers, with the certificate level held in it. */
@Entity('job_seeker_skill')
@Index('IDX_job_seeker_skill_job_seeker_id', ['jobSeekerId'])
@Index('IDX_job_seeker_skill_item_key', ['itemKey'])
@Index('IDX_job_seeker_skill_ich_category', ['ichCategory'])
export class JobSeekerSkillEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  jobSeekerId: number;

  @ManyToOne(() => JobSeekerEntity, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'job_seeker_id', foreignKeyConstraintName: 'FK_job_seeker_skill_job_seeker_id' })
  jobSeeker: JobSeekerEntity;

  /** ICH item key in the culture source (the item's own key); no foreign key crosses sources. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  itemKey: string | null;

  /** The item's category as culture records it, copied at registration so matching stays in one database. */
  @Column({ type: 'simple-enum', enum: ICH_CATEGORIES, nullable: true })
  ichCategory: IchCategoryName | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  occupationCode: string | null;

  /** Highest skill level certified in this craft, when any. */
  @Column({ type: 'simple-enum', enum: SKILL_LEVELS, nullable: true })
  certificateLevel: SkillLevel | null;
}
