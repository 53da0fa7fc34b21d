import DataLoader from 'dataloader';
import { scopedToPersons } from '../../auth/person-scope';
import { RequestContext } from '../../context';
import { rowsById } from '../../shared/loaders/rows-by-id';
import { ConnectionValue } from '../../shared/relay/connection';
import { PagingArgs, pagingWindow } from '../../shared/relay/paging';
import { pagesByParent } from '../../shared/sql/page-query';
import { hydrator } from '../../shared/sql/record';
import { StartupLoanEntity } from '../../sources/hr';
import { StartupLoanFilter, StartupLoanOrderEnum } from './startup-loan.inputs';
import { STARTUP_LOAN_ORDERINGS, StartupLoanRecord, StartupLoanService } from './startup-loan.service';

export function startupLoanHydrator(ctx: RequestContext) {
  const base = hydrator(ctx.sources.hr, StartupLoanEntity, 'StartupLoan');
  const source = {
    ...base,
    hydrate: (raw: Record<string, unknown>): StartupLoanRecord => {
      const record = base.hydrate(raw);
      return { ...record, borrowerKind: record.borrowerPersonId != null ? 'PERSON' : 'ORGANIZATION' };
    },
  };
  // Loans to persons are personal data; loans to organisations are not.
  return scopedToPersons(ctx, source, 'loanBorrower');
}

export function startupLoansById(ctx: RequestContext): DataLoader<number, StartupLoanRecord | null> {
  return rowsById(ctx, 'hr', () => startupLoanHydrator(ctx), 'startupLoansById');
}

type LoanPages<K> = DataLoader<K, ConnectionValue<StartupLoanRecord>>;

function loanPagesBy<K extends string | number>(
  name: string,
  parentColumn: string,
  ctx: RequestContext,
  filter: StartupLoanFilter | null | undefined,
  orderBy: keyof typeof StartupLoanOrderEnum,
  paging: PagingArgs,
): LoanPages<K> {
  const where = new StartupLoanService(ctx).filterSql(filter);
  const ordering = STARTUP_LOAN_ORDERINGS[orderBy];
  pagingWindow(paging, ordering);
  return ctx.loaders.get(name, { filter, orderBy, paging }, async (keys: readonly K[]) =>
    (await pagesByParent(ctx.sources.hr, { hydrator: startupLoanHydrator(ctx), filter: where, ordering, parentColumn }, keys, paging)) as Array<
      ConnectionValue<StartupLoanRecord>
    >,
  );
}

/** A page of loans per borrowing organisation's USCC (normalised), for many organisations in one statement. */
export function startupLoanPagesByBorrowerUscc(
  ctx: RequestContext,
  filter: StartupLoanFilter | null | undefined,
  orderBy: keyof typeof StartupLoanOrderEnum,
  paging: PagingArgs,
): LoanPages<string> {
  return loanPagesBy('startupLoanPagesByBorrowerUscc', 't.borrower_uscc', ctx, filter, orderBy, paging);
}

/** A page of loans per borrowing person's row id (hr `person.id`), for many persons in one statement. */
export function startupLoanPagesByBorrowerPersonId(
  ctx: RequestContext,
  filter: StartupLoanFilter | null | undefined,
  orderBy: keyof typeof StartupLoanOrderEnum,
  paging: PagingArgs,
): LoanPages<number> {
  return loanPagesBy('startupLoanPagesByBorrowerPersonId', 't.borrower_person_id', ctx, filter, orderBy, paging);
}
