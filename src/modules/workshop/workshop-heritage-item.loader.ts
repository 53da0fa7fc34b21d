import { RequestContext } from '../../context';
import { ConnectionValue } from '../../shared/relay/connection';
import { Ordering, PagingArgs } from '../../shared/relay/paging';
import { SqlFilter } from '../../shared/sql/filter';
import { pagesByParent } from '../../shared/sql/page-query';
import { heritageItemHydrator } from '../heritage/heritage-item.loader';
import { HeritageItemRecord } from '../heritage/heritage-item.service';

/** The items each workshop rests on (by workshop row id), through workshop_heritage_item: one statement for all workshops. */
export function heritageItemPagesByWorkshopId(ctx: RequestContext, key: object, filter: SqlFilter, ordering: Ordering, paging: PagingArgs) {
  return ctx.loaders.get<number, ConnectionValue<HeritageItemRecord>>('heritageItemPagesByWorkshopId', key, (workshopIds) =>
    pagesByParent(
      ctx.sources.culture,
      { hydrator: heritageItemHydrator(ctx), from: 'heritage_item t JOIN workshop_heritage_item j ON j.item_id = t.id', parentColumn: 'j.workshop_id', filter, ordering },
      workshopIds,
      paging,
    ),
  );
}
