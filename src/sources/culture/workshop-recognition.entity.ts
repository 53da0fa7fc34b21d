import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RECOGNITION_LEVELS, RecognitionLevel } from './culture.enums';
import { WorkshopEntity } from './workshop.entity';

/** 认定: a workshop's recognition at one level; at most one per level. */
@Entity('workshop_recognition')
@Index('UQ_workshop_recognition_workshop_id_level', ['workshopId', 'level'], { unique: true })
@Index('IDX_workshop_recognition_year', ['year'])
@Index('IDX_workshop_recognition_level', ['level'])
// For the dispatch report's period (migrations/culture/…-AddStatisticsIndexes).
@Index('IDX_workshop_recognition_recognized_on_workshop_id_level', ['recognizedOn', 'workshopId', 'level'])
export class WorkshopRecognitionEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  workshopId: number;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'workshop_id', foreignKeyConstraintName: 'FK_workshop_recognition_workshop_id' })
  workshop: WorkshopEntity;

  @Column({ type: 'simple-enum', enum: RECOGNITION_LEVELS })
  level: RecognitionLevel;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'date', nullable: true })
  recognizedOn: string | null;
}
