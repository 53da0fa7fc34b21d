import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { Inheritor } from './inheritor.type';

@ObjectType('InheritorConnection', { description: 'A page of representative inheritors (Relay connection) — 传承人列表' })
export class InheritorConnection extends ConnectionType(Inheritor, 'Inheritor', '非遗代表性传承人') {}
