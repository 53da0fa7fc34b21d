import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { HERITAGE_CATEGORIES, HeritageCategory, ICH_LEVELS, IchLevel } from './culture.enums';

/** 非遗代表性项目: one ICH item, whatever the number of listings it has. */
@Entity('heritage_item')
@Index('UQ_heritage_item_item_key', ['itemKey'], { unique: true })
@Index('IDX_heritage_item_level', ['level'])
@Index('IDX_heritage_item_category', ['category'])
@Index('IDX_heritage_item_region_code', ['regionCode'])
@Index('IDX_heritage_item_name', ['name'])
export class HeritageItemEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  /** The key of the item's first (NEW) listing, e.g. `NATIONAL:Ⅷ-91:371581`. */
  @Column({ type: 'varchar', length: 100 })
  itemKey: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameEn: string | null;

  @Column({ type: 'simple-enum', enum: HERITAGE_CATEGORIES })
  category: HeritageCategory;

  /** The highest level among the item's listings. */
  @Column({ type: 'simple-enum', enum: ICH_LEVELS })
  level: IchLevel;

  @Column({ type: 'varchar', length: 32 })
  number: string;

  /** True when the official number is not known and `number` is this layer's own. */
  @Column({ type: 'boolean' })
  numberProvisional: boolean;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'integer', nullable: true })
  year: number | null;

  @Column({ type: 'boolean' })
  verified: boolean;
}
