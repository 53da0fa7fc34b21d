import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CONTEST_CLASSES, ContestClass } from './hr.enums';

/** 职业技能竞赛: an occupational skills contest. */
@Entity('contest')
@Index('IDX_contest_item_key', ['itemKey'])
@Index('IDX_contest_region_code', ['regionCode'])
@Index('IDX_contest_year', ['year'])
export class ContestEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** 一类/二类竞赛, which decides what a placing is worth. */
  @Column({ type: 'simple-enum', enum: CONTEST_CLASSES })
  contestClass: ContestClass;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'date' })
  heldOn: string;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  /** ICH item key when the contest is in a listed craft. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  itemKey: string | null;
}
