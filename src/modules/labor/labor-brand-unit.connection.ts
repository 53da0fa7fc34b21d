import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { LaborBrandUnit } from './labor-brand-unit.type';

@ObjectType('LaborBrandUnitConnection', { description: 'A page of labour-brand building units (Relay connection) — 劳务品牌建设单位列表' })
export class LaborBrandUnitConnection extends ConnectionType(LaborBrandUnit, 'LaborBrandUnit', '劳务品牌建设单位') {}
