import { EMPLOYMENT_SERVICE_KINDS, EMPLOYMENT_SERVICE_OUTCOMES, EmploymentServiceEntity, EmploymentServiceKind, EmploymentServiceOutcome } from '../../sources/hr';
import { noSuchPerson, personsByCitizenId, PersonRef, present } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { dayOf, insertRows } from './filing.sql';
import { ID_NUMBER, REGION_CODE } from './field-names';

export interface EmploymentServiceDraft {
  citizenId: string | null;
  kind: EmploymentServiceKind | null;
  centerName: string | null;
  regionCode: string | null;
  servedOn: string | null;
  vacancyId: number | null;
  eventId: number | null;
  outcome: EmploymentServiceOutcome | null;
  hiredOn: string | null;
}

interface ServiceLookup {
  persons: Map<string, PersonRef>;
  vacancies: Map<number, { postedOn: string }>;
  events: Map<number, { heldOn: string; endsOn: string | null }>;
}

export type EmploymentServiceRow = {
  personId: number;
  kind: EmploymentServiceKind;
  centerName: string;
  regionCode: string;
  servedOn: string;
  vacancyId: number | null;
  eventId: number | null;
  outcome: EmploymentServiceOutcome;
  hiredOn: string | null;
};

/**
 * 职业介绍、职业指导、政策咨询: a service a public employment service centre
 * gave a person. An introduction names the vacancy it referred the person
 * to and ends REFERRED (pending), HIRED (with the day) or NOT_HIRED; guidance
 * and consultation refer to no vacancy (outcome NONE).
 */
export const employmentServiceRule: FilingRule<EmploymentServiceDraft, ServiceLookup, EmploymentServiceRow> = {
  source: 'hr',
  fields: {
    idNumber: ID_NUMBER,
    kind: ['服务类型'],
    centerName: ['服务机构', '公共就业服务机构'],
    regionCode: ['服务地区代码', ...REGION_CODE],
    servedOn: ['服务日期'],
    vacancyId: ['推荐岗位'],
    eventId: ['专项活动'],
    outcome: ['服务结果', '推荐结果'],
    hiredOn: ['录用日期'],
  },

  check(read) {
    const d: EmploymentServiceDraft = {
      citizenId: read.citizenId('idNumber', { required: true }),
      kind: read.oneOf('kind', EMPLOYMENT_SERVICE_KINDS, { required: true }),
      centerName: read.text('centerName', { required: true, max: 100 }),
      regionCode: read.region('regionCode', { required: true }),
      servedOn: read.date('servedOn', { required: true, notAfterToday: true }),
      vacancyId: read.globalId('vacancyId', 'Vacancy'),
      eventId: read.globalId('eventId', 'EmploymentEvent'),
      outcome: null,
      hiredOn: read.date('hiredOn', { notAfterToday: true }),
    };
    const introduction = d.kind === 'INTRODUCTION';
    d.outcome = read.oneOf('outcome', EMPLOYMENT_SERVICE_OUTCOMES, { fallback: introduction ? 'REFERRED' : 'NONE' });
    if (introduction && !read.present('vacancyId')) read.error('vacancyId', 'REQUIRED', 'An introduction names the vacancy it referred the person to');
    if (d.kind && !introduction && read.present('vacancyId')) read.error('vacancyId', 'INCONSISTENT', `A ${d.kind} refers to no vacancy; file an INTRODUCTION`);
    if (d.kind && d.outcome && introduction === (d.outcome === 'NONE')) {
      read.error('outcome', 'INCONSISTENT', introduction ? 'An introduction ends REFERRED, HIRED or NOT_HIRED' : `A ${d.kind} has the outcome NONE`);
    }
    if (d.outcome === 'HIRED' && !read.present('hiredOn')) read.error('hiredOn', 'REQUIRED', 'hiredOn is required for the outcome HIRED');
    if (d.outcome && d.outcome !== 'HIRED' && d.hiredOn) read.error('hiredOn', 'INCONSISTENT', `A hiring day goes with the outcome HIRED, not ${d.outcome}`);
    if (d.servedOn && d.hiredOn && d.hiredOn < d.servedOn) read.error('hiredOn', 'DATE_ORDER', `hiredOn ${d.hiredOn} is before servedOn ${d.servedOn}`);
    return d;
  },

  async lookup(drafts, db, env) {
    const persons = await personsByCitizenId(db, drafts.map((d) => d.citizenId), env);
    const vacancyRows = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT id, posted_on FROM vacancy', 'id', present(drafts.map((d) => d.vacancyId)));
    const eventRows = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT id, held_on, ends_on FROM employment_event', 'id', present(drafts.map((d) => d.eventId)));
    return {
      persons,
      vacancies: new Map(vacancyRows.map((r) => [Number(r.id), { postedOn: dayOf(r.posted_on)! }])),
      events: new Map(eventRows.map((r) => [Number(r.id), { heldOn: dayOf(r.held_on)!, endsOn: dayOf(r.ends_on) }])),
    };
  },

  resolve(d, found, read) {
    const person = d.citizenId ? found.persons.get(d.citizenId) : undefined;
    if (d.citizenId && !person) read.error('idNumber', 'NOT_FOUND', noSuchPerson(read.env, d.citizenId));
    if (d.vacancyId !== null) {
      const vacancy = found.vacancies.get(d.vacancyId);
      if (!vacancy) read.error('vacancyId', 'NOT_FOUND', 'No vacancy has this id');
      else if (d.servedOn && d.servedOn < vacancy.postedOn) read.error('servedOn', 'DATE_ORDER', `servedOn ${d.servedOn} is before the vacancy was posted on ${vacancy.postedOn}`);
    }
    if (d.eventId !== null) {
      const event = found.events.get(d.eventId);
      if (!event) read.error('eventId', 'NOT_FOUND', 'No employment service event has this id');
      else if (d.servedOn && (d.servedOn < event.heldOn || d.servedOn > (event.endsOn ?? event.heldOn))) {
        read.error('servedOn', 'OUT_OF_RANGE', `servedOn ${d.servedOn} is outside the event's days (${event.heldOn}${event.endsOn ? ` to ${event.endsOn}` : ''})`);
      }
    }
    if (read.problems.failed || !person || !d.kind || !d.centerName || !d.regionCode || !d.servedOn || !d.outcome) return null;
    return { personId: person.id, kind: d.kind, centerName: d.centerName, regionCode: d.regionCode, servedOn: d.servedOn, vacancyId: d.vacancyId, eventId: d.eventId, outcome: d.outcome, hiredOn: d.hiredOn };
  },

  write: (tx, rows, ids) => insertRows(tx, EmploymentServiceEntity, rows, ids),

  personKey: { field: 'idNumber' },
};
