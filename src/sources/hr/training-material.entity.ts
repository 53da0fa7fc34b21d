import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TRAINING_MATERIAL_KINDS, TrainingMaterialKind } from './career-rights.enums';

/** 特色培训教材和培训课程: a Shandong Handmade textbook or course, filed with HR. */
@Entity('training_material')
@Index('UQ_training_material_code', ['code'], { unique: true })
@Index('IDX_training_material_region_code', ['regionCode'])
@Index('IDX_training_material_released_on', ['releasedOn'])
@Index('IDX_training_material_year', ['year'])
export class TrainingMaterialEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  /** The filing number, the natural key. */
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'simple-enum', enum: TRAINING_MATERIAL_KINDS })
  kind: TrainingMaterialKind;

  /** Publisher of a textbook, developer of a course. */
  @Column({ type: 'varchar', length: 200 })
  publisher: string;

  @Column({ type: 'integer' })
  year: number;

  /** Day of publication or release, when known; many are known by year only. */
  @Column({ type: 'date', nullable: true })
  releasedOn: string | null;

  /** Class hours a course takes (or a textbook is written for). */
  @Column({ type: 'integer', nullable: true })
  classHours: number | null;

  /** ISBN of a published textbook. */
  @Column({ type: 'varchar', length: 17, nullable: true })
  isbn: string | null;

  /** Region whose HR bureau filed it. */
  @Column({ type: 'varchar', length: 6 })
  regionCode: string;
}
