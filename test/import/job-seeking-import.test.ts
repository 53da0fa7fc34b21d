import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImportOptions, runImport } from '../../src/import/import.runner';
import { describeEachBackend } from '../support/backends';
import { globalId } from '../support/ids';
import { FilingHarness, snapshot, startFiling } from '../filing/filing-harness';

const BOM = '\uFEFF';

/** `import --type job-seekers | employment-services | employment-events`: the mutations' rules, all or nothing. */
describeEachBackend('import of job seekers, services and events', (backend) => {
  let h: FilingHarness;
  let dir: string;
  const file = (name: string, content: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  const run = (type: ImportOptions['type'], p: string) => runImport(h.db.sources, { type, file: p });
  let people: Array<{ id: number; citizen_id: string }>;
  let item: { item_key: string; category: string };

  beforeAll(async () => {
    h = await startFiling(backend);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notice-a-import-'));
    people = await h.db.sources.hr.query(`SELECT id, citizen_id FROM person WHERE id NOT IN (SELECT person_id FROM job_seeker) AND region_code LIKE '3707%' ORDER BY id LIMIT 3`);
    [item] = await h.db.sources.culture.query(`SELECT item_key, category FROM heritage_item WHERE category = 'TRADITIONAL_ART' ORDER BY id LIMIT 1`);
  });
  afterAll(async () => {
    await h?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports job seekers from a CSV with the forms\' column names, crafts as item keys with one level', async () => {
    const csv = `${BOM}公民身份号码,登记日期,登记机构,登记地区代码,可到岗日期,掌握非遗项目,持证等级,意向工作地代码\r\n` +
      people.slice(0, 2).map((p) => `${p.citizen_id},2025-05-06,潍坊市公共就业服务中心,370702,2025-05-20,${item.item_key},SENIOR,370702;370700`).join('\r\n');
    const report = await run('job-seekers', file('seekers.csv', csv));
    expect(report).toMatchObject({ fileError: null, rows: 2, failedRows: 0, written: 2 });
    const rows = await h.db.sources.hr.query(
      `SELECT j.person_id, s.item_key, s.ich_category, s.certificate_level, (SELECT COUNT(*) FROM job_seeker_wished_region w WHERE w.job_seeker_id = j.id) AS regions
       FROM job_seeker j JOIN job_seeker_skill s ON s.job_seeker_id = j.id WHERE j.person_id IN (?, ?) ORDER BY j.person_id`,
      [people[0].id, people[1].id],
    );
    expect(rows.map((r: Record<string, unknown>) => ({ ...r, regions: Number(r.regions) }))).toEqual(
      people.slice(0, 2).map((p) => ({ person_id: p.id, item_key: item.item_key, ich_category: item.category, certificate_level: 'SENIOR', regions: 2 })),
    );
  });

  it('writes nothing when one row is bad, and names the row and field', async () => {
    const before = await snapshot(h.db.sources);
    const csv = `idNumber,registeredOn,centerName,regionCode,availableFrom,itemKeys,wishedRegionCodes\n` +
      `${people[2].citizen_id},2025-05-06,潍坊市公共就业服务中心,370702,2025-05-20,${item.item_key},370702\n` +
      `${people[0].citizen_id},2025-05-06,潍坊市公共就业服务中心,370702,2025-05-20,${item.item_key},370702\n` +
      `${people[2].citizen_id},2025-05-06,潍坊市公共就业服务中心,370702,2025-05-20,,999999\n`;
    const report = await run('job-seekers', file('bad.csv', csv));
    expect(report.written).toBe(0);
    expect(report.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code])).toEqual(expect.arrayContaining([
      [2, 'idNumber', 'DUPLICATE'],
      [3, 'skills', 'REQUIRED'],
      [3, 'wishedRegionCodes[0]', 'UNKNOWN_REGION'],
    ]));
    expect(await snapshot(h.db.sources)).toEqual(before);
  });

  it('imports services and events from JSON', async () => {
    const [vacancy] = await h.db.sources.hr.query(`SELECT id, employer_uscc, posted_on FROM vacancy WHERE posted_on < '2025-04-01' ORDER BY id LIMIT 1`);
    const events = await run('employment-events', file('events.json', JSON.stringify([{
      name: '2025年潍坊市春风行动暨山东手造专场招聘会', kind: 'SPRING_BREEZE', regionCode: '370700', heldOn: '2025-04-10', organiser: '潍坊市公共就业服务中心',
      handmadeArea: true, exhibitors: [{ uscc: vacancy.employer_uscc, inHandmadeArea: true }], vacancyIds: [globalId('Vacancy', vacancy.id)],
    }])));
    expect(events).toMatchObject({ fileError: null, rows: 1, written: 1 });
    const [event] = await h.db.sources.hr.query(`SELECT id FROM employment_event WHERE name = ?`, ['2025年潍坊市春风行动暨山东手造专场招聘会']);
    const services = await run('employment-services', file('services.json', JSON.stringify([
      { idNumber: people[0].citizen_id, kind: 'INTRODUCTION', centerName: '潍坊市公共就业服务中心', regionCode: '370702', servedOn: '2025-04-10', vacancyId: globalId('Vacancy', vacancy.id), eventId: globalId('EmploymentEvent', event.id), outcome: 'HIRED', hiredOn: '2025-04-20' },
      { idNumber: people[1].citizen_id, kind: 'POLICY_CONSULTATION', centerName: '潍坊市公共就业服务中心', regionCode: '370702', servedOn: '2025-04-10', eventId: globalId('EmploymentEvent', event.id) },
    ])));
    expect(services).toMatchObject({ fileError: null, rows: 2, written: 2 });
    const rows = await h.db.sources.hr.query(`SELECT kind, outcome, hired_on, vacancy_id FROM employment_service WHERE event_id = ? ORDER BY id`, [event.id]);
    expect(rows).toEqual([
      { kind: 'INTRODUCTION', outcome: 'HIRED', hired_on: '2025-04-20', vacancy_id: vacancy.id },
      { kind: 'POLICY_CONSULTATION', outcome: 'NONE', hired_on: null, vacancy_id: null },
    ]);
  });
});
