import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { JobSeeker, MatchScore } from './job-seeker.type';
import { Vacancy } from '../employment/vacancy.type';

@ObjectType('JobSeekerMatch', { description: 'A registered job seeker ranked for a vacancy, with the score — 岗位匹配的求职者' })
export class JobSeekerMatch {
  @Field(() => JobSeeker, { description: 'The job seeker — 求职者' })
  jobSeeker: JobSeeker;

  @Field(() => MatchScore, { description: 'The score and its components — 匹配得分' })
  score: MatchScore;
}

@ObjectType('VacancyMatch', { description: 'An open vacancy ranked for a job seeker, with the score — 匹配的岗位' })
export class VacancyMatch {
  @Field(() => Vacancy, { description: 'The vacancy — 岗位' })
  vacancy: Vacancy;

  @Field(() => MatchScore, { description: 'The score and its components — 匹配得分' })
  score: MatchScore;
}

@ObjectType('JobSeekerMatchConnection', { description: 'Job seekers ranked for a vacancy, best first (Relay connection) — 岗位候选人列表' })
export class JobSeekerMatchConnection extends ConnectionType(JobSeekerMatch, 'JobSeekerMatch', '岗位匹配的求职者') {}

@ObjectType('VacancyMatchConnection', { description: 'Vacancies ranked for a job seeker, best first (Relay connection) — 匹配岗位列表' })
export class VacancyMatchConnection extends ConnectionType(VacancyMatch, 'VacancyMatch', '匹配的岗位') {}

@ArgsType()
export class MatchArgsType {
  @Field(() => Int, { nullable: true, description: 'Page size: 0 to 100, default 20 — 每页条数' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after, from pageInfo.endCursor — 起始游标之后' })
  after?: string | null;
}
