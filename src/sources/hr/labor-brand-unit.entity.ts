import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LABOR_BRAND_UNIT_KINDS, LaborBrandUnitKind } from './hr.enums';
import { LaborBrandEntity } from './labor-brand.entity';

/** 建设单位: an organisation recognised as building a labour brand. */
@Entity('labor_brand_unit')
@Index('UQ_labor_brand_unit_brand_id_uscc', ['brandId', 'uscc'], { unique: true })
@Index('IDX_labor_brand_unit_uscc', ['uscc'])
@Index('IDX_labor_brand_unit_recognized_on', ['recognizedOn'])
export class LaborBrandUnitEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  brandId: number;

  @ManyToOne(() => LaborBrandEntity, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'brand_id', foreignKeyConstraintName: 'FK_labor_brand_unit_brand_id' })
  brand: LaborBrandEntity;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'simple-enum', enum: LABOR_BRAND_UNIT_KINDS })
  unitKind: LaborBrandUnitKind;

  @Column({ type: 'date' })
  recognizedOn: string;
}
