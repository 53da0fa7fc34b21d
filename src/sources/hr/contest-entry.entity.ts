import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContestEntity } from './contest.entity';
import { PersonEntity } from './person.entity';

/** 参赛: a person's entry in a skills contest. */
@Entity('contest_entry')
@Index('UQ_contest_entry_contest_id_person_id', ['contestId', 'personId'], { unique: true })
@Index('IDX_contest_entry_person_id', ['personId'])
export class ContestEntryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  contestId: number;

  @ManyToOne(() => ContestEntity, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'contest_id', foreignKeyConstraintName: 'FK_contest_entry_contest_id' })
  contest: ContestEntity;

  @Column({ type: 'integer' })
  personId: number;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_contest_entry_person_id' })
  person: PersonEntity;

  /** The data model's `rank`: RANK is reserved in MySQL 8, so the column is `placing`. 1 is first. */
  @Column({ type: 'integer', nullable: true })
  placing: number | null;

  /** Award as announced, e.g. 一等奖 or 优秀奖. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  award: string | null;
}
