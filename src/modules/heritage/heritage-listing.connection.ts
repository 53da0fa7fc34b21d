import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { HeritageListing } from './heritage-listing.type';

@ObjectType('HeritageListingConnection', { description: 'A page of ICH listings (Relay connection) — 名录列表' })
export class HeritageListingConnection extends ConnectionType(HeritageListing, 'HeritageListing', '名录') {}
