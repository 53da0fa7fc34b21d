import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runImport } from '../../src/import/import.runner';
import { globalId } from '../support/ids';
import { describeEachBackend } from '../support/backends';
import { ADMIN, FilingHarness, HR, snapshot, startFiling, viewer } from './filing-harness';
import { citizenId } from './operations';

const PROBLEMS = 'errors { field code message } warnings { field code message }';
const M = {
  fileTrainingMaterial: `mutation Material($input: FileTrainingMaterialInput!) { fileTrainingMaterial(input: $input) { ${PROBLEMS} trainingMaterial { id code kind classHours isbn itemKeys catalogEntries(first: 5) { totalCount edges { node { code } } } } } }`,
  recordProfessionalTitle: `mutation Title($input: RecordProfessionalTitleInput!) { recordProfessionalTitle(input: $input) { ${PROBLEMS} professionalTitle { id series level titleName route year obtainedOn } } }`,
  awardTalentProgramme: `mutation Programme($input: AwardTalentProgrammeInput!) { awardTalentProgramme(input: $input) { ${PROBLEMS} talentProgrammeAward { id programme programmeLevel year regionCode } } }`,
  closeRightsCase: `mutation Close($input: CloseRightsCaseInput!) { closeRightsCase(input: $input) { ${PROBLEMS} rightsCase { id caseNumber closedOn outcome } } }`,
  openRightsCase: `mutation Case($input: OpenRightsCaseInput!) { openRightsCase(input: $input) { ${PROBLEMS} rightsCase { id caseNumber kind closedOn outcome unit { uscc } worker { id } } } }`,
} as const;

/**
 * Filings of training materials, professional titles, talent programme
 * awards and rights cases: what they write (checked with SQL), the errors
 * of bad input (naming the field and the rule, writing nothing), the scope
 * of a region-limited partner, and the import of the same records.
 */
