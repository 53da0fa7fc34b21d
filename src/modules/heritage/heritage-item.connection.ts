import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { HeritageItem } from './heritage-item.type';

@ObjectType('HeritageItemConnection', { description: 'A page of heritage items (Relay connection) — 非遗项目列表' })
export class HeritageItemConnection extends ConnectionType(HeritageItem, 'HeritageItem', '非遗项目') {}
