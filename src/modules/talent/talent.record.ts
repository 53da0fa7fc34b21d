import { allOf, anyOf, asc, Condition, defineRecord, desc, FilterQuery, RecordOf } from '../../records';
import { badInput } from '../../shared/errors';
import { parseIchItemKey } from '../../shared/identifiers';
import { ContestEntity, ContestEntryEntity, SkillCertificateEntity, TalentTitleEntity } from '../../sources/hr';
import { HrTables } from '../../sources/hr/hr.tables';
import { normalizeCertificateNumber } from './certificate-number';
import type { ContestFilter } from './contest.inputs';
import type { SkillCertificateFilter } from './skill-certificate.inputs';
import type { TalentTitleFilter } from './talent-title.inputs';

function certificateNumberCondition(input: string, q: FilterQuery<SkillCertificateFilter, HrTables['skillCertificate'], HrTables>): Condition {
  const parsed = normalizeCertificateNumber(input);
  if (!parsed.ok) throw badInput(q.path('certificateNumber'), parsed.message);
  return q.where.equals('certificateNumber', parsed.value);
}

export const SKILL_CERTIFICATE = defineRecord({
  typename: 'SkillCertificate',
  source: 'hr',
  table: 'skillCertificate',
  entity: SkillCertificateEntity,
  personLink: 'personId',
  orderings: { ID: [], ISSUED_ON: [asc('issuedOn')], ISSUED_ON_DESC: [desc('issuedOn')], CERTIFICATE_NUMBER: [asc('certificateNumber')] },
  filter: (f: SkillCertificateFilter, q) => [
    q.oneOf('levels', 'level'),
    q.oneOf('kinds', 'kind'),
    q.oneOf('evaluatorTypes', 'evaluatorType'),
    q.regionSubtree('regionCode', 'regionCode'),
    q.range('issuedFrom', 'issuedTo', 'issuedOn'),
    f.certificateNumber != null && certificateNumberCondition(f.certificateNumber, q),
  ],
  links: { person: { column: 'personId' } },
});

/** Titles awarded by the day and still in their management period on it (a title without a term lasts). */
function inTermOn(day: string | null | undefined, q: FilterQuery<TalentTitleFilter, HrTables['talentTitle'], HrTables>): Condition | null {
  if (!day) return null;
  return allOf([q.where.compare('awardedOn', '<=', day), anyOf([q.where.isNull('termEndsOn'), q.where.compare('termEndsOn', '>=', day)])]);
}

export const TALENT_TITLE = defineRecord({
  typename: 'TalentTitle',
  source: 'hr',
  table: 'talentTitle',
  entity: TalentTitleEntity,
  personLink: 'personId',
  orderings: { ID: [], AWARDED_ON: [asc('awardedOn')], AWARDED_ON_DESC: [desc('awardedOn')] },
  filter: (f: TalentTitleFilter, q) => [
    q.oneOf('kinds', 'kind'),
    q.oneOf('years', 'year'),
    q.regionSubtree('regionCode', 'regionCode'),
    q.range('awardedFrom', 'awardedTo', 'awardedOn'),
    inTermOn(f.inTermOn, q),
  ],
  links: { person: { column: 'personId' } },
});

/** An ICH item key in any accepted spelling, canonical; a key that does not parse is matched as given. */
function itemKeyAsStored(key: string): string {
  const parsed = parseIchItemKey(key);
  return parsed.ok ? parsed.value : key;
}

/** Contests in the items the filter's `itemKeys` name (any spelling; a malformed key is refused). */
function namedItems(q: FilterQuery<ContestFilter, HrTables['contest'], HrTables>): Condition | null {
  const keys = q.itemKeys('itemKeys');
  return keys && q.where.in('itemKey', keys);
}

export const CONTEST = defineRecord({
  typename: 'Contest',
  source: 'hr',
  table: 'contest',
  entity: ContestEntity,
  orderings: { ID: [], HELD_ON: [asc('heldOn')], HELD_ON_DESC: [desc('heldOn')], NAME: [asc('name')] },
  filter: (_f: ContestFilter, q) => [
    q.oneOf('classes', 'contestClass'),
    q.oneOf('years', 'year'),
    q.regionSubtree('regionCode', 'regionCode'),
    namedItems(q),
    q.contains('nameContains', 'name'),
    q.range('heldFrom', 'heldTo', 'heldOn'),
  ],
  // HeritageItem.contests: HR records cite items by key.
  links: { itemKey: { column: 'itemKey', normalise: itemKeyAsStored } },
});

export const CONTEST_ENTRY = defineRecord({
  typename: 'ContestEntry',
  plural: 'contestEntries',
  source: 'hr',
  table: 'contestEntry',
  entity: ContestEntryEntity,
  personLink: 'personId',
  // Entries come in the order they were recorded; placing is nullable, so it cannot carry a keyset.
  orderings: { ID: [] },
  links: { person: { column: 'personId' }, contest: { column: 'contestId' } },
});

export type SkillCertificateRecord = RecordOf<typeof SKILL_CERTIFICATE>;
export type TalentTitleRecord = RecordOf<typeof TALENT_TITLE>;
export type ContestRecord = RecordOf<typeof CONTEST>;
export type ContestEntryRecord = RecordOf<typeof CONTEST_ENTRY>;
