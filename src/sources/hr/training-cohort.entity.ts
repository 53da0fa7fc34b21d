import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TrainingCatalogEntryEntity } from './training-catalog-entry.entity';
import { TrainingProviderEntity } from './training-provider.entity';

/** 培训班: one class of a catalogue programme run by a provider. */
@Entity('training_cohort')
@Index('UQ_training_cohort_code', ['code'], { unique: true })
@Index('IDX_training_cohort_catalog_entry_id', ['catalogEntryId'])
@Index('IDX_training_cohort_provider_id', ['providerId'])
@Index('IDX_training_cohort_region_code', ['regionCode'])
@Index('IDX_training_cohort_starts_on', ['startsOn'])
export class TrainingCohortEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'integer' })
  catalogEntryId: number;

  @ManyToOne(() => TrainingCatalogEntryEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'catalog_entry_id', foreignKeyConstraintName: 'FK_training_cohort_catalog_entry_id' })
  catalogEntry: TrainingCatalogEntryEntity;

  @Column({ type: 'integer' })
  providerId: number;

  @ManyToOne(() => TrainingProviderEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'provider_id', foreignKeyConstraintName: 'FK_training_cohort_provider_id' })
  provider: TrainingProviderEntity;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  /** 项目制整建制购买: the whole class was bought as a project rather than subsidised per trainee. */
  @Column({ type: 'boolean' })
  projectBased: boolean;

  @Column({ type: 'integer' })
  plannedSize: number;
}
