import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** 创业训练营: a city's boot camp for selected operators of Shandong Handmade small, micro and start-up enterprises. */
@Entity('boot_camp')
@Index('UQ_boot_camp_code', ['code'], { unique: true })
@Index('IDX_boot_camp_region_code', ['regionCode'])
@Index('IDX_boot_camp_starts_on', ['startsOn'])
export class BootCampEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 100 })
  organiser: string;

  /** The city holding it. */
  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  /** Places planned. */
  @Column({ type: 'integer' })
  intake: number;
}
