import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SUBSIDY_CLAIM_STATUSES, SubsidyClaimStatus } from './hr.enums';
import { EnrollmentEntity } from './enrollment.entity';
import { moneyColumn } from './money';

/** 培训补贴: the training subsidy claimed for one enrollment. */
@Entity('subsidy_claim')
@Index('UQ_subsidy_claim_enrollment_id', ['enrollmentId'], { unique: true })
@Index('IDX_subsidy_claim_status', ['status'])
@Index('IDX_subsidy_claim_claimed_on', ['claimedOn'])
@Index('IDX_subsidy_claim_paid_on', ['paidOn'])
export class SubsidyClaimEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  enrollmentId: number;

  @ManyToOne(() => EnrollmentEntity, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'enrollment_id', foreignKeyConstraintName: 'FK_subsidy_claim_enrollment_id' })
  enrollment: EnrollmentEntity;

  /** Yuan. */
  @Column(moneyColumn())
  amount: string;

  @Column({ type: 'simple-enum', enum: SUBSIDY_CLAIM_STATUSES })
  status: SubsidyClaimStatus;

  @Column({ type: 'date' })
  claimedOn: string;

  @Column({ type: 'date', nullable: true })
  paidOn: string | null;
}
