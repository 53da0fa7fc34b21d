import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { TrainingCohort } from './training-cohort.type';

@ObjectType('TrainingCohortConnection', { description: 'A page of training cohorts (Relay connection) — 培训班列表' })
export class TrainingCohortConnection extends ConnectionType(TrainingCohort, 'TrainingCohort', '培训班') {}
