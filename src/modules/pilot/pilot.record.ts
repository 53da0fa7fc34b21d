import { asc, Condition, defineRecord, FilterQuery, RecordOf } from '../../records';
import { requireUscc } from '../../shared/filters/arguments';
import { normalizeUscc } from '../../shared/identifiers';
import { FeaturedDesignationEntity, IndustryPilotEntity, IndustryPilotMemberEntity } from '../../sources/hr';
import type { HrTables } from '../../sources/hr/hr.tables';
import type { FeaturedDesignationFilter, IndustryPilotFilter } from './pilot.inputs';

/** Pilots the organisation with the USCC takes part in, in any role. */
function withMember(q: FilterQuery<IndustryPilotFilter, HrTables['industryPilot'], HrTables>): Condition | null {
  const uscc = q.input.memberUscc;
  if (uscc == null) return null;
  const members = q.where.db.selectFrom('industryPilotMember as member').select('member.pilotId').where('member.uscc', '=', requireUscc(q.path('memberUscc'), uscc));
  return q.where.inQuery('id', members);
}

export const INDUSTRY_PILOT = defineRecord({
  typename: 'IndustryPilot',
  source: 'hr',
  table: 'industryPilot',
  entity: IndustryPilotEntity,
  orderings: { ID: [], CODE: [asc('code')], YEAR: [asc('year')] },
  filter: (_f: IndustryPilotFilter, q) => [q.regionSubtree('regionCode', 'regionCode'), q.oneOf('years', 'year'), q.contains('clusterContains', 'cluster'), withMember(q)],
  links: {
    // Every pilot an organisation takes part in, by its USCC (Organization.industryPilots, TrainingProvider.pilots).
    memberUscc: { through: { table: 'industryPilotMember', column: 'uscc', joins: 'pilotId', on: 'id' }, normalise: normalizeUscc },
    // The pilots running a catalogue programme (TrainingCatalogEntry.pilots).
    entryId: { through: { table: 'industryPilotCatalogEntry', column: 'entryId', joins: 'pilotId', on: 'id' } },
  },
});

/** A pilot's participants; read whole per pilot (a few dozen at most), not a node of its own. */
export const INDUSTRY_PILOT_MEMBER = defineRecord({
  typename: 'IndustryPilotMember',
  source: 'hr',
  table: 'industryPilotMember',
  entity: IndustryPilotMemberEntity,
  node: false,
  orderings: { ID: [] },
  links: { pilotId: { column: 'pilotId' } },
});

export const FEATURED_DESIGNATION = defineRecord({
  typename: 'FeaturedDesignation',
  source: 'hr',
  table: 'featuredDesignation',
  entity: FeaturedDesignationEntity,
  orderings: { ID: [], YEAR: [asc('year')] },
  filter: (_f: FeaturedDesignationFilter, q) => [q.oneOf('kinds', 'kind'), q.regionSubtree('regionCode', 'regionCode'), q.oneOf('years', 'year')],
  links: { laborBrandId: { column: 'laborBrandId' }, catalogEntryId: { column: 'catalogEntryId' } },
});

export type IndustryPilotRecord = RecordOf<typeof INDUSTRY_PILOT>;
export type IndustryPilotMemberRecord = RecordOf<typeof INDUSTRY_PILOT_MEMBER>;
export type FeaturedDesignationRecord = RecordOf<typeof FEATURED_DESIGNATION>;
