import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TRAINING_CATALOG_STATUSES, TrainingCatalogStatus } from './hr.enums';
import { moneyColumn } from './money';

/** 培训项目目录: a subsidised training programme in the published catalogue. */
@Entity('training_catalog_entry')
@Index('UQ_training_catalog_entry_code', ['code'], { unique: true })
@Index('IDX_training_catalog_entry_region_code', ['regionCode'])
@Index('IDX_training_catalog_entry_status', ['status'])
@Index('IDX_training_catalog_entry_published_on', ['publishedOn'])
@Index('IDX_training_catalog_entry_occupation_code', ['occupationCode'])
export class TrainingCatalogEntryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Code in the national occupation classification (职业分类大典), e.g. 6-04-02-01. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  occupationCode: string | null;

  /** 专项职业能力规范 the programme trains for, when not an occupation. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  abilitySpec: string | null;

  @Column({ type: 'integer' })
  classHours: number;

  /** Yuan per class hour. */
  @Column(moneyColumn())
  subsidyPerHour: string;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'simple-enum', enum: TRAINING_CATALOG_STATUSES })
  status: TrainingCatalogStatus;

  @Column({ type: 'date', nullable: true })
  publishedOn: string | null;
}
