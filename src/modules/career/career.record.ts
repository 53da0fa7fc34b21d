import { asc, defineRecord, desc, RecordOf } from '../../records';
import { ProfessionalTitleEntity, TalentProgrammeAwardEntity } from '../../sources/hr';
import type { ProfessionalTitleFilter, TalentProgrammeAwardFilter } from './career.inputs';

export const PROFESSIONAL_TITLE = defineRecord({
  typename: 'ProfessionalTitle',
  source: 'hr',
  table: 'professionalTitle',
  entity: ProfessionalTitleEntity,
  personLink: 'personId',
  orderings: { ID: [], OBTAINED_ON: [asc('obtainedOn')], OBTAINED_ON_DESC: [desc('obtainedOn')] },
  filter: (_f: ProfessionalTitleFilter, q) => [
    q.oneOf('series', 'series'),
    q.oneOf('levels', 'level'),
    q.oneOf('routes', 'route'),
    q.oneOf('years', 'year'),
    q.regionSubtree('regionCode', 'regionCode'),
    q.range('obtainedFrom', 'obtainedTo', 'obtainedOn'),
  ],
  links: { person: { column: 'personId' } },
});

export const TALENT_PROGRAMME_AWARD = defineRecord({
  typename: 'TalentProgrammeAward',
  source: 'hr',
  table: 'talentProgrammeAward',
  entity: TalentProgrammeAwardEntity,
  personLink: 'personId',
  orderings: { ID: [], AWARDED_ON: [asc('awardedOn')], AWARDED_ON_DESC: [desc('awardedOn')] },
  filter: (_f: TalentProgrammeAwardFilter, q) => [
    q.oneOf('programmeLevels', 'programmeLevel'),
    q.contains('programmeContains', 'programme'),
    q.oneOf('years', 'year'),
    q.regionSubtree('regionCode', 'regionCode'),
    q.range('awardedFrom', 'awardedTo', 'awardedOn'),
  ],
  links: { person: { column: 'personId' } },
});

export type ProfessionalTitleRecord = RecordOf<typeof PROFESSIONAL_TITLE>;
export type TalentProgrammeAwardRecord = RecordOf<typeof TALENT_PROGRAMME_AWARD>;
