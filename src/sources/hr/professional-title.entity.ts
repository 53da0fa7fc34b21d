import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PROFESSIONAL_TITLE_LEVELS, PROFESSIONAL_TITLE_ROUTES, PROFESSIONAL_TITLE_SERIES, ProfessionalTitleLevel, ProfessionalTitleRoute, ProfessionalTitleSeries } from './career-rights.enums';
import { PersonEntity } from './person.entity';

/** 职称: a professional title a person holds in a series at a level, such as 高级工艺美术师. */
@Entity('professional_title')
@Index('UQ_professional_title_person_id_series_level', ['personId', 'series', 'level'], { unique: true })
@Index('IDX_professional_title_obtained_on', ['obtainedOn'])
@Index('IDX_professional_title_region_code', ['regionCode'])
export class ProfessionalTitleEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  personId: number;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_professional_title_person_id' })
  person: PersonEntity;

  @Column({ type: 'simple-enum', enum: PROFESSIONAL_TITLE_SERIES })
  series: ProfessionalTitleSeries;

  @Column({ type: 'simple-enum', enum: PROFESSIONAL_TITLE_LEVELS })
  level: ProfessionalTitleLevel;

  /** The title as conferred (高级工艺美术师); the series' own wording unless another is given. */
  @Column({ type: 'varchar', length: 100 })
  titleName: string;

  @Column({ type: 'simple-enum', enum: PROFESSIONAL_TITLE_ROUTES })
  route: ProfessionalTitleRoute;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'date' })
  obtainedOn: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  certificateNumber: string | null;

  /** Region whose HR bureau conferred or recorded it. */
  @Column({ type: 'varchar', length: 6 })
  regionCode: string;
}
