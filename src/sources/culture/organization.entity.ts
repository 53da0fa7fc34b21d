import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ORGANIZATION_TYPES, OrganizationType, SELECT100_FIELDS, Select100Field } from './culture.enums';

/** 山东手造基础信息目录: a handicraft producer in the provincial directory. */
@Entity('organization')
@Index('UQ_organization_uscc', ['uscc'], { unique: true })
@Index('IDX_organization_region_code', ['regionCode'])
@Index('IDX_organization_key_enterprise', ['keyEnterprise'])
@Index('IDX_organization_key_project', ['keyProject'])
@Index('IDX_organization_listed_year', ['listedYear'])
export class OrganizationEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 18 })
  uscc: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'simple-enum', enum: ORGANIZATION_TYPES })
  orgType: OrganizationType;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  /** 重点企业. */
  @Column({ type: 'boolean' })
  keyEnterprise: boolean;

  /** 重点项目. */
  @Column({ type: 'boolean' })
  keyProject: boolean;

  @Column({ type: 'integer' })
  listedYear: number;

  /** Field of the 优选100 selection, when the organization is in it. */
  @Column({ type: 'simple-enum', enum: SELECT100_FIELDS, nullable: true })
  select100Field: Select100Field | null;
}
