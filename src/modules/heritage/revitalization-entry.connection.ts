import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { RevitalizationEntry } from './revitalization-entry.type';

@ObjectType('RevitalizationEntryConnection', { description: 'A page of revitalisation catalogue entries (Relay connection) — 传统工艺振兴目录列表' })
export class RevitalizationEntryConnection extends ConnectionType(RevitalizationEntry, 'RevitalizationEntry', '传统工艺振兴目录条目') {}
