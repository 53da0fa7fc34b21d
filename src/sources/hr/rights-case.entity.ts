import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LaborBrandUnitEntity } from './labor-brand-unit.entity';
import { RIGHTS_CASE_KINDS, RIGHTS_CASE_OUTCOMES, RightsCaseKind, RightsCaseOutcome } from './career-rights.enums';
import { PersonEntity } from './person.entity';

/** 维权服务: a rights-protection case for a worker of a labour-brand building unit. */
@Entity('rights_case')
@Index('UQ_rights_case_case_number', ['caseNumber'], { unique: true })
@Index('IDX_rights_case_person_id', ['personId'])
@Index('IDX_rights_case_unit_id', ['unitId'])
@Index('IDX_rights_case_opened_on', ['openedOn'])
@Index('IDX_rights_case_closed_on', ['closedOn'])
@Index('IDX_rights_case_region_code', ['regionCode'])
export class RightsCaseEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 32 })
  caseNumber: string;

  @Column({ type: 'integer' })
  personId: number;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_rights_case_person_id' })
  person: PersonEntity;

  @Column({ type: 'integer' })
  unitId: number;

  @ManyToOne(() => LaborBrandUnitEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'FK_rights_case_unit_id' })
  unit: LaborBrandUnitEntity;

  @Column({ type: 'simple-enum', enum: RIGHTS_CASE_KINDS })
  kind: RightsCaseKind;

  @Column({ type: 'date' })
  openedOn: string;

  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

  @Column({ type: 'simple-enum', enum: RIGHTS_CASE_OUTCOMES, nullable: true })
  outcome: RightsCaseOutcome | null;

  /** Region whose service centre handles the case. */
  @Column({ type: 'varchar', length: 6 })
  regionCode: string;
}
