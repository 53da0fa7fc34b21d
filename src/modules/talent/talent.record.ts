import { scopedToPersons } from '../../auth/person-scope';
import { RequestContext } from '../../context';
import { hydrator, NodeRecord } from '../../shared/sql/record';
import { ContestEntity, ContestEntryEntity, SkillCertificateEntity, TalentTitleEntity } from '../../sources/hr';

export type SkillCertificateRecord = NodeRecord<SkillCertificateEntity>;
export type TalentTitleRecord = NodeRecord<TalentTitleEntity>;
export type ContestRecord = NodeRecord<ContestEntity>;
export type ContestEntryRecord = NodeRecord<ContestEntryEntity>;

export function skillCertificateHydrator(ctx: RequestContext) {
  return scopedToPersons(ctx, hydrator(ctx.sources.hr, SkillCertificateEntity, 'SkillCertificate'), 'personId');
}

export function talentTitleHydrator(ctx: RequestContext) {
  return scopedToPersons(ctx, hydrator(ctx.sources.hr, TalentTitleEntity, 'TalentTitle'), 'personId');
}

export function contestHydrator(ctx: RequestContext) {
  return hydrator(ctx.sources.hr, ContestEntity, 'Contest');
}

export function contestEntryHydrator(ctx: RequestContext) {
  return scopedToPersons(ctx, hydrator(ctx.sources.hr, ContestEntryEntity, 'ContestEntry'), 'personId');
}
