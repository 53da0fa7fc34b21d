import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { VacancyConnection } from './vacancy.connection';
import { VacanciesArgs } from './vacancy.inputs';
import { VACANCY } from './employment.record';
import { Vacancy } from './vacancy.type';

@Resolver(() => Vacancy)
export class VacancyResolver {
  @Query(() => VacancyConnection, { nullable: true, description: 'Job vacancies posted by employers — 招聘岗位' })
  vacancies(@Args() args: VacanciesArgs, @Ctx() ctx: RequestContext) {
    return recordsOf(ctx, VACANCY).list(args);
  }
}
