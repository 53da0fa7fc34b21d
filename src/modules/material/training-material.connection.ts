import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { TrainingMaterial } from './training-material.type';

@ObjectType('TrainingMaterialConnection', { description: 'A page of training materials (Relay connection) — 教材课程列表' })
export class TrainingMaterialConnection extends ConnectionType(TrainingMaterial, 'TrainingMaterial', '教材课程') {}
