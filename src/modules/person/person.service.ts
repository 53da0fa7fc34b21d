import { probedPage } from '../../auth/id-probes';
import { canUnmaskPii } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { ListArgs, recordsOf } from '../../records';
import { badInput } from '../../shared/errors';
import { Ordering } from '../../shared/relay/paging';
import { PersonFilter, PersonOrderEnum } from './person.inputs';
import { PERSON } from './person.record';

type PersonsArgs = ListArgs<PersonFilter, keyof typeof PersonOrderEnum>;

/**
 * The rules of person lists beyond their definition: ordering by birth date
 * needs pii:read, and a lookup by full ID number spends the caller's probe
 * budget when it finds nothing (see auth/id-probes.ts). The birth-date filter
 * rules for viewers without pii:read are part of the definition's filter.
 */
export class PersonService {
  constructor(private readonly ctx: RequestContext) {}

  /** The ordering asked for, if this viewer may have it. */
  ordering(orderBy: keyof typeof PersonOrderEnum | null | undefined): Ordering {
    if (orderBy === 'BIRTH_DATE' && !canUnmaskPii(this.ctx.viewer)) {
      // The order alone would give birth dates away: a person's rank among those born in a year is their birthday.
      throw badInput('orderBy', 'ordering by birth date needs pii:read, since the order would give birth dates away; order by NAME or ID');
    }
    return recordsOf(this.ctx, PERSON).ordering(orderBy);
  }

  list(args: PersonsArgs) {
    return this.probed(args.filter, () => recordsOf(this.ctx, PERSON).list(args, { ordering: this.ordering(args.orderBy) }));
  }

  /** The trainees of each provider USCC (distinct persons enrolled in its cohorts): one windowed statement for all providers asked. */
  traineesByProviderUscc(args: PersonsArgs) {
    return recordsOf(this.ctx, PERSON).pages<string>('providerUscc', args, { ordering: this.ordering(args.orderBy) });
  }

  /** A page looked up by full ID number spends the caller's probe budget when it comes back empty (see auth/id-probes.ts). */
  probed<P extends { edges: unknown[] }>(filter: PersonFilter | null | undefined, page: () => Promise<P>): Promise<P> {
    return probedPage(this.ctx, filter?.idNumber, page);
  }
}
