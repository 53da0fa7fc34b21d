import { registerNodeType } from '../../records/node-registry';
import { ContestEntryResolver } from './contest-entry.resolver';
import { ContestResolver } from './contest.resolver';
import { PersonTalentResolver } from './person-talent.resolver';
import { SkillCertificateResolver } from './skill-certificate.resolver';
import { TalentTitleResolver } from './talent-title.resolver';
import { contestEntriesById, contestsById, skillCertificatesById, talentTitlesById } from './talent.loader';

registerNodeType('SkillCertificate', (ctx, ids) => skillCertificatesById(ctx).loadMany(ids) as Promise<Array<object | null>>);
registerNodeType('TalentTitle', (ctx, ids) => talentTitlesById(ctx).loadMany(ids) as Promise<Array<object | null>>);
registerNodeType('Contest', (ctx, ids) => contestsById(ctx).loadMany(ids) as Promise<Array<object | null>>);
registerNodeType('ContestEntry', (ctx, ids) => contestEntriesById(ctx).loadMany(ids) as Promise<Array<object | null>>);

export {
  contestEntriesById,
  contestEntryPagesByContest,
  contestEntryPagesByPerson,
  contestPagesByItemKey,
  contestsById,
  skillCertificatePagesByPerson,
  skillCertificatesById,
  talentTitlePagesByPerson,
  talentTitlesById,
} from './talent.loader';
export { Contest } from './contest.type';
export type { ContestRecord } from './talent.record';

export const talentResolvers = [SkillCertificateResolver, TalentTitleResolver, ContestResolver, ContestEntryResolver, PersonTalentResolver];
