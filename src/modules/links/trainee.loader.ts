import { RequestContext } from '../../context';
import { pagingWindow } from '../../shared/relay/paging';
import { pagesByParent } from '../../shared/sql/page-query';
import { PersonsArgs } from '../person/person.inputs';
import { personHydrator } from '../person/person.record';
import { PersonService } from '../person/person.service';

/**
 * Distinct persons enrolled in cohorts run by each provider USCC: one
 * windowed HR statement for every workshop operator asked.
 */
export function traineePagesByProviderUscc(ctx: RequestContext, { filter, orderBy, ...paging }: PersonsArgs) {
  const persons = new PersonService(ctx);
  const ordering = persons.ordering(orderBy);
  pagingWindow(paging, ordering);
  const sql = persons.filterSql(filter);
  return ctx.loaders.get<string, Awaited<ReturnType<typeof pagesByParent>>[number]>('traineePagesByProviderUscc', { filter, orderBy, paging }, (usccs) =>
    pagesByParent(
      ctx.sources.hr,
      {
        hydrator: personHydrator(ctx),
        from:
          'person t JOIN (SELECT DISTINCT e.person_id, p.uscc FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id ' +
          'JOIN training_provider p ON p.id = c.provider_id) x ON x.person_id = t.id',
        filter: sql,
        ordering,
        parentColumn: 'x.uscc',
      },
      usccs,
      paging,
    ),
  );
}
