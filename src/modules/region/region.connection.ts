import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { Region } from './region.type';

@ObjectType('RegionConnection', { description: 'A page of regions (Relay connection) — 行政区划列表' })
export class RegionConnection extends ConnectionType(Region, 'Region', '行政区划') {}
