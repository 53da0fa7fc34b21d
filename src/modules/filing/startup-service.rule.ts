import { STARTUP_SERVICE_KINDS, StartupServiceEntity, StartupServiceKind } from '../../sources/hr';
import { noSuchPerson, personsByCitizenId, PersonRef } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { insertRows } from './filing.sql';
import { ID_NUMBER, REGION_CODE } from './field-names';

export interface StartupServiceDraft {
  citizenId: string | null;
  clientUscc: string | null;
  kind: StartupServiceKind | null;
  centre: string | null;
  topic: string | null;
  servedOn: string | null;
  regionCode: string | null;
}

export type StartupServiceRow = { personId: number | null; clientUscc: string | null; kind: StartupServiceKind; centre: string; topic: string | null; servedOn: string; regionCode: string };

/**
 * 创业服务: start-up guidance or consultation given by a centre to a person
 * (a registered one, in the filer's region), to an enterprise (by USCC), or
 * to a person for an enterprise. A service is an event, not a record with a
 * natural key: an import cannot update one.
 */
export const startupServiceRule: FilingRule<StartupServiceDraft, Map<string, PersonRef>, StartupServiceRow> = {
  source: 'hr',
  fields: {
    kind: ['服务类别', '服务类型'],
    idNumber: ID_NUMBER,
    clientUscc: ['服务企业统一社会信用代码', '统一社会信用代码'],
    centre: ['服务机构', '服务机构名称'],
    topic: ['服务内容'],
    servedOn: ['服务日期'],
    regionCode: ['服务地区代码', ...REGION_CODE],
  },

  check(read) {
    const d: StartupServiceDraft = {
      kind: read.oneOf('kind', STARTUP_SERVICE_KINDS, { required: true }),
      citizenId: read.citizenId('idNumber'),
      clientUscc: read.uscc('clientUscc'),
      centre: read.text('centre', { required: true, max: 100 }),
      topic: read.text('topic', { max: 200 }),
      servedOn: read.date('servedOn', { required: true, notAfterToday: true }),
      regionCode: read.region('regionCode', { required: true }),
    };
    if (!read.present('idNumber') && !read.present('clientUscc')) {
      read.error('idNumber', 'REQUIRED', 'A start-up service is given to a person (idNumber), an enterprise (clientUscc) or both; give one');
    }
    return d;
  },

  lookup: (drafts, db, env) => personsByCitizenId(db, drafts.map((d) => d.citizenId), env),

  resolve(d, persons, read) {
    const person = d.citizenId ? persons.get(d.citizenId) : undefined;
    if (d.citizenId && !person) read.error('idNumber', 'NOT_FOUND', noSuchPerson(read.env, d.citizenId));
    if (read.problems.failed || !d.kind || !d.centre || !d.servedOn || !d.regionCode || (!person && !d.clientUscc)) return null;
    return { personId: person?.id ?? null, clientUscc: d.clientUscc, kind: d.kind, centre: d.centre, topic: d.topic, servedOn: d.servedOn, regionCode: d.regionCode };
  },

  write: (tx, rows, ids) => insertRows(tx, StartupServiceEntity, rows, ids),

  personKey: { field: 'idNumber' },
};
