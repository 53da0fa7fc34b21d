import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TALENT_TITLE_KINDS, TalentTitleKind } from './hr.enums';
import { PersonEntity } from './person.entity';

/** 人才称号: an honorary title such as 齐鲁首席技师 awarded to a person. */
@Entity('talent_title')
@Index('IDX_talent_title_person_id', ['personId'])
@Index('IDX_talent_title_kind', ['kind'])
@Index('IDX_talent_title_year', ['year'])
@Index('IDX_talent_title_region_code', ['regionCode'])
export class TalentTitleEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  personId: number;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_talent_title_person_id' })
  person: PersonEntity;

  @Column({ type: 'simple-enum', enum: TALENT_TITLE_KINDS })
  kind: TalentTitleKind;

  /** The title's own wording, needed for OTHER. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  titleName: string | null;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'date' })
  awardedOn: string;

  @Column({ type: 'date', nullable: true })
  termEndsOn: string | null;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;
}
