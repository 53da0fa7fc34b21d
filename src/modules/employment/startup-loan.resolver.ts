import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { StartupLoanConnection } from './startup-loan.connection';
import { StartupLoansArgs } from './startup-loan.inputs';
import { STARTUP_LOAN } from './employment.record';
import { StartupLoan } from './startup-loan.type';

@Resolver(() => StartupLoan)
export class StartupLoanResolver {
  @Query(() => StartupLoanConnection, { nullable: true, description: 'Guaranteed start-up loans to persons and small businesses — 创业担保贷款' })
  startupLoans(@Args() args: StartupLoansArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, STARTUP_LOAN).list(args);
  }
}
