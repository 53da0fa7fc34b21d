import { BOOT_CAMP_ENTERPRISE_KINDS, BOOT_CAMP_PARTICIPANT_STATUSES, BootCampEnterpriseKind, BootCampParticipantEntity, BootCampParticipantStatus } from '../../sources/hr';
import { DIRECTORY_ORGANIZATION_BY_USCC } from '../organization/organization.lookups';
import { noSuchPerson, personsByCitizenId, PersonRef, present } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { insertRows } from './filing.sql';
import { ID_NUMBER, STATUS } from './field-names';

export interface BootCampParticipantDraft {
  campCode: string | null;
  citizenId: string | null;
  enterpriseUscc: string | null;
  enterpriseKind: BootCampEnterpriseKind | null;
  status: BootCampParticipantStatus | null;
}

interface ParticipantLookup {
  camps: Map<string, { id: number; regionCode: string; intake: number; taken: number }>;
  persons: Map<string, PersonRef>;
  /** USCCs in the culture bureau's Shandong Handmade directory. */
  directory: Set<string>;
  /** camp id | USCC of places on file (and accepted so far). */
  places: Set<string>;
}

export type BootCampParticipantRow = { campId: number; personId: number; enterpriseUscc: string; enterpriseKind: BootCampEnterpriseKind; status: BootCampParticipantStatus };

/**
 * A boot camp's participant: an enterprise of the Shandong Handmade
 * directory (culture) selected with its operator, a registered person. The
 * camp must be in the filer's region, the person too; an enterprise takes
 * one place per camp, and a camp no more places than its intake.
 */
export const bootCampParticipantRule: FilingRule<BootCampParticipantDraft, ParticipantLookup, BootCampParticipantRow> = {
  source: 'hr',
  fields: {
    campCode: ['训练营编号'],
    idNumber: ID_NUMBER,
    enterpriseUscc: ['企业统一社会信用代码', '统一社会信用代码'],
    enterpriseKind: ['企业类型'],
    status: ['参营状态', ...STATUS],
  },

  check: (read) => ({
    campCode: read.text('campCode', { required: true, max: 32 })?.toUpperCase() ?? null,
    citizenId: read.citizenId('idNumber', { required: true }),
    enterpriseUscc: read.uscc('enterpriseUscc', { required: true }),
    enterpriseKind: read.oneOf('enterpriseKind', BOOT_CAMP_ENTERPRISE_KINDS, { required: true }),
    status: read.oneOf('status', BOOT_CAMP_PARTICIPANT_STATUSES, { fallback: 'SELECTED' }),
  }),

  async lookup(drafts, db, env) {
    const campRows = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT id, code, region_code, intake FROM boot_camp', 'code', present(drafts.map((d) => d.campCode)));
    const ids = campRows.map((r) => Number(r.id));
    const placeRows = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT camp_id, enterprise_uscc FROM boot_camp_participant', 'camp_id', ids);
    const taken = new Map<number, number>();
    for (const r of placeRows) taken.set(Number(r.camp_id), (taken.get(Number(r.camp_id)) ?? 0) + 1);
    const camps = new Map(campRows.map((r) => [String(r.code), { id: Number(r.id), regionCode: String(r.region_code), intake: Number(r.intake), taken: taken.get(Number(r.id)) ?? 0 }]));
    const persons = await personsByCitizenId(db, drafts.map((d) => d.citizenId), env);
    const directory = new Set((await DIRECTORY_ORGANIZATION_BY_USCC.find(db.on('culture'), present(drafts.map((d) => d.enterpriseUscc)))).keys());
    return { camps, persons, directory, places: new Set(placeRows.map((r) => `${r.camp_id}|${r.enterprise_uscc}`)) };
  },

  resolve(d, found, read) {
    const camp = d.campCode ? found.camps.get(d.campCode) : undefined;
    if (d.campCode && !camp) read.error('campCode', 'NOT_FOUND', `No boot camp has code ${d.campCode}`);
    const campInScope = camp ? read.scope('campCode', camp.regionCode, `Boot camp ${d.campCode} is held in`) : false;
    const person = d.citizenId ? found.persons.get(d.citizenId) : undefined;
    if (d.citizenId && !person) read.error('idNumber', 'NOT_FOUND', noSuchPerson(read.env, d.citizenId));
    if (d.enterpriseUscc && !found.directory.has(d.enterpriseUscc)) {
      read.error('enterpriseUscc', 'NOT_FOUND', `${d.enterpriseUscc} is not in the Shandong Handmade directory of the culture bureau; participants are selected among its enterprises`);
    }
    if (camp && campInScope && d.enterpriseUscc && found.places.has(`${camp.id}|${d.enterpriseUscc}`)) read.error('enterpriseUscc', 'DUPLICATE', `${d.enterpriseUscc} already has a place in boot camp ${d.campCode}`);
    else if (camp && campInScope && camp.taken >= camp.intake) read.error('campCode', 'OUT_OF_RANGE', `Boot camp ${d.campCode} is full: ${camp.intake} places, all taken`);
    if (read.problems.failed || !camp || !person || !d.enterpriseUscc || !d.enterpriseKind || !d.status) return null;
    found.places.add(`${camp.id}|${d.enterpriseUscc}`);
    camp.taken++;
    return { campId: camp.id, personId: person.id, enterpriseUscc: d.enterpriseUscc, enterpriseKind: d.enterpriseKind, status: d.status };
  },

  write: (tx, rows, ids) => insertRows(tx, BootCampParticipantEntity, rows, ids),

  personKey: { field: 'idNumber' },
};
