import { sql } from 'kysely';
import { asc, Condition, defineRecord, desc, FilterQuery, RecordOf } from '../../records';
import { requireUscc } from '../../shared/filters/arguments';
import { normalizeUscc } from '../../shared/identifiers';
import { requireRegionCode } from '../../shared/regions';
import { EmploymentEventEntity, EmploymentServiceEntity, JobSeekerEntity } from '../../sources/hr';
import type { HrTables } from '../../sources/hr/hr.tables';
import type { EmploymentEventFilter } from './employment-event.inputs';
import type { EmploymentServiceFilter } from './employment-service.inputs';
import type { JobSeekerFilter } from './job-seeker.inputs';

type SeekerQuery = FilterQuery<JobSeekerFilter, HrTables['jobSeeker'], HrTables>;
type EventQuery = FilterQuery<EmploymentEventFilter, HrTables['employmentEvent'], HrTables>;

/** Job seekers offering a craft in the items the keys name, or in the categories listed. */
function offering(f: JobSeekerFilter, q: SeekerQuery): Condition | null {
  const keys = q.itemKeys('itemKeys');
  const categories = f.ichCategories?.length ? f.ichCategories : null;
  if (!keys && !categories) return null;
  let skills = q.where.db.selectFrom('jobSeekerSkill as skill').select(sql.lit(1).as('one')).where('skill.jobSeekerId', '=', q.where.col('id'));
  if (keys) skills = keys.length ? skills.where('skill.itemKey', 'in', keys) : skills.where(sql.lit(false));
  if (categories) skills = skills.where('skill.ichCategory', 'in', categories);
  return q.where.exists(skills);
}

/** Job seekers wishing to work in the region or anywhere under it. */
function wishing(q: SeekerQuery): Condition | null {
  const code = q.input.wishedRegionCode;
  if (!code) return null;
  requireRegionCode(q.env.regions, q.path('wishedRegionCode'), code);
  const wished = q.where.db
    .selectFrom('jobSeekerWishedRegion as wished')
    .select(sql.lit(1).as('one'))
    .where('wished.jobSeekerId', '=', q.where.col('id'))
    .where('wished.regionCode', 'in', q.env.regions.subtreeCodes(code));
  return q.where.exists(wished);
}

/** Able to start by the day. */
function availableBy(q: SeekerQuery): Condition | null {
  const day = q.input.availableBy;
  return day ? q.where.compare('availableFrom', '<=', day) : null;
}

export const JOB_SEEKER = defineRecord({
  typename: 'JobSeeker',
  source: 'hr',
  table: 'jobSeeker',
  entity: JobSeekerEntity,
  personLink: 'personId',
  orderings: { ID: [], REGISTERED_ON: [asc('registeredOn')], REGISTERED_ON_DESC: [desc('registeredOn')] },
  filter: (f: JobSeekerFilter, q) => [
    q.regionSubtree('regionCode', 'regionCode'),
    q.oneOf('statuses', 'status'),
    q.range('registeredFrom', 'registeredTo', 'registeredOn'),
    offering(f, q),
    wishing(q),
    availableBy(q),
  ],
  links: { person: { column: 'personId' } },
});

/** Services given at an event, or (false) outside any event. */
function atEvent(q: FilterQuery<EmploymentServiceFilter, HrTables['employmentService'], HrTables>): Condition | null {
  const at = q.input.atEvent;
  return at === null || at === undefined ? null : q.where.isNull('eventId', !at);
}

export const EMPLOYMENT_SERVICE = defineRecord({
  typename: 'EmploymentService',
  source: 'hr',
  table: 'employmentService',
  entity: EmploymentServiceEntity,
  personLink: 'personId',
  orderings: { ID: [], SERVED_ON: [asc('servedOn')], SERVED_ON_DESC: [desc('servedOn')] },
  filter: (_f: EmploymentServiceFilter, q) => [
    q.regionSubtree('regionCode', 'regionCode'),
    q.oneOf('kinds', 'kind'),
    q.oneOf('outcomes', 'outcome'),
    q.range('servedFrom', 'servedTo', 'servedOn'),
    atEvent(q),
  ],
  links: { person: { column: 'personId' }, vacancyId: { column: 'vacancyId' }, eventId: { column: 'eventId' } },
});

/** Events where the organisation exhibited. */
function exhibiting(q: EventQuery): Condition | null {
  const uscc = q.input.exhibitorUscc;
  if (uscc === null || uscc === undefined) return null;
  const normalised = requireUscc(q.path('exhibitorUscc'), uscc);
  const exhibitors = q.where.db.selectFrom('employmentEventExhibitor as exhibitor').select('exhibitor.eventId').where('exhibitor.uscc', '=', normalised);
  return q.where.inQuery('id', exhibitors);
}

export const EMPLOYMENT_EVENT = defineRecord({
  typename: 'EmploymentEvent',
  source: 'hr',
  table: 'employmentEvent',
  entity: EmploymentEventEntity,
  orderings: { ID: [], HELD_ON: [asc('heldOn')], HELD_ON_DESC: [desc('heldOn')], NAME: [asc('name')] },
  filter: (_f: EmploymentEventFilter, q) => [
    q.regionSubtree('regionCode', 'regionCode'),
    q.oneOf('kinds', 'kind'),
    q.range('heldFrom', 'heldTo', 'heldOn'),
    q.flag('handmadeArea', 'handmadeArea'),
    q.contains('nameContains', 'name'),
    exhibiting(q),
  ],
  links: {
    exhibitorUscc: { through: { table: 'employmentEventExhibitor', column: 'uscc', joins: 'eventId', on: 'id' }, normalise: normalizeUscc },
    vacancyId: { through: { table: 'employmentEventVacancy', column: 'vacancyId', joins: 'eventId', on: 'id' } },
  },
});

export type JobSeekerRecord = RecordOf<typeof JOB_SEEKER>;
export type EmploymentServiceRecord = RecordOf<typeof EMPLOYMENT_SERVICE>;
export type EmploymentEventRecord = RecordOf<typeof EMPLOYMENT_EVENT>;
