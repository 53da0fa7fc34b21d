import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatImportReport, SHOWN_PROBLEMS } from '../../src/import/import.report';
import { ImportOptions, runImport } from '../../src/import/import.runner';
import { describeEachBackend } from '../support/backends';
import { FilingHarness, snapshot, startFiling } from '../filing/filing-harness';
import { citizenId, uscc, wrongCheckDigit } from '../filing/operations';

/** Files as agencies export them: Chinese headers and values, unknown columns, corrections of records on file. */
describeEachBackend('import of agency exports', (backend) => {
  let h: FilingHarness;
  let dir: string;
  const file = (name: string, content: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  const run = (type: ImportOptions['type'], p: string, options: Partial<ImportOptions> = {}) => runImport(h.db.sources, { type, file: p, ...options });
  const hr = (sql: string, params: unknown[] = []) => h.db.sources.hr.query(sql, params);
  const culture = (sql: string, params: unknown[] = []) => h.db.sources.culture.query(sql, params);

  beforeAll(async () => {
    h = await startFiling(backend);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-agency-'));
  });
  afterAll(async () => {
    await h?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('Chinese column names and values', () => {
    it('reads a persons export with the headers of the agency form (only the ID column was understood before)', async () => {
      const ids = [citizenId('370702', '19900315', 2), citizenId('370702', '19880621', 1)];
      const csv = `*姓名,公民身份号码,性别,出生日期,手机号码,常住地区代码\n王秀英,${ids[0]},女,1990-03-15,13953600001,370702\n李建国,${ids[1]},男,1988-06-21,,370702\n`;
      expect(await run('persons', file('persons-zh.csv', csv))).toMatchObject({ fileError: null, rows: 2, written: 2, errorCount: 0 });
      expect(await hr('SELECT name, gender, phone FROM person WHERE citizen_id IN (?, ?) ORDER BY citizen_id', ids)).toEqual([
        { name: '李建国', gender: 'MALE', phone: null },
        { name: '王秀英', gender: 'FEMALE', phone: '13953600001' },
      ]);
    });

    it('reads enrolments with 培训班编号, 报名日期, 培训状态 结业 and 是否合格 合格/不合格', async () => {
      const [cohort] = await hr(`SELECT id, code, starts_on, ends_on FROM training_cohort WHERE ends_on < '2026-11-01' ORDER BY id DESC LIMIT 1`);
      const people: Array<{ citizen_id: string }> = await hr(`SELECT citizen_id FROM person WHERE id NOT IN (SELECT person_id FROM enrollment WHERE cohort_id = ?) ORDER BY id LIMIT 2`, [cohort.id]);
      const csv = [
        '培训班编号,身份证号,报名日期,培训状态,结业日期,是否合格',
        `${cohort.code},${people[0].citizen_id},${cohort.starts_on},结业,${cohort.ends_on},合格`,
        `${cohort.code},${people[1].citizen_id},${cohort.starts_on},结业,${cohort.ends_on},不合格`,
      ].join('\n');
      expect(await run('enrollments', file('enrollments-zh.csv', csv))).toMatchObject({ fileError: null, written: 2, errorCount: 0 });
      const rows = await hr(
        `SELECT e.status, e.passed FROM enrollment e JOIN person p ON p.id = e.person_id WHERE e.cohort_id = ? AND p.citizen_id IN (?, ?) ORDER BY p.id`,
        [cohort.id, people[0].citizen_id, people[1].citizen_id],
      );
      expect(rows.map((r: Record<string, unknown>) => [r.status, Number(r.passed)])).toEqual([['COMPLETED', 1], ['COMPLETED', 0]]);
    });

    it('reads workshops with 认定级别 县级 and 认定年度 as the nested recognition, and directory entries with 主体类型 and 优选100领域', async () => {
      const [item] = await culture('SELECT item_key FROM heritage_item ORDER BY id LIMIT 1');
      const org = uscc('370102', 'MA01WK09');
      const orgs = `统一社会信用代码,主体名称,主体类型,所在地区代码,重点企业,入库年度,优选100领域\n${org},中文表头企业,企业,370102,是,2025,编织扎制\n`;
      expect(await run('directory-organizations', file('orgs-zh.csv', orgs))).toMatchObject({ fileError: null, written: 1, errorCount: 0 });
      const workshops = `工坊名称,所在县区代码,运营主体统一社会信用代码,带动就业人数,非遗项目编号,认定级别,认定年度,认定日期\n中文表头工坊,370102,${org},9,${item.item_key},县级,2025,2025-05-05\n`;
      expect(await run('workshops', file('workshops-zh.csv', workshops))).toMatchObject({ fileError: null, written: 1, errorCount: 0 });
      const [stored] = await culture(`SELECT org_type, key_enterprise, select100_field FROM organization WHERE uscc = ?`, [org]);
      expect([stored.org_type, Number(stored.key_enterprise), stored.select100_field]).toEqual(['ENTERPRISE', 1, 'PLAITING']);
      expect(await culture(`SELECT r.level, r.year, r.recognized_on FROM workshop w JOIN workshop_recognition r ON r.workshop_id = w.id WHERE w.name = '中文表头工坊'`)).toEqual([
        { level: 'COUNTY', year: 2025, recognized_on: '2025-05-05' },
      ]);
    });
  });

  describe('unknown columns', () => {
    it('are refused at their real line and column, all of them at once', async () => {
      const report = await run('persons', file('unknown.csv', `姓名,备注,公民身份号码,常住地区代码,录入人\n甲,x,${citizenId('370102', '19900101', 9)},370102,y\n`));
      expect(report.fileError).toBe(
        'line 1, column 4: unknown columns "备注" (column 2), "录入人" (column 5); the columns of this record type are idNumber (公民身份号码), name (姓名), gender (性别), ' +
          'birthDate (出生日期), phone (手机号码), regionCode (常住地区代码); leave them out with --ignore-unknown-columns',
      );
    });

    it('are left out with --ignore-unknown-columns, and the report says which', async () => {
      const id = citizenId('370102', '19900102', 9);
      const csv = `姓名,备注,公民身份号码,常住地区代码,录入人\n乙,x,${id},370102,y\n`;
      const report = await run('persons', file('ignored.csv', csv), { ignoreUnknownColumns: true });
      expect(report).toMatchObject({ fileError: null, written: 1, ignoredColumns: [{ name: '备注', position: 2 }, { name: '录入人', position: 5 }] });
      expect(formatImportReport(report)).toMatch(/^ignored columns "备注" \(column 2\), "录入人" \(column 5\) \(--ignore-unknown-columns\)\n/);
      const json = await run('persons', file('ignored.json', JSON.stringify([{ idNumber: citizenId('370102', '19900103', 9), 姓名: '丙', regionCode: '370102', 备注: 'x' }])), { ignoreUnknownColumns: true });
      expect(json).toMatchObject({ fileError: null, written: 1, errorCount: 0, ignoredColumns: [{ name: '备注', position: 1 }] });
    });
  });

  describe('--upsert updates records on file by their natural key, all or nothing', () => {
    const person = (i: number) => citizenId('370103', '19800101', 300 + i);
    beforeAll(async () => {
      const csv = ['idNumber,name,phone,regionCode', `${person(1)},更新前甲,13900000001,370103`, `${person(2)},更新前乙,13900000002,370103`].join('\n');
      expect(await run('persons', file('before.csv', csv))).toMatchObject({ written: 2 });
    });

    it('without --upsert a record on file is still a duplicate', async () => {
      const report = await run('persons', file('again.csv', `idNumber,name,regionCode\n${person(1)},再次,370103\n`));
      expect(report.errors).toEqual([expect.objectContaining({ field: 'idNumber', code: 'DUPLICATE' })]);
    });

    it('sets the columns the file has, keeps the others, and inserts the new rows in the same transaction', async () => {
      const csv = ['公民身份号码,姓名,常住地区代码', `${person(1)},更新后甲,370104`, `${person(3)},新人丙,370103`].join('\n');
      const report = await run('persons', file('upsert.csv', csv), { upsert: true });
      expect(report).toMatchObject({ fileError: null, rows: 2, written: 2, inserted: 1, updated: 1 });
      expect(formatImportReport(report)).toMatch(/imported 2 persons from .* \(1 new, 1 updated\) in one transaction/);
      expect(await hr('SELECT citizen_id, name, phone, region_code FROM person WHERE citizen_id IN (?, ?, ?) ORDER BY citizen_id', [person(1), person(2), person(3)])).toEqual([
        { citizen_id: person(1), name: '更新后甲', phone: '13900000001', region_code: '370104' },
        { citizen_id: person(2), name: '更新前乙', phone: '13900000002', region_code: '370103' },
        { citizen_id: person(3), name: '新人丙', phone: null, region_code: '370103' },
      ]);
    });

    it('clears an optional field given blank', async () => {
      expect(await run('persons', file('clear.csv', `idNumber,name,phone,regionCode\n${person(2)},更新前乙,,370103\n`), { upsert: true })).toMatchObject({ updated: 1 });
      expect(await hr('SELECT phone FROM person WHERE citizen_id = ?', [person(2)])).toEqual([{ phone: null }]);
    });

    it('writes no update when another row of the file fails', async () => {
      const before = await snapshot(h.db.sources);
      const csv = ['idNumber,name,regionCode', `${person(1)},不应写入,370103`, `${wrongCheckDigit(person(4))},坏行,370103`].join('\n');
      const report = await run('persons', file('upsert-bad.csv', csv), { upsert: true, batchSize: 1 });
      expect(report).toMatchObject({ failedRows: 1, written: 0, inserted: 0, updated: 0 });
      expect(await snapshot(h.db.sources)).toEqual(before);
    });

    it('still refuses a file that names one record twice, and a partner updating a person outside its region', async () => {
      const twice = await run('persons', file('twice.csv', `idNumber,name,regionCode\n${person(1)},一,370103\n${person(1)},二,370103\n`), { upsert: true });
      expect(twice.errors).toEqual([expect.objectContaining({ row: 2, field: 'idNumber', code: 'DUPLICATE', message: 'Row 1 of this file already names the same record' })]);
      // 370103 is in Jinan; a Qingdao partner moving the person into its own region is not an update it may make.
      const partner = await run('persons', file('moved.csv', `idNumber,name,regionCode\n${person(1)},搬走,370202\n`), { upsert: true, regionCode: '370200' });
      expect(partner.errors).toEqual([expect.objectContaining({ field: 'idNumber', code: 'DUPLICATE' })]);
    });

    it('updates an enrolment by cohort and citizen ID, a catalogue entry with its items, and a workshop with its county recognition', async () => {
      const [cohort] = await hr(`SELECT code, starts_on, ends_on FROM training_cohort WHERE ends_on < '2026-11-01' ORDER BY id LIMIT 1`);
      const enrol = (tail: string) => `cohortCode,idNumber,enrolledOn,status,completedOn,passed\n${cohort.code},${person(3)},${cohort.starts_on},${tail}\n`;
      expect(await run('enrollments', file('enrol.csv', enrol('在训,,')))).toMatchObject({ errorCount: 0, written: 1 });
      expect(await run('enrollments', file('finish.csv', enrol(`结业,${cohort.ends_on},合格`)), { upsert: true })).toMatchObject({ errorCount: 0, updated: 1, inserted: 0 });
      expect(await hr('SELECT e.status, e.completed_on, e.passed FROM enrollment e JOIN person p ON p.id = e.person_id WHERE p.citizen_id = ?', [person(3)])).toEqual([
        { status: 'COMPLETED', completed_on: cohort.ends_on, passed: expect.anything() },
      ]);

      const items: Array<{ item_key: string }> = await culture('SELECT item_key FROM heritage_item ORDER BY id LIMIT 2');
      const entry = (keys: string, hours: number) => `code,title,abilitySpec,classHours,subsidyPerHour,regionCode,itemKeys\nSDSZ-UPSERT-1,更新条目,手艺,${hours},10,370100,"${keys}"\n`;
      expect(await run('training-catalog-entries', file('entry.csv', entry(items[0].item_key, 32)))).toMatchObject({ written: 1 });
      expect(await run('training-catalog-entries', file('entry2.csv', entry(`${items[0].item_key};${items[1].item_key}`, 40)), { upsert: true })).toMatchObject({ updated: 1 });
      const stored = await hr(`SELECT e.class_hours, i.item_key FROM training_catalog_entry e JOIN training_catalog_item i ON i.entry_id = e.id WHERE e.code = 'SDSZ-UPSERT-1' ORDER BY i.item_key`);
      expect(stored.map((r: Record<string, unknown>) => [Number(r.class_hours), r.item_key])).toEqual([items[0].item_key, items[1].item_key].sort().map((k) => [40, k]));

      const shop = (jobs: number, year: number) => `name,regionCode,jobsCreated,itemKeys,recognition.year\n更新工坊,370102,${jobs},${items[0].item_key},${year}\n`;
      expect(await run('workshops', file('shop.csv', shop(5, 2024)))).toMatchObject({ written: 1 });
      expect(await run('workshops', file('shop2.csv', shop(8, 2025)), { upsert: true })).toMatchObject({ updated: 1, inserted: 0 });
      expect(await culture(`SELECT w.jobs_created, r.level, r.year FROM workshop w JOIN workshop_recognition r ON r.workshop_id = w.id WHERE w.name = '更新工坊'`)).toEqual([
        { jobs_created: 8, level: 'COUNTY', year: 2025 },
      ]);
    });

    it('updates a title by person, kind and year, a certificate for its own holder only, and refuses vacancies', async () => {
      // Persons of this block, so that no seeded title or certificate is in the way.
      const [holder, other] = [person(1), person(2)];
      const title = (day: string) => `idNumber,kind,year,awardedOn,regionCode\n${holder},QILU_CHIEF_TECHNICIAN,2025,${day},370100\n`;
      expect(await run('talent-titles', file('title.csv', title('2025-03-01')))).toMatchObject({ written: 1 });
      expect(await run('talent-titles', file('title2.csv', title('2025-04-01')), { upsert: true })).toMatchObject({ updated: 1, inserted: 0 });
      expect(await hr(`SELECT t.awarded_on, t.term_ends_on FROM talent_title t JOIN person p ON p.id = t.person_id WHERE p.citizen_id = ? AND t.kind = 'QILU_CHIEF_TECHNICIAN' AND t.year = 2025`, [holder])).toEqual([
        { awarded_on: '2025-04-01', term_ends_on: '2029-03-31' },
      ]);
      const certificate = (id: string, day: string) =>
        `certificateNumber,idNumber,kind,abilityTitle,evaluatorType,issuedOn,regionCode\nS000137010001250000777,${id},SPECIALIZED_ABILITY,剪纸,SOCIAL_ORGANIZATION,${day},370102\n`;
      expect(await run('skill-certificates', file('cert.csv', certificate(holder, '2025-05-01')))).toMatchObject({ written: 1 });
      expect(await run('skill-certificates', file('cert2.csv', certificate(holder, '2025-05-02')), { upsert: true })).toMatchObject({ updated: 1 });
      const stolen = await run('skill-certificates', file('cert3.csv', certificate(other, '2025-05-03')), { upsert: true });
      expect(stolen.errors).toEqual([expect.objectContaining({ field: 'certificateNumber', code: 'DUPLICATE' })]);
      const vacancies = await run('vacancies', file('v.csv', 'employerUscc,title\n'), { upsert: true });
      expect(vacancies.fileError).toBe('vacancies have no natural key to find the record on file by, so --upsert cannot update them; import new records without it');
    });
  });

  describe('bad rows of a large file', () => {
    it('prints the first rows and a count per rule, and writes every bad row to --report, which imports again once corrected', async () => {
      const before = await snapshot(h.db.sources);
      const rows = 20_000;
      // Born 1941–1960, before any person of the seed: no ID of the file is on file already.
      const good = (i: number) => citizenId('370105', new Date(Date.UTC(1941, 0, 1) + (i % 7000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, ''), Math.floor(i / 7000) + 1);
      const lines = ['姓名,公民身份号码,常住地区代码', ...Array.from({ length: rows }, (_, i) => `人${i},${wrongCheckDigit(good(i))},370105`)];
      const reportFile = path.join(dir, 'bad.csv');
      const report = await run('persons', file('many-bad.csv', lines.join('\n')), { reportFile });
      expect(report).toMatchObject({ rows, failedRows: rows, errorCount: rows, written: 0 });
      const printed = formatImportReport(report).trimEnd().split('\n');
      expect(printed.length).toBeLessThan(SHOWN_PROBLEMS + 10);
      expect(printed.filter((l) => l.startsWith('error '))).toHaveLength(SHOWN_PROBLEMS);
      expect(printed).toContain(`… and ${(rows - SHOWN_PROBLEMS).toLocaleString('en')} more error(s)`);
      expect(printed).toContain(`     ${rows.toLocaleString('en')}  idNumber CHECK_DIGIT`);
      expect(printed[printed.length - 1]).toBe(`${rows.toLocaleString('en')} bad row(s) written to ${reportFile} (correct them there and import that file again)`);
      expect(await snapshot(h.db.sources)).toEqual(before);

      const written = fs.readFileSync(reportFile, 'utf8').split('\r\n');
      expect(written[0]).toBe('\uFEFF_row,_line,_errors,姓名,公民身份号码,常住地区代码');
      expect(written.slice(1, -1)).toHaveLength(rows);
      expect(written[1]).toMatch(new RegExp(`^1,2,idNumber CHECK_DIGIT: Check character is . but the first 17 digits require .,人0,${wrongCheckDigit(good(0))},370105$`));
      // The agency corrects the ID column of the report and imports the report itself.
      const corrected = written.map((line, i) => (i === 0 || line === '' ? line : line.replace(/,[0-9X]{18},370105$/, `,${good(Number(/^(\d+),/.exec(line)![1]) - 1)},370105`)));
      expect(corrected[1].endsWith(`,人0,${good(0)},370105`)).toBe(true);
      const again = await run('persons', file('corrected.csv', corrected.join('\r\n')));
      expect(again).toMatchObject({ fileError: null, rows, failedRows: 0, written: rows });
    });

    it('reports a report that still has a bad row afresh, without repeating its own columns', async () => {
      const still = `\uFEFF_row,_line,_errors,姓名,公民身份号码,常住地区代码\r\n7,8,old problem,丁,${wrongCheckDigit(citizenId('370105', '19450505', 9))},370105\r\n`;
      const reportFile = path.join(dir, 'bad-again.csv');
      expect(await run('persons', file('still-bad.csv', still), { reportFile })).toMatchObject({ rows: 1, failedRows: 1 });
      const lines = fs.readFileSync(reportFile, 'utf8').split('\r\n');
      expect(lines[0]).toBe('\uFEFF_row,_line,_errors,姓名,公民身份号码,常住地区代码');
      expect(lines[1]).toMatch(/^1,2,idNumber CHECK_DIGIT: [^,]+,丁,\d{17}[\dX],370105$/);
    });
  });
});
