import { ObjectType } from 'type-graphql';
import { ConnectionType } from '../../shared/relay/connection';
import { Vacancy } from './vacancy.type';

@ObjectType('VacancyConnection', { description: 'A page of vacancies (Relay connection) — 招聘岗位列表' })
export class VacancyConnection extends ConnectionType(Vacancy, 'Vacancy', '招聘岗位') {}
