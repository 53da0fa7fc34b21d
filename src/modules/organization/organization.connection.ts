import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { Organization } from './organization.type';

@ObjectType('OrganizationConnection', { description: 'A page of organisations (Relay connection) — 主体列表' })
export class OrganizationConnection extends ConnectionType(Organization, 'Organization', '主体') {}
