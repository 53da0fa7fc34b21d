import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { RightsCase } from './rights-case.type';

@ObjectType('RightsCaseConnection', { description: 'A page of rights-protection cases (Relay connection) — 维权案件列表' })
export class RightsCaseConnection extends ConnectionType(RightsCase, 'RightsCase', '维权案件') {}
