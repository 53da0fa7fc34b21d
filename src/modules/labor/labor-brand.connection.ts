import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { LaborBrand } from './labor-brand.type';

@ObjectType('LaborBrandConnection', { description: 'A page of labour brands (Relay connection) — 劳务品牌列表' })
export class LaborBrandConnection extends ConnectionType(LaborBrand, 'LaborBrand', '劳务品牌') {}
