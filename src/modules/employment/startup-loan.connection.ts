import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { StartupLoan } from './startup-loan.type';

@ObjectType('StartupLoanConnection', { description: 'A page of start-up loans (Relay connection) — 创业担保贷款列表' })
export class StartupLoanConnection extends ConnectionType(StartupLoan, 'StartupLoan', '创业担保贷款') {}
