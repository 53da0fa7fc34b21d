import { registerNodeType } from '../../records/node-registry';
import { startupLoansById } from './startup-loan.loader';
import { StartupLoanResolver } from './startup-loan.resolver';
import { vacanciesById } from './vacancy.loader';
import { VacancyResolver } from './vacancy.resolver';

export { startupLoanPagesByBorrowerPersonId, startupLoanPagesByBorrowerUscc, startupLoansById } from './startup-loan.loader';
export { vacanciesById, vacancyPagesByEmployerUscc } from './vacancy.loader';
export type { StartupLoanRecord } from './startup-loan.service';
export type { VacancyRecord } from './vacancy.service';

registerNodeType('Vacancy', (ctx, ids) => vacanciesById(ctx).loadMany(ids) as Promise<Array<object | null>>);
registerNodeType('StartupLoan', (ctx, ids) => startupLoansById(ctx).loadMany(ids) as Promise<Array<object | null>>);

export const employmentResolvers = [VacancyResolver, StartupLoanResolver];
