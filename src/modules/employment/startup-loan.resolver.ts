import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { Region } from '../region/region.type';
import { RegionService } from '../region/region.service';
import { StartupLoanConnection } from './startup-loan.connection';
import { StartupLoansArgs } from './startup-loan.inputs';
import { StartupLoanRecord, StartupLoanService } from './startup-loan.service';
import { StartupLoan } from './startup-loan.type';

@Resolver(() => StartupLoan)
export class StartupLoanResolver {
  @Query(() => StartupLoanConnection, { nullable: true, description: 'Guaranteed start-up loans to persons and small businesses — 创业担保贷款' })
  startupLoans(@Args() { filter, orderBy, ...paging }: StartupLoansArgs, @Ctx() ctx: RequestContext) {
    return new StartupLoanService(ctx).list(filter, orderBy, paging);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The area that granted the loan — 地区' })
  region(@Root() loan: StartupLoanRecord, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).byCode(loan.regionCode);
  }
}
