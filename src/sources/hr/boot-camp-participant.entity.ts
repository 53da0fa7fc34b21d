import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BootCampEntity } from './boot-camp.entity';
import { BOOT_CAMP_ENTERPRISE_KINDS, BOOT_CAMP_PARTICIPANT_STATUSES, BootCampEnterpriseKind, BootCampParticipantStatus } from './hr.enums';
import { PersonEntity } from './person.entity';

/** A boot camp's participant: an enterprise, by USCC, and its operator, a person; once per camp. */
@Entity('boot_camp_participant')
@Index('UQ_boot_camp_participant_camp_id_enterprise_uscc', ['campId', 'enterpriseUscc'], { unique: true })
@Index('IDX_boot_camp_participant_person_id', ['personId'])
@Index('IDX_boot_camp_participant_enterprise_uscc', ['enterpriseUscc'])
export class BootCampParticipantEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  campId: number;

  @ManyToOne(() => BootCampEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'camp_id', foreignKeyConstraintName: 'FK_boot_camp_participant_camp_id' })
  camp: BootCampEntity;

  /** The operator selected (经营者). */
  @Column({ type: 'integer' })
  personId: number;

  @ManyToOne(() => PersonEntity, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'FK_boot_camp_participant_person_id' })
  person: PersonEntity;

  @Column({ type: 'varchar', length: 18 })
  enterpriseUscc: string;

  @Column({ type: 'simple-enum', enum: BOOT_CAMP_ENTERPRISE_KINDS })
  enterpriseKind: BootCampEnterpriseKind;

  @Column({ type: 'simple-enum', enum: BOOT_CAMP_PARTICIPANT_STATUSES })
  status: BootCampParticipantStatus;
}
