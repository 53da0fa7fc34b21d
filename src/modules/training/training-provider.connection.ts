import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { TrainingProvider } from './training-provider.type';

@ObjectType('TrainingProviderConnection', { description: 'A page of filed training providers (Relay connection) — 备案培训机构列表' })
export class TrainingProviderConnection extends ConnectionType(TrainingProvider, 'TrainingProvider', '备案培训机构') {}
