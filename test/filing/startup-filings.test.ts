import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runImport } from '../../src/import/import.runner';
import { describeEachBackend } from '../support/backends';
import { builder, citizenIdOf } from '../support/builders';
import { FilingHarness, HR, snapshot, startFiling, viewer } from './filing-harness';

/* Filings of start-up services and boot camps (issue 13 item 2): today's validation, all-or-nothing, scope for region-limited filers; checked with SQL. */

const RECORD_CAMP = `mutation ($input: RecordBootCampInput!) { recordBootCamp(input: $input) { errors { field code message } warnings { field code } bootCamp { code regionCode intake } } }`;
const ADMIT = `mutation ($input: AdmitBootCampParticipantInput!) { admitBootCampParticipant(input: $input) { errors { field code message } bootCampParticipant { enterpriseUscc enterpriseKind status bootCamp { code } operator { name } } } }`;
const SERVE = `mutation ($input: RecordStartupServiceInput!) { recordStartupService(input: $input) { errors { field code message } startupService { kind clientKind clientUscc servedOn person { name } } } }`;

const JINAN_PARTNER = viewer('PARTNER', '370100');

describeEachBackend('start-up filings', (backend) => {
  let h: FilingHarness;
  let weifang: { uscc: string; person: { citizenId: string; name: string } };
  let jinan: { uscc: string; person: { citizenId: string } };
  let outsider: string;
  beforeAll(async () => {
    h = await startFiling(backend);
    const b = await builder(h.db);
    const enterprise = await b.organization({ regionCode: '370702' });
    const person = await b.person({ regionCode: '370702' });
    const jinanEnterprise = await b.organization({ regionCode: '370102' });
    const jinanPerson = await b.person({ regionCode: '370102' });
    weifang = { uscc: enterprise.uscc, person: { citizenId: person.citizenId, name: person.name } };
    jinan = { uscc: jinanEnterprise.uscc, person: { citizenId: jinanPerson.citizenId } };
    outsider = citizenIdOf('370102', '1988-02-03', 'MALE', 401); // valid, registered nowhere
  });
  afterAll(async () => h?.close());

  const run = async (query: string, input: object, v = HR) => {
    const outcome = await h.run(v, query, { input });
    expect(outcome.errors).toBeUndefined();
    return Object.values(outcome.data!)[0] as any;
  };
  const count = async (table: string) => Number((await h.db.sources.hr.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);

  it('records a city’s boot camp and refuses a second one with its code, a county code and days out of order, writing nothing', async () => {
    const camp = { code: 'cyxly-2026-3707', name: '潍坊市“山东手造”创业训练营', organiser: '潍坊市公共就业和人才服务中心', regionCode: '370700', startsOn: '2026-05-10', endsOn: '2026-05-14', intake: 2 };
    const ok = await run(RECORD_CAMP, camp);
    expect(ok.errors).toEqual([]);
    expect(ok.bootCamp).toEqual({ code: 'CYXLY-2026-3707', regionCode: '370700', intake: 2 });
    expect(await h.db.sources.hr.query(`SELECT code, name, organiser, region_code, starts_on, ends_on, intake FROM boot_camp WHERE code = 'CYXLY-2026-3707'`)).toEqual([
      { code: 'CYXLY-2026-3707', name: camp.name, organiser: camp.organiser, region_code: '370700', starts_on: '2026-05-10', ends_on: '2026-05-14', intake: 2 },
    ]);
    const before = await snapshot(h.db.sources);
    expect((await run(RECORD_CAMP, camp)).errors).toEqual([expect.objectContaining({ field: 'input.code', code: 'DUPLICATE' })]);
    expect((await run(RECORD_CAMP, { ...camp, code: 'CYXLY-X1', regionCode: '370702' })).errors).toEqual([expect.objectContaining({ field: 'input.regionCode', code: 'OUT_OF_RANGE' })]);
    expect((await run(RECORD_CAMP, { ...camp, code: 'CYXLY-X2', endsOn: '2026-05-01' })).errors).toEqual([expect.objectContaining({ field: 'input.endsOn', code: 'DATE_ORDER' })]);
    expect((await run(RECORD_CAMP, { ...camp, code: 'CYXLY-X3', regionCode: '370700' }, JINAN_PARTNER)).errors).toEqual([expect.objectContaining({ field: 'input.regionCode', code: 'OUT_OF_SCOPE' })]);
    expect(await snapshot(h.db.sources)).toEqual(before);
  });

  it('admits an enterprise of the directory with its operator, once, up to the intake; refuses what the directory does not know and what is out of the filer’s region', async () => {
    const ok = await run(ADMIT, { campCode: 'CYXLY-2026-3707', idNumber: weifang.person.citizenId, enterpriseUscc: weifang.uscc, enterpriseKind: 'SMALL_MICRO' });
    expect(ok.errors).toEqual([]);
    expect(ok.bootCampParticipant).toEqual({ enterpriseUscc: weifang.uscc, enterpriseKind: 'SMALL_MICRO', status: 'SELECTED', bootCamp: { code: 'CYXLY-2026-3707' }, operator: { name: weifang.person.name } });
    const [row] = await h.db.sources.hr.query(
      `SELECT p.enterprise_uscc, p.status, c.code, pe.citizen_id FROM boot_camp_participant p JOIN boot_camp c ON c.id = p.camp_id JOIN person pe ON pe.id = p.person_id WHERE p.enterprise_uscc = ?`,
      [weifang.uscc],
    );
    expect(row).toEqual({ enterprise_uscc: weifang.uscc, status: 'SELECTED', code: 'CYXLY-2026-3707', citizen_id: weifang.person.citizenId });

    const before = await snapshot(h.db.sources);
    const again = await run(ADMIT, { campCode: 'CYXLY-2026-3707', idNumber: weifang.person.citizenId, enterpriseUscc: weifang.uscc, enterpriseKind: 'SMALL_MICRO' });
    expect(again.errors).toEqual([expect.objectContaining({ field: 'input.enterpriseUscc', code: 'DUPLICATE' })]);
    const unknownEnterprise = '91370702MA3C0000XY';
    const notInDirectory = await run(ADMIT, { campCode: 'CYXLY-2026-3707', idNumber: weifang.person.citizenId, enterpriseUscc: unknownEnterprise, enterpriseKind: 'STARTUP' });
    expect(notInDirectory.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'input.enterpriseUscc' })]));
    const noCamp = await run(ADMIT, { campCode: 'CYXLY-NONE', idNumber: weifang.person.citizenId, enterpriseUscc: jinan.uscc, enterpriseKind: 'STARTUP' });
    expect(noCamp.errors).toEqual([expect.objectContaining({ field: 'input.campCode', code: 'NOT_FOUND' })]);
    const nobody = await run(ADMIT, { campCode: 'CYXLY-2026-3707', idNumber: outsider, enterpriseUscc: jinan.uscc, enterpriseKind: 'STARTUP' });
    expect(nobody.errors).toEqual([expect.objectContaining({ field: 'input.idNumber', code: 'NOT_FOUND' })]);
    // A Jinan partner may not place anyone in Weifang's camp, and does not see Weifang's operator.
    const partner = await run(ADMIT, { campCode: 'CYXLY-2026-3707', idNumber: weifang.person.citizenId, enterpriseUscc: jinan.uscc, enterpriseKind: 'STARTUP' }, JINAN_PARTNER);
    expect(partner.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'input.campCode', code: 'OUT_OF_SCOPE' }), expect.objectContaining({ field: 'input.idNumber', code: 'NOT_FOUND', message: expect.stringContaining('in your region') })]));
    expect(await snapshot(h.db.sources)).toEqual(before);

    // The second place fills the camp; a third is refused.
    expect((await run(ADMIT, { campCode: 'CYXLY-2026-3707', idNumber: jinan.person.citizenId, enterpriseUscc: jinan.uscc, enterpriseKind: 'STARTUP' })).errors).toEqual([]);
    const b = await builder(h.db);
    const third = await b.organization({ regionCode: '370703' });
    const full = await run(ADMIT, { campCode: 'CYXLY-2026-3707', idNumber: weifang.person.citizenId, enterpriseUscc: third.uscc, enterpriseKind: 'STARTUP' });
    expect(full.errors).toEqual([expect.objectContaining({ field: 'input.campCode', code: 'OUT_OF_RANGE' })]);
    expect(await count('boot_camp_participant')).toBe(Number((await h.db.sources.hr.query(`SELECT COUNT(*) AS n FROM boot_camp_participant p JOIN boot_camp c ON c.id = p.camp_id WHERE c.code <> 'CYXLY-2026-3707'`))[0].n) + 2);
  });

  it('records services to a person, to an enterprise, and refuses one to nobody or to an unknown person, writing nothing', async () => {
    const toPerson = await run(SERVE, { kind: 'GUIDANCE', idNumber: weifang.person.citizenId, clientUscc: weifang.uscc, centre: '潍城区公共就业服务中心', topic: 'SYB 创办你的企业', servedOn: '2026-03-01', regionCode: '370702' });
    expect(toPerson.errors).toEqual([]);
    expect(toPerson.startupService).toEqual({ kind: 'GUIDANCE', clientKind: 'PERSON', clientUscc: weifang.uscc, servedOn: '2026-03-01', person: { name: weifang.person.name } });
    const toEnterprise = await run(SERVE, { kind: 'CONSULTATION', clientUscc: jinan.uscc, centre: '济南市创业服务中心', servedOn: '2026-03-02', regionCode: '370100' });
    expect(toEnterprise.startupService).toMatchObject({ clientKind: 'ENTERPRISE', person: null });
    expect(await h.db.sources.hr.query(`SELECT kind, person_id IS NULL AS alone, client_uscc, centre FROM startup_service WHERE served_on IN ('2026-03-01', '2026-03-02') ORDER BY served_on`)).toEqual([
      { kind: 'GUIDANCE', alone: 0, client_uscc: weifang.uscc, centre: '潍城区公共就业服务中心' },
      { kind: 'CONSULTATION', alone: 1, client_uscc: jinan.uscc, centre: '济南市创业服务中心' },
    ]);
    const before = await snapshot(h.db.sources);
    expect((await run(SERVE, { kind: 'GUIDANCE', centre: 'x', servedOn: '2026-03-03', regionCode: '370702' })).errors).toEqual([expect.objectContaining({ field: 'input.idNumber', code: 'REQUIRED' })]);
    expect((await run(SERVE, { kind: 'GUIDANCE', idNumber: outsider, centre: 'x', servedOn: '2026-03-03', regionCode: '370102' })).errors).toEqual([expect.objectContaining({ field: 'input.idNumber', code: 'NOT_FOUND' })]);
    expect((await run(SERVE, { kind: 'GUIDANCE', idNumber: weifang.person.citizenId, centre: 'x', servedOn: '2999-01-01', regionCode: '370702' })).errors).toEqual([expect.objectContaining({ field: 'input.servedOn' })]);
    expect((await run(SERVE, { kind: 'GUIDANCE', idNumber: weifang.person.citizenId, centre: 'x', servedOn: '2026-03-03', regionCode: '370702' }, JINAN_PARTNER)).errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'input.regionCode', code: 'OUT_OF_SCOPE' }), expect.objectContaining({ field: 'input.idNumber', code: 'NOT_FOUND' })]),
    );
    expect(await snapshot(h.db.sources)).toEqual(before);
  });

  it('imports services all or nothing: one bad row and no row is written; a clean file is written whole', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'startup-import-'));
    try {
      const header = '服务类别,公民身份号码,服务企业统一社会信用代码,服务机构,服务内容,服务日期,服务地区代码';
      const good = [`创业指导,${weifang.person.citizenId},,潍城区公共就业服务中心,GYB 产生你的企业想法,2026-04-01,370702`, `创业咨询,,${jinan.uscc},历下区公共就业服务中心,,2026-04-02,370102`];
      const bad = path.join(dir, 'bad.csv');
      fs.writeFileSync(bad, [header, ...good, `创业咨询,${outsider},,历下区公共就业服务中心,,2026-04-03,370102`].join('\n'));
      const before = await count('startup_service');
      const refused = await runImport(h.db.sources, { type: 'startup-services', file: bad });
      expect(refused).toMatchObject({ failedRows: 1, written: 0 });
      expect(await count('startup_service')).toBe(before);
      const clean = path.join(dir, 'clean.csv');
      fs.writeFileSync(clean, [header, ...good].join('\n'));
      expect(await runImport(h.db.sources, { type: 'startup-services', file: clean })).toMatchObject({ failedRows: 0, written: 2 });
      expect(await count('startup_service')).toBe(before + 2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