describeEachBackend('training material, professional title, programme and rights filings', (backend) => {
  let h: FilingHarness;
  let extension: { listing_key: string; item_key: string };
  let entry: { id: number; code: string };
  let jinan: { id: number; citizen_id: string };
  let qingdao: { citizen_id: string };
  let unit: { id: number; uscc: string; brand_id: number };
  let dir: string;
  const hr = () => h.db.sources.hr;

  beforeAll(async () => {
    h = await startFiling(backend);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-career-'));
    [extension] = await h.db.sources.culture.query(`SELECT l.listing_key, i.item_key FROM heritage_listing l JOIN heritage_item i ON i.id = l.item_id WHERE l.kind = 'EXTENSION' ORDER BY l.id LIMIT 1`);
    [entry] = await hr().query(`SELECT id, code FROM training_catalog_entry ORDER BY id LIMIT 1`);
    [jinan] = await hr().query(`SELECT id, citizen_id FROM person WHERE region_code LIKE '3701%' ORDER BY id LIMIT 1`);
    [qingdao] = await hr().query(`SELECT citizen_id FROM person WHERE region_code LIKE '3702%' ORDER BY id LIMIT 1`);
    // A unit whose USCC builds exactly one brand.
    [unit] = await hr().query(`SELECT id, uscc, brand_id FROM labor_brand_unit WHERE uscc IN (SELECT uscc FROM labor_brand_unit GROUP BY uscc HAVING COUNT(*) = 1) ORDER BY id LIMIT 1`);
    jinan.id = Number(jinan.id);
    unit.id = Number(unit.id);
  });
  afterAll(async () => {
    await h?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const file = async (mutation: keyof typeof M, input: Record<string, unknown>, v = HR) => {
    const outcome = await h.run(v, M[mutation], { input });
    expect(outcome.errors).toBeUndefined();
    return outcome.data![mutation];
  };
  const filed = async (mutation: keyof typeof M, input: Record<string, unknown>, v = HR) => {
    const payload = await file(mutation, input, v);
    expect(payload.errors).toEqual([]);
    return payload;
  };
  /** Files bad input and expects exactly these problems and not one row changed. */
  const refused = async (mutation: keyof typeof M, input: Record<string, unknown>, problems: Array<[string, string]>, v = HR) => {
    const before = await snapshot(h.db.sources);
    const payload = await file(mutation, input, v);
    expect(payload.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(problems);
    for (const e of payload.errors) expect(e.message.length).toBeGreaterThan(10);
    const after = await snapshot(h.db.sources);
    // The audit log records the attempt; no record changes.
    for (const table of Object.keys(before)) if (!table.startsWith('gateway.')) expect({ table, ...after[table] }).toEqual({ table, ...before[table] });
  };

  describe('fileTrainingMaterial', () => {
    const material = { code: 'sdjc-test-0001', title: '测试技艺教程', kind: 'TEXTBOOK', publisher: '山东人民出版社', year: 2025, releasedOn: '2025-04-01', isbn: '978-7-209-00000-0', regionCode: '370100' };

    it('files a textbook with an extension listing key stored as its item key, and the catalogue entries it is used in', async () => {
      const payload = await filed('fileTrainingMaterial', { ...material, itemKeys: [extension.listing_key], catalogEntryCodes: [entry.code.toLowerCase()] });
      expect(payload.trainingMaterial).toMatchObject({ code: 'SDJC-TEST-0001', kind: 'TEXTBOOK', isbn: '9787209000000', itemKeys: [extension.item_key] });
      expect(payload.trainingMaterial.catalogEntries).toEqual({ totalCount: 1, edges: [{ node: { code: entry.code } }] });
      const items = await hr().query(`SELECT i.item_key FROM training_material_item i JOIN training_material m ON m.id = i.material_id WHERE m.code = 'SDJC-TEST-0001'`);
      expect(items).toEqual([{ item_key: extension.item_key }]);
      const entries = await hr().query(`SELECT e.catalog_entry_id FROM training_material_catalog_entry e JOIN training_material m ON m.id = e.material_id WHERE m.code = 'SDJC-TEST-0001'`);
      expect(entries.map((r: { catalog_entry_id: unknown }) => Number(r.catalog_entry_id))).toEqual([Number(entry.id)]);
    });

    it.each<[string, Record<string, unknown>, Array<[string, string]>]>([
      ['a duplicate code', { itemKeys: ['@item'] }, [['input.code', 'DUPLICATE']]],
      ['a course without class hours and with an ISBN', { code: 'SDJC-TEST-0002', kind: 'COURSE', itemKeys: ['@item'] }, [['input.classHours', 'REQUIRED'], ['input.isbn', 'INCONSISTENT']]],
      ['a bad ISBN check digit', { code: 'SDJC-TEST-0003', isbn: '978-7-209-00000-1', itemKeys: ['@item'] }, [['input.isbn', 'FORMAT']]],
      ['a release day outside the year', { code: 'SDJC-TEST-0004', releasedOn: '2024-12-31', itemKeys: ['@item'] }, [['input.releasedOn', 'INCONSISTENT']]],
      ['an unknown item and an unknown catalogue entry', { code: 'SDJC-TEST-0005', itemKeys: ['NATIONAL:Ⅷ-999:370100'], catalogEntryCodes: ['NO-SUCH-CODE'] }, [['input.itemKeys[0]', 'NOT_FOUND'], ['input.catalogEntryCodes[0]', 'NOT_FOUND']]],
    ])('refuses %s, writing nothing', async (_name, change, problems) => {
      const withItem = JSON.parse(JSON.stringify(change).replaceAll('@item', extension.item_key));
      await refused('fileTrainingMaterial', { ...material, ...withItem }, problems);
    });
  });

  describe('recordProfessionalTitle and awardTalentProgramme', () => {
    it('records a 工艺美术 title with its official name, and refuses the same level twice', async () => {
      const payload = await filed('recordProfessionalTitle', { idNumber: jinan.citizen_id, series: 'ARTS_AND_CRAFTS', level: 'ASSOCIATE_SENIOR', year: 2024, obtainedOn: '2024-12-20', regionCode: '370000' });
      expect(payload.professionalTitle).toMatchObject({ series: 'ARTS_AND_CRAFTS', level: 'ASSOCIATE_SENIOR', titleName: '高级工艺美术师', route: 'EVALUATION', year: 2024, obtainedOn: '2024-12-20' });
      const rows = await hr().query(`SELECT title_name, route, region_code FROM professional_title WHERE person_id = ? AND level = 'ASSOCIATE_SENIOR' AND series = 'ARTS_AND_CRAFTS'`, [jinan.id]);
      expect(rows).toEqual([{ title_name: '高级工艺美术师', route: 'EVALUATION', region_code: '370000' }]);
      await refused('recordProfessionalTitle', { idNumber: jinan.citizen_id, series: 'ARTS_AND_CRAFTS', level: 'ASSOCIATE_SENIOR', year: 2025, obtainedOn: '2025-12-20', regionCode: '370000' }, [['input.level', 'DUPLICATE']]);
    });

    it.each<[string, Record<string, unknown>, Array<[string, string]>]>([
      ['a title of series OTHER without its name', { series: 'OTHER', level: 'INTERMEDIATE' }, [['input.titleName', 'REQUIRED']]],
      ['a day before the year', { level: 'INTERMEDIATE', year: 2025, obtainedOn: '2024-06-01' }, [['input.obtainedOn', 'DATE_ORDER']]],
      ['an unregistered person', { idNumber: citizenId('370102', '19800101', 777), level: 'INTERMEDIATE' }, [['input.idNumber', 'NOT_FOUND']]],
    ])('refuses %s', async (_name, change, problems) => {
      await refused('recordProfessionalTitle', { idNumber: jinan.citizen_id, series: 'ARTS_AND_CRAFTS', level: 'STAFF', year: 2020, obtainedOn: '2020-06-01', regionCode: '370100', ...change }, problems);
    });

    it('makes a person outside a region-limited partner’s region not exist, and its region out of scope', async () => {
      const partner = viewer('PARTNER', '370100');
      await refused('recordProfessionalTitle', { idNumber: qingdao.citizen_id, series: 'ARTS_AND_CRAFTS', level: 'STAFF', year: 2020, obtainedOn: '2020-06-01', regionCode: '370200' }, [['input.regionCode', 'OUT_OF_SCOPE'], ['input.idNumber', 'NOT_FOUND']], partner);
    });

    it('records a city programme award once per year, and refuses a region of the wrong level', async () => {
      const payload = await filed('awardTalentProgramme', { idNumber: jinan.citizen_id, programme: '泉城工匠', programmeLevel: 'CITY', year: 2025, awardedOn: '2025-07-01', regionCode: '370100' });
      expect(payload.talentProgrammeAward).toMatchObject({ programme: '泉城工匠', programmeLevel: 'CITY', year: 2025, regionCode: '370100' });
      expect(Number((await hr().query(`SELECT COUNT(*) AS n FROM talent_programme_award WHERE person_id = ? AND programme = '泉城工匠'`, [jinan.id]))[0].n)).toBe(1);
      await refused('awardTalentProgramme', { idNumber: jinan.citizen_id, programme: '泉城工匠', programmeLevel: 'CITY', year: 2025, awardedOn: '2025-08-01', regionCode: '370100' }, [['input.programme', 'DUPLICATE']]);
      await refused('awardTalentProgramme', { idNumber: jinan.citizen_id, programme: '齐鲁乡村之星', programmeLevel: 'PROVINCE', year: 2025, awardedOn: '2025-08-01', regionCode: '370102' }, [['input.regionCode', 'INCONSISTENT']]);
    });
  });

  describe('openRightsCase', () => {
    it('opens a case for a worker of a unit named by USCC, and records a closed one', async () => {
      const open = await filed('openRightsCase', { caseNumber: 'wq-test-0001', idNumber: jinan.citizen_id, unitUscc: unit.uscc, kind: 'WAGE_ARREARS', openedOn: '2026-03-01', regionCode: '370102' });
      expect(open.rightsCase).toMatchObject({ caseNumber: 'WQ-TEST-0001', kind: 'WAGE_ARREARS', closedOn: null, outcome: null, unit: { uscc: unit.uscc }, worker: { id: globalId('Person', jinan.id) } });
      await filed('openRightsCase', { caseNumber: 'WQ-TEST-0002', idNumber: jinan.citizen_id, unitUscc: unit.uscc, kind: 'LABOR_CONTRACT', openedOn: '2026-03-01', closedOn: '2026-04-01', outcome: 'MEDIATED', regionCode: '370102' });
      const rows = await hr().query(`SELECT case_number, unit_id, person_id, closed_on, outcome FROM rights_case WHERE case_number LIKE 'WQ-TEST-%' ORDER BY case_number`);
      expect(rows.map((r: Record<string, unknown>) => [r.case_number, Number(r.unit_id), Number(r.person_id), r.closed_on, r.outcome])).toEqual([
        ['WQ-TEST-0001', unit.id, jinan.id, null, null],
        ['WQ-TEST-0002', unit.id, jinan.id, '2026-04-01', 'MEDIATED'],
      ]);
    });

    it.each<[string, Record<string, unknown>, Array<[string, string]>]>([
      ['a closed day without an outcome', { closedOn: '2026-04-01' }, [['input.outcome', 'REQUIRED']]],
      ['an outcome without a closed day', { outcome: 'RESOLVED' }, [['input.closedOn', 'REQUIRED']]],
      ['a close before the opening', { closedOn: '2026-02-01', outcome: 'RESOLVED' }, [['input.closedOn', 'DATE_ORDER']]],
      ['a USCC that builds no brand', { unitUscc: '91370102MA00TE0195' }, [['input.unitUscc', 'NOT_FOUND']]],
      ['a duplicate case number', { caseNumber: 'WQ-TEST-0001' }, [['input.caseNumber', 'DUPLICATE']]],
    ])('refuses %s', async (_name, change, problems) => {
      const input = { caseNumber: 'WQ-TEST-0099', idNumber: jinan.citizen_id, unitUscc: unit.uscc, kind: 'WAGE_ARREARS', openedOn: '2026-03-01', regionCode: '370102', ...change };
      if (change.unitUscc) {
        // The code must be well formed for the lookup to be the failing rule.
        const existing = await hr().query('SELECT uscc FROM labor_brand_unit WHERE uscc = ?', [change.unitUscc]);
        expect(existing).toEqual([]);
      }
      const payload = await file('openRightsCase', input);
      expect(payload.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(problems);
      expect(Number((await hr().query(`SELECT COUNT(*) AS n FROM rights_case WHERE case_number = 'WQ-TEST-0099'`))[0].n)).toBe(0);
    });

    it('closes an open case once, not before it was opened, and not for a partner outside the worker’s region', async () => {
      await filed('openRightsCase', { caseNumber: 'WQ-TEST-0003', idNumber: jinan.citizen_id, unitUscc: unit.uscc, kind: 'SOCIAL_INSURANCE', openedOn: '2026-05-01', regionCode: '370102' });
      await refused('closeRightsCase', { caseNumber: 'WQ-TEST-0003', closedOn: '2026-04-30', outcome: 'RESOLVED' }, [['input.closedOn', 'DATE_ORDER']]);
      await refused('closeRightsCase', { caseNumber: 'WQ-TEST-0003', closedOn: '2026-05-20', outcome: 'RESOLVED' }, [['input.caseNumber', 'NOT_FOUND']], viewer('PARTNER', '370200'));
      const closed = await filed('closeRightsCase', { caseNumber: 'wq-test-0003', closedOn: '2026-05-20', outcome: 'RESOLVED' });
      expect(closed.rightsCase).toMatchObject({ caseNumber: 'WQ-TEST-0003', closedOn: '2026-05-20', outcome: 'RESOLVED' });
      expect(await hr().query(`SELECT closed_on, outcome FROM rights_case WHERE case_number = 'WQ-TEST-0003'`)).toEqual([{ closed_on: '2026-05-20', outcome: 'RESOLVED' }]);
      await refused('closeRightsCase', { caseNumber: 'WQ-TEST-0003', closedOn: '2026-05-21', outcome: 'MEDIATED' }, [['input.caseNumber', 'INVALID_STATE']]);
    });

    it('asks for the brand when the USCC builds more than one', async () => {
      const [shared] = await hr().query(`SELECT uscc FROM labor_brand_unit GROUP BY uscc HAVING COUNT(*) > 1 ORDER BY uscc LIMIT 1`);
      if (!shared) return expect(shared).toBeUndefined();
      const [first] = await hr().query(`SELECT id, brand_id FROM labor_brand_unit WHERE uscc = ? ORDER BY id LIMIT 1`, [shared.uscc]);
      const input = { caseNumber: 'WQ-TEST-0100', idNumber: jinan.citizen_id, unitUscc: shared.uscc, kind: 'OTHER', openedOn: '2026-03-01', regionCode: '370102' };
      const ambiguous = await file('openRightsCase', input, ADMIN);
      expect(ambiguous.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual([['input.brandId', 'REQUIRED']]);
      const named = await filed('openRightsCase', { ...input, brandId: globalId('LaborBrand', Number(first.brand_id)) }, ADMIN);
      expect(named.rightsCase.unit.uscc).toBe(shared.uscc);
      expect(Number((await hr().query(`SELECT unit_id FROM rights_case WHERE case_number = 'WQ-TEST-0100'`))[0].unit_id)).toBe(Number(first.id));
    });
  });

  describe('import', () => {
    const write = (name: string, content: string) => {
      const p = path.join(dir, name);
      fs.writeFileSync(p, content);
      return p;
    };

    it('imports titles, awards, materials and cases with the forms’ Chinese words, all or nothing', async () => {
      const titles = write('titles.csv', `公民身份号码,职称系列,职称层级,评审年度,取得日期,评审地区代码\n${jinan.citizen_id},工艺美术,中级,2019,2019-11-01,370100\n`);
      expect(await runImport(h.db.sources, { type: 'professional-titles', file: titles })).toMatchObject({ fileError: null, rows: 1, written: 1, errors: [] });
      expect(await hr().query(`SELECT title_name FROM professional_title WHERE person_id = ? AND level = 'INTERMEDIATE'`, [jinan.id])).toEqual([{ title_name: '工艺美术师' }]);

      const materials = write('materials.csv', `教材课程编号,教材课程名称,类别,出版单位,出版年度,课时,备案地区代码,非遗项目编号\nSDJC-IMP-0001,测试课程,培训课程,测试实训基地,2024,48,370100,${extension.listing_key}\n`);
      expect(await runImport(h.db.sources, { type: 'training-materials', file: materials })).toMatchObject({ fileError: null, written: 1 });
      expect(await hr().query(`SELECT m.kind, m.class_hours, i.item_key FROM training_material m JOIN training_material_item i ON i.material_id = m.id WHERE m.code = 'SDJC-IMP-0001'`)).toEqual([
        { kind: 'COURSE', class_hours: 48, item_key: extension.item_key },
      ]);

      // A good row and a bad one: nothing is written.
      const before = Number((await hr().query('SELECT COUNT(*) AS n FROM rights_case'))[0].n);
      const cases = write('cases.csv', `案件编号,公民身份号码,建设单位统一社会信用代码,维权事项,受理日期,办结日期,办结结果,受理地区代码\nWQ-IMP-0001,${jinan.citizen_id},${unit.uscc},欠薪,2026-01-05,2026-02-01,协调解决,370102\nWQ-IMP-0002,${jinan.citizen_id},${unit.uscc},工伤,2026-01-05,2026-02-01,,370102\n`);
      const report = await runImport(h.db.sources, { type: 'rights-cases', file: cases });
      expect(report).toMatchObject({ rows: 2, failedRows: 1, written: 0 });
      expect(report.errors).toEqual([expect.objectContaining({ line: 3, field: 'outcome', code: 'REQUIRED' })]);
      expect(Number((await hr().query('SELECT COUNT(*) AS n FROM rights_case'))[0].n)).toBe(before);

      const awards = write('awards.csv', `公民身份号码,人才项目名称,项目层级,入选年度,入选日期,授予地区代码\n${jinan.citizen_id},齐鲁乡村之星,省级,2024,2024-10-01,370000\n`);
      expect(await runImport(h.db.sources, { type: 'talent-programme-awards', file: awards })).toMatchObject({ fileError: null, written: 1 });
    });

    it('closes an open case by upsert on its number', async () => {
      const csv = write('close.csv', `案件编号,公民身份号码,建设单位统一社会信用代码,维权事项,受理日期,办结日期,办结结果,受理地区代码\nWQ-TEST-0001,${jinan.citizen_id},${unit.uscc},欠薪,2026-03-01,2026-03-20,转仲裁,370102\n`);
      expect(await runImport(h.db.sources, { type: 'rights-cases', file: csv, upsert: true })).toMatchObject({ fileError: null, written: 1, errors: [] });
      expect(await hr().query(`SELECT closed_on, outcome FROM rights_case WHERE case_number = 'WQ-TEST-0001'`)).toEqual([{ closed_on: '2026-03-20', outcome: 'REFERRED_TO_ARBITRATION' }]);
    });
  });
});
