import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** 劳务品牌: a regional labour brand built around a craft. */
@Entity('labor_brand')
@Index('UQ_labor_brand_name', ['name'], { unique: true })
@Index('IDX_labor_brand_region_code', ['regionCode'])
@Index('IDX_labor_brand_item_key', ['itemKey'])
export class LaborBrandEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'varchar', length: 100 })
  craft: string;

  /** ICH item key of the craft in the culture source, when it is a listed item. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  itemKey: string | null;

  @Column({ type: 'integer' })
  establishedYear: number;
}
