import { RequestContext } from '../../context';
import { parseIchItemKey } from '../../shared/identifiers';
import { rowsById } from '../../shared/loaders/rows-by-id';
import { ConnectionValue } from '../../shared/relay/connection';
import { ConnectionArgs } from '../../shared/relay/connection.args';
import { ContestsArgs } from './contest.inputs';
import { ContestService } from './contest.service';
import { ContestEntryService } from './contest-entry.service';
import { SkillCertificatesArgs } from './skill-certificate.inputs';
import { SkillCertificateService } from './skill-certificate.service';
import { TalentTitlesArgs } from './talent-title.inputs';
import { TalentTitleService } from './talent-title.service';
import {
  ContestEntryRecord,
  contestEntryHydrator,
  ContestRecord,
  contestHydrator,
  SkillCertificateRecord,
  skillCertificateHydrator,
  TalentTitleRecord,
  talentTitleHydrator,
} from './talent.record';

export function skillCertificatesById(ctx: RequestContext) {
  return rowsById(ctx, 'hr', () => skillCertificateHydrator(ctx), 'skillCertificatesById');
}

export function talentTitlesById(ctx: RequestContext) {
  return rowsById(ctx, 'hr', () => talentTitleHydrator(ctx), 'talentTitlesById');
}

export function contestsById(ctx: RequestContext) {
  return rowsById(ctx, 'hr', () => contestHydrator(ctx), 'contestsById');
}

export function contestEntriesById(ctx: RequestContext) {
  return rowsById(ctx, 'hr', () => contestEntryHydrator(ctx), 'contestEntriesById');
}

// The page loaders below validate the filter when created (so a bad argument
// fails the field at once) and are keyed by their arguments, so the same
// nested list under many parents shares one loader and one statement.

/** A page of certificates per person row id. */
export function skillCertificatePagesByPerson(ctx: RequestContext, { filter, orderBy, ...paging }: SkillCertificatesArgs) {
  const service = new SkillCertificateService(ctx);
  const where = service.filterSql(filter);
  return ctx.loaders.get<number, ConnectionValue<SkillCertificateRecord>>('skillCertificatePagesByPerson', { filter, orderBy, paging }, (personIds) =>
    service.pagesByPerson(personIds, where, orderBy, paging),
  );
}

/** A page of talent titles per person row id. */
export function talentTitlePagesByPerson(ctx: RequestContext, { filter, orderBy, ...paging }: TalentTitlesArgs) {
  const service = new TalentTitleService(ctx);
  const where = service.filterSql(filter);
  return ctx.loaders.get<number, ConnectionValue<TalentTitleRecord>>('talentTitlePagesByPerson', { filter, orderBy, paging }, (personIds) =>
    service.pagesByPerson(personIds, where, orderBy, paging),
  );
}

/**
 * A page of contests per ICH item key (`LEVEL:number:area`; any accepted
 * spelling, matched in normalised form; a key that does not parse is matched
 * as given). For cross-agency fields such as HeritageItem.contests.
 */
export function contestPagesByItemKey(ctx: RequestContext, { filter, orderBy, ...paging }: ContestsArgs) {
  const service = new ContestService(ctx);
  const where = service.filterSql(filter);
  return ctx.loaders.get<string, ConnectionValue<ContestRecord>>('contestPagesByItemKey', { filter, orderBy, paging }, (itemKeys) => {
    const normalised = itemKeys.map((key) => {
      const parsed = parseIchItemKey(key);
      return parsed.ok ? parsed.value : key;
    });
    return service.pagesByItemKey(normalised, where, orderBy, paging);
  });
}

/** A page of contest entries per person row id. */
export function contestEntryPagesByPerson(ctx: RequestContext, paging: ConnectionArgs) {
  return ctx.loaders.get<number, ConnectionValue<ContestEntryRecord>>('contestEntryPagesByPerson', { ...paging }, (personIds) =>
    new ContestEntryService(ctx).pagesBy('t.person_id', personIds, paging),
  );
}

/** A page of entries per contest row id. */
export function contestEntryPagesByContest(ctx: RequestContext, paging: ConnectionArgs) {
  return ctx.loaders.get<number, ConnectionValue<ContestEntryRecord>>('contestEntryPagesByContest', { ...paging }, (contestIds) =>
    new ContestEntryService(ctx).pagesBy('t.contest_id', contestIds, paging),
  );
}
