import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TARGET_GROUPS, TargetGroup } from './hr.enums';
import { PersonEntity } from './person.entity';

/** 重点群体身份: a period in which a person belongs to a target group. */
@Entity('target_group_status')
@Index('IDX_target_group_status_person_id', ['personId'])
@Index('IDX_target_group_status_target_group', ['targetGroup'])
export class TargetGroupStatusEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  personId: number;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_target_group_status_person_id' })
  person: PersonEntity;

  /** `group` is reserved in SQL, hence the longer column name. */
  @Column({ type: 'simple-enum', enum: TARGET_GROUPS })
  targetGroup: TargetGroup;

  @Column({ type: 'date' })
  validFrom: string;

  /** Null while the status lasts. */
  @Column({ type: 'date', nullable: true })
  validTo: string | null;
}
