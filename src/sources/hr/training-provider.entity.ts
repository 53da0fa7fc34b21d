import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CREDIT_RATINGS, CreditRating } from './hr.enums';

/** 备案培训机构: a training provider filed with the HR bureau. */
@Entity('training_provider')
@Index('UQ_training_provider_uscc', ['uscc'], { unique: true })
@Index('UQ_training_provider_filing_number', ['filingNumber'], { unique: true })
@Index('IDX_training_provider_region_code', ['regionCode'])
export class TrainingProviderEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 50 })
  filingNumber: string;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'date' })
  filedOn: string;

  /** Null until the provider has been rated. */
  @Column({ type: 'simple-enum', enum: CREDIT_RATINGS, nullable: true })
  creditRating: CreditRating | null;
}
