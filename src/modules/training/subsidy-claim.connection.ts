import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { SubsidyClaim } from './subsidy-claim.type';

@ObjectType('SubsidyClaimConnection', { description: 'A page of training subsidy claims (Relay connection) — 职业培训补贴列表' })
export class SubsidyClaimConnection extends ConnectionType(SubsidyClaim, 'SubsidyClaim', '职业培训补贴') {}
