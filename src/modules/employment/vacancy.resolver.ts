import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { Region } from '../region/region.type';
import { RegionService } from '../region/region.service';
import { VacancyConnection } from './vacancy.connection';
import { VacanciesArgs } from './vacancy.inputs';
import { VACANCY, VacancyRecord } from './employment.record';
import { Vacancy } from './vacancy.type';

@Resolver(() => Vacancy)
export class VacancyResolver {
  @Query(() => VacancyConnection, { nullable: true, description: 'Job vacancies posted by employers — 招聘岗位' })
  vacancies(@Args() args: VacanciesArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, VACANCY).list(args);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The place of work — 工作地区' })
  region(@Root() vacancy: VacancyRecord, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).byCode(vacancy.regionCode);
  }
}
