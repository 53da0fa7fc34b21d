import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { TrainingCatalogEntry } from './training-catalog-entry.type';

@ObjectType('TrainingCatalogEntryConnection', { description: 'A page of training catalogue programmes (Relay connection) — 培训项目目录列表' })
export class TrainingCatalogEntryConnection extends ConnectionType(TrainingCatalogEntry, 'TrainingCatalogEntry', '培训项目') {}
