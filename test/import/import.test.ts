import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ImportOptions, runImport } from '../../src/import/import.runner';
import { describeEachBackend } from '../support/backends';
import { FilingHarness, snapshot, startFiling } from '../filing/filing-harness';
import { citizenId, uscc, usccWithBadCheck, wrongCheckDigit } from '../filing/operations';

const BOM = '\uFEFF';
/** 王五 in GBK: what a spreadsheet saved in the Chinese Windows code page writes. */
const GBK_WANG_WU = Buffer.from([0xcd, 0xf5, 0xce, 0xe5]);

describeEachBackend('import', (backend) => {
  let h: FilingHarness;
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, content);
    return p;
  };
  const run = (type: ImportOptions['type'], p: string, options: Partial<ImportOptions> = {}) => runImport(h.db.sources, { type, file: p, ...options });
  const count = async (sql: string, params: unknown[] = [], source: 'hr' | 'culture' = 'hr') => Number((await h.db.sources[source].query(sql, params))[0].n);

  beforeAll(async () => {
    h = await startFiling(backend);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-import-'));
  });
  afterAll(async () => {
    await h?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('valid files are written whole', () => {
    it('imports persons from CSV with a BOM, CRLF, snake_case and alias headers and a quoted name', async () => {
      const ids = [citizenId('370102', '19910101', 1), citizenId('370102', '19910102', 2), citizenId('370202', '19920303', 3)];
      const csv = `${BOM}citizen_id,name,phone,region_code\r\n${ids[0]},"张三,子",13800138000,370102\r\n${ids[1]},李四,,370102\r\n${ids[2].toLowerCase()},王五,+86 139 0000 1111,370202\r\n`;
      const report = await run('persons', file('persons.csv', csv));
      expect(report).toMatchObject({ fileError: null, rows: 3, failedRows: 0, written: 3, errors: [] });
      const rows = await h.db.sources.hr.query(`SELECT citizen_id, name, gender, birth_date, phone, region_code FROM person WHERE citizen_id IN (?, ?, ?) ORDER BY citizen_id`, ids);
      expect(rows).toEqual([
        { citizen_id: ids[0], name: '张三,子', gender: 'MALE', birth_date: '1991-01-01', phone: '13800138000', region_code: '370102' },
        { citizen_id: ids[1], name: '李四', gender: 'FEMALE', birth_date: '1991-01-02', phone: null, region_code: '370102' },
        { citizen_id: ids[2], name: '王五', gender: 'MALE', birth_date: '1992-03-03', phone: '13900001111', region_code: '370202' },
      ]);
    });

    it('imports persons from JSON', async () => {
      const id = citizenId('370102', '19930101', 5);
      const report = await run('persons', file('persons.json', JSON.stringify([{ idNumber: id, name: '赵六', regionCode: '370102', gender: 'MALE' }])));
      expect(report).toMatchObject({ fileError: null, rows: 1, written: 1 });
      expect(await count('SELECT COUNT(*) AS n FROM person WHERE citizen_id = ?', [id])).toBe(1);
    });

    it('imports enrolments of registered persons, with past outcomes', async () => {
      const [cohort] = await h.db.sources.hr.query(`SELECT id, code, starts_on, ends_on FROM training_cohort WHERE ends_on < '2026-11-01' ORDER BY id LIMIT 1`);
      const people: Array<{ citizen_id: string }> = await h.db.sources.hr.query(
        `SELECT citizen_id FROM person WHERE id NOT IN (SELECT person_id FROM enrollment WHERE cohort_id = ?) ORDER BY id LIMIT 3`,
        [cohort.id],
      );
      const csv = ['cohortCode,idNumber,enrolledOn,status,completedOn,passed', ...people.map((p, i) => `${cohort.code},${p.citizen_id},${cohort.starts_on},${i === 0 ? `COMPLETED,${cohort.ends_on},true` : 'ENROLLED,,'}`)].join('\n');
      const report = await run('enrollments', file('enrollments.csv', csv));
      expect(report).toMatchObject({ fileError: null, rows: 3, failedRows: 0, written: 3 });
      const rows = await h.db.sources.hr.query(
        `SELECT p.citizen_id, e.status, e.completed_on, e.passed FROM enrollment e JOIN person p ON p.id = e.person_id WHERE e.cohort_id = ? AND p.citizen_id IN (?, ?, ?) ORDER BY p.id`,
        [cohort.id, ...people.map((p) => p.citizen_id)],
      );
      expect(rows.map((r: Record<string, unknown>) => [r.status, r.completed_on, r.passed === null ? null : Number(r.passed)])).toEqual([
        ['COMPLETED', cohort.ends_on, 1],
        ['ENROLLED', null, null],
        ['ENROLLED', null, null],
      ]);
    });

    it('imports catalogue entries from JSON, storing an extension listing as its item', async () => {
      const [extension] = await h.db.sources.culture.query(`SELECT l.listing_key, i.item_key FROM heritage_listing l JOIN heritage_item i ON i.id = l.item_id WHERE l.kind = 'EXTENSION' ORDER BY l.id LIMIT 1`);
      const entries = [
        { code: 'SDSZ-IMP-1', title: '导入条目一', abilitySpec: '黑陶制作', classHours: 32, subsidyPerHour: 12, regionCode: '370100', itemKeys: [extension.listing_key], status: 'PUBLISHED', publishedOn: '2025-03-01' },
        { code: 'SDSZ-IMP-2', title: '导入条目二', occupationCode: '6-09-03-02', classHours: '48', subsidyPerHour: '10.5', regionCode: '370200', itemKeys: [extension.item_key] },
      ];
      const report = await run('training-catalog-entries', file('entries.json', JSON.stringify(entries, null, 2)));
      expect(report).toMatchObject({ fileError: null, rows: 2, written: 2, warnings: [] });
      const rows = await h.db.sources.hr.query(
        `SELECT e.code, e.status, e.published_on, e.subsidy_per_hour, i.item_key FROM training_catalog_entry e JOIN training_catalog_item i ON i.entry_id = e.id WHERE e.code LIKE 'SDSZ-IMP-%' ORDER BY e.code`,
      );
      expect(rows.map((r: Record<string, unknown>) => [r.code, r.status, r.published_on, Number(r.subsidy_per_hour), r.item_key])).toEqual([
        ['SDSZ-IMP-1', 'PUBLISHED', '2025-03-01', 12, extension.item_key],
        ['SDSZ-IMP-2', 'DRAFT', null, 10.5, extension.item_key],
      ]);
    });

    it('imports workshops from CSV with items in one cell and the recognition in dotted columns', async () => {
      const items: Array<{ id: number; item_key: string }> = await h.db.sources.culture.query('SELECT id, item_key FROM heritage_item ORDER BY id LIMIT 2');
      const csv = `name,regionCode,operatorUscc,jobsCreated,itemKeys,recognition.level,recognition.year,recognition.recognizedOn\n导入工坊甲,370102,${uscc('370102', 'MA00WK01')},15,"${items[0].item_key};${items[1].item_key}",COUNTY,2025,2025-06-15\n导入工坊乙,370103,,4,${items[0].item_key},,2026,\n`;
      const report = await run('workshops', file('workshops.csv', csv));
      expect(report).toMatchObject({ fileError: null, rows: 2, written: 2, errors: [] });
      const rows = await h.db.sources.culture.query(
        `SELECT w.name, r.level, r.year, (SELECT COUNT(*) FROM workshop_heritage_item j WHERE j.workshop_id = w.id) AS items FROM workshop w JOIN workshop_recognition r ON r.workshop_id = w.id WHERE w.name LIKE '导入工坊%' ORDER BY w.name`,
      );
      expect(rows.map((r: Record<string, unknown>) => [r.name, r.level, r.year, Number(r.items)])).toEqual([
        ['导入工坊乙', 'COUNTY', 2026, 1],
        ['导入工坊甲', 'COUNTY', 2025, 2],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))) as unknown[]);
    });

    it('imports directory organisations (a failing checksum warns) and vacancies', async () => {
      const warned = usccWithBadCheck('370102', 'MA00DR02');
      const csv = `uscc,name,regionCode,listedYear,keyEnterprise\n${uscc('370102', 'MA00DR01')},导入企业甲,370102,2025,是\n${warned},导入企业乙,370102,2026,否\n`;
      const orgs = await run('directory-organizations', file('orgs.csv', csv));
      expect(orgs).toMatchObject({ fileError: null, rows: 2, written: 2, errors: [] });
      expect(orgs.warnings).toEqual([expect.objectContaining({ row: 2, line: 3, field: 'uscc', code: 'USCC_CHECKSUM' })]);
      expect(await count(`SELECT COUNT(*) AS n FROM organization WHERE name LIKE '导入企业%'`, [], 'culture')).toBe(2);
      const vacancies = [{ employerUscc: uscc('370102', 'MA00DR01'), title: '导入岗位', headcount: 2, payMin: '3000', payMax: '3800', regionCode: '370102', postedOn: '2026-10-01', closesOn: '2026-11-01', status: 'CLOSED' }];
      expect(await run('vacancies', file('vacancies.json', JSON.stringify(vacancies)))).toMatchObject({ fileError: null, written: 1 });
      expect(await count(`SELECT COUNT(*) AS n FROM vacancy WHERE title = '导入岗位' AND status = 'CLOSED'`)).toBe(1);
    });
    it('imports cohorts, then certificates and titles of registered persons, from JSON', async () => {
      const [entry] = await h.db.sources.hr.query(`SELECT code, published_on FROM training_catalog_entry WHERE status = 'PUBLISHED' AND published_on < '2026-01-01' ORDER BY id LIMIT 1`);
      const [provider] = await h.db.sources.hr.query(`SELECT uscc FROM training_provider WHERE filed_on < '2026-01-01' ORDER BY id LIMIT 1`);
      const cohorts = [{ code: 'BJIMP0001', catalogEntryCode: entry.code, providerUscc: provider.uscc, regionCode: '370102', startsOn: '2026-03-01', endsOn: '2026-04-01', projectBased: 'true', plannedSize: 25 }];
      expect(await run('training-cohorts', file('cohorts.json', JSON.stringify(cohorts)))).toMatchObject({ fileError: null, written: 1, errors: [] });
      const [{ citizen_id: person }] = await h.db.sources.hr.query('SELECT citizen_id FROM person ORDER BY id LIMIT 1');
      const certificates = [{ certificateNumber: 'Y000137010001264000321', idNumber: person, kind: 'SKILL_LEVEL', level: 'INTERMEDIATE', occupationCode: '6-09-03-01', evaluatorType: 'EMPLOYER', evaluatorUscc: uscc('370102', 'MA00DR01'), issuedOn: '2026-05-01', regionCode: '370102' }];
      expect(await run('skill-certificates', file('certificates.json', JSON.stringify(certificates)))).toMatchObject({ fileError: null, written: 1, errors: [] });
      const titles = `idNumber,kind,year,awardedOn,regionCode\n${person},SHANDONG_TECHNICAL_EXPERT,2026,2026-06-01,370102\n`;
      expect(await run('talent-titles', file('titles.csv', titles))).toMatchObject({ fileError: null, written: 1, errors: [] });
      const [row] = await h.db.sources.hr.query(
        `SELECT (SELECT COUNT(*) FROM training_cohort WHERE code = 'BJIMP0001' AND project_based = 1) AS cohorts, (SELECT COUNT(*) FROM skill_certificate WHERE certificate_number = 'Y000137010001264000321') AS certificates, (SELECT COUNT(*) FROM talent_title t JOIN person p ON p.id = t.person_id WHERE p.citizen_id = ?) AS titles`,
        [person],
      );
      expect([Number(row.cohorts), Number(row.certificates), Number(row.titles)]).toEqual([1, 1, 1]);
    });
  });

  describe('bad input writes nothing, in any database', () => {
    const good = (i: number) => citizenId('370102', '19950101', 100 + i);

    it('reports every bad row of a file, with row, line, field and rule', async () => {
      const before = await snapshot(h.db.sources);
      const [existing] = await h.db.sources.hr.query('SELECT citizen_id, region_code FROM person ORDER BY id LIMIT 1');
      const lines = [
        'idNumber,name,gender,regionCode',
        `${good(1)},好人,,370102`,
        `${wrongCheckDigit(good(2))},校验错,,370102`,
        `${good(3)},地区错,,379999`,
        `${good(4)},,,370102`,
        `${good(5)},性别错,X,370102`,
        `${good(1)},重复行,,370102`,
        `${existing.citizen_id},已登记,,${existing.region_code}`,
        `${good(6)},撤销地区,,371202`,
      ];
      const report = await run('persons', file('bad-persons.csv', lines.join('\n')));
      expect(report).toMatchObject({ fileError: null, rows: 8, failedRows: 7, written: 0 });
      expect(report.errors.map((e) => [e.row, e.line, e.field, e.code])).toEqual([
        [2, 3, 'idNumber', 'CHECK_DIGIT'],
        [3, 4, 'regionCode', 'UNKNOWN_REGION'],
        [4, 5, 'name', 'REQUIRED'],
        [5, 6, 'gender', 'UNKNOWN_ENUM_VALUE'],
        [6, 7, 'idNumber', 'DUPLICATE'],
        [7, 8, 'idNumber', 'DUPLICATE'],
        [8, 9, 'regionCode', 'RETIRED_REGION'],
      ]);
      expect(report.errors[4].message).toBe('Row 1 of this file already names the same record');
      expect(await snapshot(h.db.sources)).toEqual(before);
    });

    it('refuses rows that point at records the other agency does not have', async () => {
      const before = await snapshot(h.db.sources);
      const entries = [{ code: 'SDSZ-BROKEN-1', title: '断链', abilitySpec: '不存在的手艺', classHours: 10, subsidyPerHour: '8', regionCode: '370100', itemKeys: ['NATIONAL:Ⅷ-999:370102'] }];
      const report = await run('training-catalog-entries', file('broken.json', JSON.stringify(entries)));
      expect(report.errors).toEqual([expect.objectContaining({ row: 1, field: 'itemKeys[0]', code: 'NOT_FOUND' })]);
      const enrolments = `cohortCode,idNumber,enrolledOn\nBJ-NONE-1,${good(7)},2026-01-01\n`;
      const second = await run('enrollments', file('broken-enrolments.csv', enrolments));
      expect(second.errors.map((e) => [e.field, e.code])).toEqual([['cohortCode', 'NOT_FOUND'], ['idNumber', 'NOT_FOUND']]);
      expect(await snapshot(h.db.sources)).toEqual(before);
    });

    it('writes nothing when the last row of a long file fails, though earlier batches were already inserted', async () => {
      const before = await snapshot(h.db.sources);
      const lines = ['idNumber,name,regionCode', ...Array.from({ length: 35 }, (_, i) => `${citizenId('370103', '19960101', 200 + i)},批量${i},370103`), `${good(8)},最后一行,999999`];
      const report = await run('persons', file('late-failure.csv', lines.join('\n')), { batchSize: 10 });
      expect(report).toMatchObject({ rows: 36, failedRows: 1, written: 0 });
      expect(report.errors).toEqual([expect.objectContaining({ row: 36, field: 'regionCode', code: 'UNKNOWN_REGION' })]);
      expect(await snapshot(h.db.sources)).toEqual(before);
    });

    it('validates without writing on a dry run, and keeps a region-limited import inside its region', async () => {
      const before = await snapshot(h.db.sources);
      const csv = `idNumber,name,regionCode\n${good(9)},试运行,370102\n`;
      expect(await run('persons', file('dry.csv', csv), { dryRun: true })).toMatchObject({ rows: 1, failedRows: 0, written: 0, dryRun: true });
      const scoped = await run('persons', file('scoped.csv', csv), { regionCode: '370200' });
      expect(scoped.errors).toEqual([expect.objectContaining({ field: 'regionCode', code: 'OUT_OF_SCOPE' })]);
      expect(await snapshot(h.db.sources)).toEqual(before);
    });

    it('refuses a USCC failing its checksum in strict mode, and unknown JSON keys', async () => {
      const before = await snapshot(h.db.sources);
      const csv = `uscc,name,regionCode,listedYear\n${usccWithBadCheck('370102', 'MA00DR03')},严格,370102,2026\n`;
      const strict = await run('directory-organizations', file('strict.csv', csv), { strict: true });
      expect(strict.errors).toEqual([expect.objectContaining({ row: 1, field: 'uscc', code: 'USCC_CHECKSUM' })]);
      const json = await run('persons', file('unknown-key.json', JSON.stringify([{ idNumber: good(10), name: '多余', regionCode: '370102', nickname: 'x' }])));
      expect(json.errors).toEqual([expect.objectContaining({ row: 1, field: 'nickname', code: 'UNKNOWN_FIELD' })]);
      expect(await snapshot(h.db.sources)).toEqual(before);
    });

    it.each([
      ['malformed CSV', 'persons.csv', `idNumber,name,regionCode\n${citizenId('370102', '19970101', 1)},"未闭合,370102\n`, /^line 2, column 20: a quoted field is never closed$/],
      ['a CSV record with the wrong number of fields', 'persons.csv', `idNumber,name,regionCode\n${citizenId('370102', '19970101', 1)},多一列,370102,extra\n`, /^line 2, column 1: the record has 4 fields but the header has 3$/],
      ['an unknown CSV column, at its position', 'persons.csv', 'citizenId,nickname\n1,2\n', /^line 1, column 11: unknown column "nickname" \(column 2\); the columns of this record type are idNumber \(公民身份号码\), name \(姓名\)/],
      ['malformed JSON', 'persons.json', `[\n  {"citizenId": "${citizenId('370102', '19970101', 1)}", "name": "坏" "regionCode": "370102"}\n]`, /^line 2, column 51: expected "," or "}" after a value, got "\\""$/],
      ['JSON that is not an array of records', 'persons.json', '[1, 2]', /^line 1, column 1: element 1 of the array is 1, not a record object$/],
      ['an empty file', 'persons.csv', '', /is empty$/],
      ['a file that is not .csv or .json', 'persons.xlsx', 'PK', /unknown file type; an import file is \.csv or \.json$/],
    ])('refuses %s with its position', async (_what, name, content, message) => {
      const before = await snapshot(h.db.sources);
      const report = await run('persons', file(name, content));
      expect(report.fileError).toMatch(message);
      expect(report).toMatchObject({ rows: 0, written: 0 });
      expect(await snapshot(h.db.sources)).toEqual(before);
    });

    it('refuses a GBK file, naming the encoding problem', async () => {
      const before = await snapshot(h.db.sources);
      const content = Buffer.concat([Buffer.from(`idNumber,name,regionCode\n${citizenId('370102', '19970101', 2)},`), GBK_WANG_WU, Buffer.from(',370102\n')]);
      const report = await run('persons', file('gbk.csv', content));
      expect(report.fileError).toMatch(/gbk\.csv is not valid UTF-8: invalid byte sequence cd f5 ce e5 at byte offset 44 \(line 2\); it looks like GBK\/GB 18030 \(those bytes read as ".*王五.*" in GB 18030\); save it as UTF-8/);
      expect(await snapshot(h.db.sources)).toEqual(before);
    });

    it('refuses a file over the size limit before reading it', async () => {
      const before = await snapshot(h.db.sources);
      const lines = ['idNumber,name,regionCode', ...Array.from({ length: 100 }, (_, i) => `${citizenId('370102', '19980101', i)},大文件${i},370102`)];
      const report = await run('persons', file('big.csv', lines.join('\n')), { maxBytes: 1024 });
      expect(report.fileError).toMatch(/big\.csv is 0\.0 MB, over the import limit of 0\.0 MB/);
      expect(await snapshot(h.db.sources)).toEqual(before);
    });
  });
});
