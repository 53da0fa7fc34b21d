import { RequestContext } from '../../context';
import { badInput } from '../../shared/errors';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf } from '../../shared/sql/page-query';
import { NodeRecord } from '../../shared/sql/record';
import { StartupLoanEntity } from '../../sources/hr';
import { requireRegionCode } from '../region/region.service';
import { BorrowerKindEnum } from './employment.enums';
import { usccArgument } from './employment.arguments';
import { StartupLoanFilter, StartupLoanOrderEnum } from './startup-loan.inputs';
import { startupLoanHydrator } from './startup-loan.loader';

export type StartupLoanRecord = NodeRecord<StartupLoanEntity> & { borrowerKind: keyof typeof BorrowerKindEnum };

export const STARTUP_LOAN_ORDERINGS: Record<keyof typeof StartupLoanOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  GRANTED_ON: { key: 'GRANTED_ON', columns: [{ column: 't.granted_on', property: 'grantedOn', direction: 'DESC' }] },
  AMOUNT: { key: 'AMOUNT', columns: [{ column: 't.amount', property: 'amount', direction: 'DESC' }] },
};

export class StartupLoanService {
  constructor(private readonly ctx: RequestContext) {}

  filterSql(filter: StartupLoanFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.regionCode) {
      requireRegionCode(this.ctx.regions, `${argument}.regionCode`, filter.regionCode);
      sql.in('t.region_code', this.ctx.regions.subtreeCodes(filter.regionCode));
    }
    if (filter.borrowerKinds?.length) {
      // The kind is derived: a loan with a person borrower is a PERSON loan.
      const kinds = new Set(filter.borrowerKinds);
      if (!kinds.has('ORGANIZATION')) sql.add('t.borrower_person_id IS NOT NULL');
      if (!kinds.has('PERSON')) sql.add('t.borrower_person_id IS NULL');
    }
    if (filter.borrowerUscc != null) sql.add('t.borrower_uscc = ?', usccArgument(`${argument}.borrowerUscc`, filter.borrowerUscc));
    if (filter.grantedFrom && filter.grantedTo && filter.grantedTo < filter.grantedFrom) {
      throw badInput(`${argument}.grantedTo`, `must not be before grantedFrom (${filter.grantedFrom}), got ${filter.grantedTo}`);
    }
    if (filter.grantedFrom) sql.add('t.granted_on >= ?', filter.grantedFrom);
    if (filter.grantedTo) sql.add('t.granted_on <= ?', filter.grantedTo);
    if (filter.amountMin != null && filter.amountMax != null && Number(filter.amountMax) < Number(filter.amountMin)) {
      throw badInput(`${argument}.amountMax`, `must not be less than amountMin (${filter.amountMin}), got ${filter.amountMax}`);
    }
    if (filter.amountMin != null) sql.add('t.amount >= ?', filter.amountMin);
    if (filter.amountMax != null) sql.add('t.amount <= ?', filter.amountMax);
    return sql;
  }

  list(filter: StartupLoanFilter | null | undefined, orderBy: keyof typeof StartupLoanOrderEnum, paging: PagingArgs) {
    return pageOf(this.ctx.sources.hr, { hydrator: startupLoanHydrator(this.ctx), filter: this.filterSql(filter), ordering: STARTUP_LOAN_ORDERINGS[orderBy] }, paging);
  }
}
