import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { EMPLOYMENT_EVENT_KINDS, EmploymentEventKind } from './hr.enums';

/** 公共就业服务专项活动: a public employment service event, with or without a 山东手造展示区. */
@Entity('employment_event')
@Index('IDX_employment_event_region_code', ['regionCode'])
@Index('IDX_employment_event_held_on', ['heldOn'])
@Index('IDX_employment_event_kind', ['kind'])
export class EmploymentEventEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'simple-enum', enum: EMPLOYMENT_EVENT_KINDS })
  kind: EmploymentEventKind;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;

  @Column({ type: 'date' })
  heldOn: string;

  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'varchar', length: 200 })
  organiser: string;

  /** Whether the event had a Shandong Handmade exhibition area (山东手造展示区). */
  @Column({ type: 'boolean' })
  handmadeArea: boolean;

  /** The Shandong Handmade operating company that ran the area (山东手造运营公司), when named. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  handmadeAreaOperator: string | null;
}
