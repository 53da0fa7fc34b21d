import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { Region } from '../region/region.type';
import { RegionService } from '../region/region.service';
import { VacancyConnection } from './vacancy.connection';
import { VacanciesArgs } from './vacancy.inputs';
import { VacancyRecord, VacancyService } from './vacancy.service';
import { Vacancy } from './vacancy.type';

@Resolver(() => Vacancy)
export class VacancyResolver {
  @Query(() => VacancyConnection, { nullable: true, description: 'Job vacancies posted by employers — 招聘岗位' })
  vacancies(@Args() { filter, orderBy, ...paging }: VacanciesArgs, @Ctx() ctx: RequestContext) {
    return new VacancyService(ctx).list(filter, orderBy, paging);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The place of work — 工作地区' })
  region(@Root() vacancy: VacancyRecord, @Ctx() ctx: RequestContext) {
    return new RegionService(ctx.regions).byCode(vacancy.regionCode);
  }
}
