import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { Person } from './person.type';

@ObjectType('PersonConnection', { description: 'A page of persons (Relay connection) — 人员列表' })
export class PersonConnection extends ConnectionType(Person, 'Person', '人员') {}
