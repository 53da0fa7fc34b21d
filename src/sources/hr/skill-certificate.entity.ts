import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import {
  EVALUATOR_TYPES,
  EvaluatorType,
  SKILL_CERTIFICATE_KINDS,
  SKILL_LEVELS,
  SkillCertificateKind,
  SkillLevel,
} from './hr.enums';
import { PersonEntity } from './person.entity';

/** 技能证书: a skill-level or specialised-ability certificate held by a person. */
@Entity('skill_certificate')
@Index('UQ_skill_certificate_certificate_number', ['certificateNumber'], { unique: true })
@Index('IDX_skill_certificate_person_id', ['personId'])
@Index('IDX_skill_certificate_level', ['level'])
@Index('IDX_skill_certificate_issued_on', ['issuedOn'])
@Index('IDX_skill_certificate_region_code', ['regionCode'])
// Covering index of the statistics (migrations/hr/…-AddStatisticsIndexes).
@Index('IDX_skill_certificate_region_code_issued_on_kind_level', ['regionCode', 'issuedOn', 'kind', 'level'])
export class SkillCertificateEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 50 })
  certificateNumber: string;

  @Column({ type: 'integer' })
  personId: number;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_skill_certificate_person_id' })
  person: PersonEntity;

  @Column({ type: 'simple-enum', enum: SKILL_CERTIFICATE_KINDS })
  kind: SkillCertificateKind;

  /** Set for SKILL_LEVEL certificates; a specialised-ability certificate has no level. */
  @Column({ type: 'simple-enum', enum: SKILL_LEVELS, nullable: true })
  level: SkillLevel | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  occupationCode: string | null;

  /** 专项职业能力 name, for SPECIALIZED_ABILITY certificates. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  abilityTitle: string | null;

  @Column({ type: 'simple-enum', enum: EVALUATOR_TYPES })
  evaluatorType: EvaluatorType;

  @Column({ type: 'varchar', length: 18, nullable: true })
  evaluatorUscc: string | null;

  @Column({ type: 'date' })
  issuedOn: string;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;
}
