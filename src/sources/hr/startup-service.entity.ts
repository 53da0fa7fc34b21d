import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { STARTUP_SERVICE_KINDS, StartupServiceKind } from './hr.enums';
import { PersonEntity } from './person.entity';

/** 创业服务: start-up guidance or consultation given to a person, an enterprise, or both. */
@Entity('startup_service')
@Index('IDX_startup_service_person_id', ['personId'])
@Index('IDX_startup_service_client_uscc', ['clientUscc'])
@Index('IDX_startup_service_served_on_region_code_kind_person_id', ['servedOn', 'regionCode', 'kind', 'personId'])
@Index('IDX_startup_service_region_code', ['regionCode'])
export class StartupServiceEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'simple-enum', enum: STARTUP_SERVICE_KINDS })
  kind: StartupServiceKind;

  /** The person served; null for a service to an enterprise alone. */
  @Column({ type: 'integer', nullable: true })
  personId: number | null;

  @ManyToOne(() => PersonEntity, { nullable: true, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_startup_service_person_id' })
  person: PersonEntity | null;

  /** The enterprise served, by USCC; null for a person starting out without one. */
  @Column({ type: 'varchar', length: 18, nullable: true })
  clientUscc: string | null;

  /** The public employment (start-up) service centre that gave it. */
  @Column({ type: 'varchar', length: 100 })
  centre: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  topic: string | null;

  @Column({ type: 'date' })
  servedOn: string;

  @Column({ type: 'varchar', length: 6 })
  regionCode: string;
}
