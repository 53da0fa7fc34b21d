import { RequestContext } from '../../context';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pagesByParent } from '../../shared/sql/page-query';
import { contestEntryHydrator } from './talent.record';

// Entries come in the order they were recorded; placing is nullable, so it cannot carry a keyset.
const BY_ID: Ordering = { key: 'ID', columns: [] };

export class ContestEntryService {
  constructor(private readonly ctx: RequestContext) {}

  /** One page of entries per parent (`t.person_id` or `t.contest_id`), all in one statement. */
  pagesBy(parentColumn: 't.person_id' | 't.contest_id', parentIds: readonly number[], paging: PagingArgs) {
    const query = { hydrator: contestEntryHydrator(this.ctx), filter: new SqlFilter(), ordering: BY_ID, parentColumn };
    return pagesByParent(this.ctx.sources.hr, query, parentIds, paging);
  }
}
