import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { TALENT_PROGRAMME_LEVELS, TalentProgrammeLevel } from './career-rights.enums';
import { PersonEntity } from './person.entity';

/** 选拔培养奖励项目: a person selected by a local talent programme in a year. */
@Entity('talent_programme_award')
@Index('UQ_talent_programme_award_person_id_programme_year', ['personId', 'programme', 'year'], { unique: true })
@Index('IDX_talent_programme_award_awarded_on', ['awardedOn'])
@Index('IDX_talent_programme_award_region_code', ['regionCode'])
export class TalentProgrammeAwardEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  personId: number;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_talent_programme_award_person_id' })
  person: PersonEntity;

  /** The programme's name, e.g. 齐鲁乡村之星. */
  @Column({ type: 'varchar', length: 100 })
  programme: string;

  @Column({ type: 'simple-enum', enum: TALENT_PROGRAMME_LEVELS })
  programmeLevel: TalentProgrammeLevel;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'date' })
  awardedOn: string;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;
}
