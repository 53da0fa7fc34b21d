import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ICH_CATEGORIES, IchCategoryName, VACANCY_STATUSES, VacancyStatus } from './hr.enums';
import { moneyColumn } from './money';

/** 招聘岗位: a job vacancy posted by an employer. */
@Entity('vacancy')
@Index('IDX_vacancy_employer_uscc', ['employerUscc'])
@Index('IDX_vacancy_region_code', ['regionCode'])
@Index('IDX_vacancy_posted_on', ['postedOn'])
@Index('IDX_vacancy_item_key', ['itemKey'])
@Index('IDX_vacancy_status', ['status'])
@Index('IDX_vacancy_ich_category', ['ichCategory'])
export class VacancyEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 18 })
  employerUscc: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  craft: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  itemKey: string | null;

  /** The item's ICH category as culture records it, copied when posted so matching stays in one database. */
  @Column({ type: 'simple-enum', enum: ICH_CATEGORIES, nullable: true })
  ichCategory: IchCategoryName | null;

  @Column({ type: 'integer' })
  headcount: number;

  /** Monthly pay range in yuan. */
  @Column(moneyColumn())
  payMin: string;

  @Column(moneyColumn())
  payMax: string;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'date' })
  postedOn: string;

  @Column({ type: 'date', nullable: true })
  closesOn: string | null;

  @Column({ type: 'simple-enum', enum: VACANCY_STATUSES })
  status: VacancyStatus;
}
