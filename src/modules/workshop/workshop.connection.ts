import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { Workshop } from './workshop.type';

@ObjectType('WorkshopConnection', { description: 'A page of ICH workshops (Relay connection) — 非遗工坊列表' })
export class WorkshopConnection extends ConnectionType(Workshop, 'Workshop', '非遗工坊') {}
