import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { Region } from '../region/region.type';
import { RegionService } from '../region/region.service';
import { StartupLoanConnection } from './startup-loan.connection';
import { StartupLoansArgs } from './startup-loan.inputs';
import { STARTUP_LOAN, StartupLoanRecord } from './employment.record';
import { StartupLoan } from './startup-loan.type';

@Resolver(() => StartupLoan)
export class StartupLoanResolver {
  @Query(() => StartupLoanConnection, { nullable: true, description: 'Guaranteed start-up loans to persons and small businesses — 创业担保贷款' })
  startupLoans(@Args() args: StartupLoansArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, STARTUP_LOAN).list(args);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The area that granted the loan — 地区' })
  region(@Root() loan: StartupLoanRecord, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).byCode(loan.regionCode);
  }
}
