import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FEATURED_DESIGNATION_KINDS, FeaturedDesignationKind, PILOT_MEMBER_ROLES, PilotMemberRole } from './hr.enums';
import { LaborBrandEntity } from './labor-brand.entity';
import { TrainingCatalogEntryEntity } from './training-catalog-entry.entity';

/** 产训结合建设试点: a pilot linking a Shandong Handmade industry cluster (重点产业集群) with training, for a year. */
@Entity('industry_pilot')
@Index('UQ_industry_pilot_code', ['code'], { unique: true })
@Index('IDX_industry_pilot_year_region_code', ['year', 'regionCode'])
export class IndustryPilotEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The industry cluster, e.g. 潍坊风筝产业集群. */
  @Column({ type: 'varchar', length: 100 })
  cluster: string;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'integer' })
  year: number;
}

/** An enterprise of the cluster or a filed training provider taking part in a pilot, by USCC. */
@Entity('industry_pilot_member')
@Index('UQ_industry_pilot_member_pilot_id_role_uscc', ['pilotId', 'role', 'uscc'], { unique: true })
@Index('IDX_industry_pilot_member_uscc', ['uscc'])
export class IndustryPilotMemberEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  pilotId: number;

  @ManyToOne(() => IndustryPilotEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'pilot_id', foreignKeyConstraintName: 'FK_industry_pilot_member_pilot_id' })
  pilot: IndustryPilotEntity;

  @Column({ type: 'simple-enum', enum: PILOT_MEMBER_ROLES })
  role: PilotMemberRole;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;
}

/** A catalogue programme a pilot runs. */
@Entity('industry_pilot_catalog_entry')
@Index('UQ_industry_pilot_catalog_entry_pilot_id_entry_id', ['pilotId', 'entryId'], { unique: true })
@Index('IDX_industry_pilot_catalog_entry_entry_id', ['entryId'])
export class IndustryPilotCatalogEntryEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  pilotId: number;

  @ManyToOne(() => IndustryPilotEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'pilot_id', foreignKeyConstraintName: 'FK_industry_pilot_catalog_entry_pilot_id' })
  pilot: IndustryPilotEntity;

  @Column({ type: 'integer' })
  entryId: number;

  @ManyToOne(() => TrainingCatalogEntryEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'entry_id', foreignKeyConstraintName: 'FK_industry_pilot_catalog_entry_entry_id' })
  entry: TrainingCatalogEntryEntity;
}

/** 一市一品牌 / 一县一项目: a labour brand designated its city's brand, or a catalogue programme its county's project, for a year. */
@Entity('featured_designation')
@Index('UQ_featured_designation_kind_region_code_year', ['kind', 'regionCode', 'year'], { unique: true })
@Index('IDX_featured_designation_labor_brand_id', ['laborBrandId'])
@Index('IDX_featured_designation_catalog_entry_id', ['catalogEntryId'])
export class FeaturedDesignationEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'simple-enum', enum: FEATURED_DESIGNATION_KINDS })
  kind: FeaturedDesignationKind;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer', nullable: true })
  laborBrandId: number | null;

  @ManyToOne(() => LaborBrandEntity, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'labor_brand_id', foreignKeyConstraintName: 'FK_featured_designation_labor_brand_id' })
  laborBrand: LaborBrandEntity | null;

  @Column({ type: 'integer', nullable: true })
  catalogEntryId: number | null;

  @ManyToOne(() => TrainingCatalogEntryEntity, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'catalog_entry_id', foreignKeyConstraintName: 'FK_featured_designation_catalog_entry_id' })
  catalogEntry: TrainingCatalogEntryEntity | null;
}
