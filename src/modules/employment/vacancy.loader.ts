import DataLoader from 'dataloader';
import { RequestContext } from '../../context';
import { rowsById } from '../../shared/loaders/rows-by-id';
import { ConnectionValue } from '../../shared/relay/connection';
import { PagingArgs, pagingWindow } from '../../shared/relay/paging';
import { pagesByParent } from '../../shared/sql/page-query';
import { hydrator } from '../../shared/sql/record';
import { VacancyEntity } from '../../sources/hr';
import { VacancyFilter, VacancyOrderEnum } from './vacancy.inputs';
import { VACANCY_ORDERINGS, VacancyRecord, VacancyService } from './vacancy.service';

export function vacancyHydrator(ctx: RequestContext) {
  return hydrator(ctx.sources.hr, VacancyEntity, 'Vacancy');
}

export function vacanciesById(ctx: RequestContext): DataLoader<number, VacancyRecord | null> {
  return rowsById(ctx, 'hr', () => vacancyHydrator(ctx), 'vacanciesById');
}

/**
 * A page of vacancies per employer USCC (normalised), for many employers in
 * one statement. Filter and page are checked before any SQL runs.
 */
export function vacancyPagesByEmployerUscc(
  ctx: RequestContext,
  filter: VacancyFilter | null | undefined,
  orderBy: keyof typeof VacancyOrderEnum,
  paging: PagingArgs,
): DataLoader<string, ConnectionValue<VacancyRecord>> {
  const where = new VacancyService(ctx).filterSql(filter);
  const ordering = VACANCY_ORDERINGS[orderBy];
  pagingWindow(paging, ordering);
  return ctx.loaders.get('vacancyPagesByEmployerUscc', { filter, orderBy, paging }, (usccs: readonly string[]) =>
    pagesByParent(ctx.sources.hr, { hydrator: vacancyHydrator(ctx), filter: where, ordering, parentColumn: 't.employer_uscc' }, usccs, paging),
  );
}
