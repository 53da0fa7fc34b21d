import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';
import { moneyColumn } from './money';

/** 创业担保贷款: a guaranteed startup loan, to a person or to a business. */
@Entity('startup_loan')
@Index('IDX_startup_loan_borrower_person_id', ['borrowerPersonId'])
@Index('IDX_startup_loan_borrower_uscc', ['borrowerUscc'])
@Index('IDX_startup_loan_granted_on', ['grantedOn'])
@Index('IDX_startup_loan_region_code', ['regionCode'])
export class StartupLoanEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  /** Set when the borrower is a person; a business borrower has only `borrowerUscc`. */
  @Column({ type: 'integer', nullable: true })
  borrowerPersonId: number | null;

  @ManyToOne(() => PersonEntity, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'borrower_person_id', foreignKeyConstraintName: 'FK_startup_loan_borrower_person_id' })
  borrowerPerson: PersonEntity | null;

  @Column({ type: 'varchar', length: 18, nullable: true })
  borrowerUscc: string | null;

  /** Yuan. */
  @Column(moneyColumn())
  amount: string;

  @Column({ type: 'varchar', length: 100 })
  bank: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  guarantor: string | null;

  @Column({ type: 'date' })
  grantedOn: string;

  @Column({ type: 'integer' })
  termMonths: number;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;
}
