import { RequestContext } from '../../context';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pageOf, pagesByParent } from '../../shared/sql/page-query';
import { TalentTitleFilter, TalentTitleOrderEnum } from './talent-title.inputs';
import { dateRangeSql, regionSubtreeSql } from './talent.filters';
import { TalentTitleRecord, talentTitleHydrator } from './talent.record';

export const TALENT_TITLE_ORDERINGS: Record<keyof typeof TalentTitleOrderEnum, Ordering> = {
  ID: { key: 'ID', columns: [] },
  AWARDED_ON: { key: 'AWARDED_ON', columns: [{ column: 't.awarded_on', property: 'awardedOn', direction: 'ASC' }] },
  AWARDED_ON_DESC: { key: 'AWARDED_ON_DESC', columns: [{ column: 't.awarded_on', property: 'awardedOn', direction: 'DESC' }] },
};

/** In term on a day: awarded by then, and the management period (last day included) not over; a title without a term lasts. */
export function titleInTerm(title: Pick<TalentTitleRecord, 'awardedOn' | 'termEndsOn'>, day: string): boolean {
  return title.awardedOn <= day && (title.termEndsOn === null || day <= title.termEndsOn);
}

export class TalentTitleService {
  constructor(private readonly ctx: RequestContext) {}

  filterSql(filter: TalentTitleFilter | null | undefined, argument = 'filter'): SqlFilter {
    const sql = new SqlFilter();
    if (!filter) return sql;
    if (filter.kinds?.length) sql.in('t.kind', filter.kinds);
    if (filter.years?.length) sql.in('t.year', filter.years);
    regionSubtreeSql(this.ctx, sql, `${argument}.regionCode`, 't.region_code', filter.regionCode);
    dateRangeSql(sql, argument, 't.awarded_on', ['awardedFrom', 'awardedTo'], filter.awardedFrom, filter.awardedTo);
    if (filter.inTermOn) sql.add('t.awarded_on <= ? AND (t.term_ends_on IS NULL OR t.term_ends_on >= ?)', filter.inTermOn, filter.inTermOn);
    return sql;
  }

  list(filter: TalentTitleFilter | null | undefined, orderBy: keyof typeof TalentTitleOrderEnum, paging: PagingArgs) {
    const query = { hydrator: talentTitleHydrator(this.ctx), filter: this.filterSql(filter), ordering: TALENT_TITLE_ORDERINGS[orderBy] };
    return pageOf(this.ctx.sources.hr, query, paging);
  }

  /** One page per person, all in one statement. */
  pagesByPerson(personIds: readonly number[], filter: SqlFilter, orderBy: keyof typeof TalentTitleOrderEnum, paging: PagingArgs) {
    const query = { hydrator: talentTitleHydrator(this.ctx), filter, ordering: TALENT_TITLE_ORDERINGS[orderBy], parentColumn: 't.person_id' };
    return pagesByParent(this.ctx.sources.hr, query, personIds, paging);
  }
}
