import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runImport } from '../../src/import/import.runner';
import { regionDirectory } from '../../src/shared/regions';
import { describeEachBackend } from '../support/backends';
import { ADMIN, FilingHarness, snapshot, startFiling, viewer } from '../filing/filing-harness';
import { citizenId, M } from '../filing/operations';
import { Running, serve } from '../http/harness';
import { TEST_AUTH, testToken } from '../support/api';

/**
 * Finding 6 of the trust issue: for a region-limited partner, a person
 * living outside its region must be indistinguishable from a number nobody
 * registered, in every filing's answer and in import reports — and a
 * registration that collides with such a person must not say where.
 */
const PARTNER = viewer('PARTNER', '370700', 31);
const OUTSIDER = citizenId('370102', '19800315', 457); // registered, lives in 历下区 (Jinan)
const NOBODY = citizenId('370102', '19800316', 457); // valid, never registered
const RESIDENT = citizenId('370702', '19810412', 233); // registered, lives in the partner's region
// Words that would place the outsider, once the masked number the caller sent itself is taken out.
const JINAN_WORDS = ['370102', '历下', '3701', '济南'];

/** The answer with the one thing that must differ — the masked number the caller sent — taken out. */
const neutral = (errors: Array<{ field: string; code: string; message: string }>, id: string) =>
  errors.map((e) => ({ ...e, message: e.message.split(id.slice(0, 6) + '*'.repeat(12)).join('<ID>') }));

describeEachBackend('trust: no existence oracle for a region-limited partner', (backend) => {
  let h: FilingHarness;
  let cohort: { code: string; starts_on: string };

  beforeAll(async () => {
    h = await startFiling(backend);
    [cohort] = await h.db.sources.hr.query(`SELECT code, starts_on FROM training_cohort WHERE region_code LIKE '3707%' ORDER BY id LIMIT 1`);
    for (const [id, region] of [
      [OUTSIDER, '370102'],
      [RESIDENT, '370702'],
    ]) {
      const done = await h.run(ADMIN, M.registerPerson, { input: { idNumber: id, name: '存在测试', regionCode: region } });
      expect(done.data!.registerPerson.errors).toEqual([]);
    }
    // The outsider attends a class in the partner's region, completes it and passes: an enrolment the partner must not see either.
    const enrolled = await h.run(ADMIN, M.enrollTrainee, { input: { cohortCode: cohort.code, idNumber: OUTSIDER, enrolledOn: String(cohort.starts_on).slice(0, 10) } });
    expect(enrolled.data!.enrollTrainee.errors).toEqual([]);
  });
  afterAll(async () => h?.close());

  const attempts: Array<[keyof typeof M, (id: string) => Record<string, unknown>]> = [
    ['enrollTrainee', (id) => ({ cohortCode: cohort.code, idNumber: id, enrolledOn: String(cohort.starts_on).slice(0, 10) })],
    ['awardTalentTitle', (id) => ({ idNumber: id, kind: 'SHANDONG_TECHNICAL_EXPERT', year: 2025, awardedOn: '2025-06-01', regionCode: '370702' })],
    [
      'issueSkillCertificate',
      (id) => ({ certificateNumber: 'S0001370700012650000001'.slice(0, 22), idNumber: id, kind: 'SKILL_LEVEL', level: 'JUNIOR', occupationCode: '6-09-03-01', evaluatorType: 'SOCIAL_ORGANIZATION', issuedOn: '2026-04-01', regionCode: '370702' }),
    ],
    ['recordCompletion', (id) => ({ cohortCode: cohort.code, idNumber: id, completedOn: String(cohort.starts_on).slice(0, 10), passed: true })],
    ['fileSubsidyClaim', (id) => ({ cohortCode: cohort.code, idNumber: id, amount: '100.00', claimedOn: '2025-06-01' })],
  ];

  it.each(attempts.map(([m]) => [m]))('%s: a person living elsewhere gets the very answer an unregistered number gets, and nothing is written', async (mutation) => {
    const input = attempts.find(([m]) => m === mutation)![1];
    const before = await snapshot(h.db.sources);
    const outsider = await h.run(PARTNER, M[mutation], { input: input(OUTSIDER) });
    const nobody = await h.run(PARTNER, M[mutation], { input: input(NOBODY) });
    const outsiderErrors = outsider.data![mutation].errors;
    expect(outsiderErrors.length).toBeGreaterThan(0);
    expect(outsiderErrors.map((e: { code: string }) => e.code)).not.toContain('OUT_OF_SCOPE');
    expect(neutral(outsiderErrors, OUTSIDER)).toEqual(neutral(nobody.data![mutation].errors, NOBODY));
    for (const word of JINAN_WORDS) expect(JSON.stringify(neutral(outsiderErrors, OUTSIDER))).not.toContain(word);
    expect(await snapshot(h.db.sources)).toEqual(before);
  });

  it('registerPerson: a number registered elsewhere is refused in the words used for one registered here, without the residence', async () => {
    const before = await snapshot(h.db.sources);
    const elsewhere = (await h.run(PARTNER, M.registerPerson, { input: { idNumber: OUTSIDER, name: '存在测试', regionCode: '370702' } })).data!.registerPerson;
    const here = (await h.run(PARTNER, M.registerPerson, { input: { idNumber: RESIDENT, name: '存在测试', regionCode: '370702' } })).data!.registerPerson;
    expect(elsewhere.errors.map((e: { code: string }) => e.code)).toEqual(['DUPLICATE']);
    expect(neutral(elsewhere.errors, OUTSIDER)).toEqual(neutral(here.errors, RESIDENT));
    for (const word of JINAN_WORDS) expect(JSON.stringify(neutral(elsewhere.errors, OUTSIDER))).not.toContain(word);
    expect(await snapshot(h.db.sources)).toEqual(before);
  });

  it('an agency without a region still gets told where: scope is what hides a person, not the filing', async () => {
    const hr = viewer('HR_AGENCY');
    const done = await h.run(hr, M.awardTalentTitle, { input: { idNumber: OUTSIDER, kind: 'SHANDONG_TECHNICAL_EXPERT', year: 2024, awardedOn: '2024-06-01', regionCode: '370102' } });
    expect(done.data!.awardTalentTitle.errors).toEqual([]);
  });

  it('an import limited to the region reports a person living elsewhere exactly as an unregistered number', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-existence-'));
    const file = path.join(dir, 'titles.csv');
    fs.writeFileSync(file, `idNumber,kind,year,awardedOn,regionCode\r\n${OUTSIDER},SHANDONG_TECHNICAL_EXPERT,2023,2023-06-01,370702\r\n${NOBODY},SHANDONG_TECHNICAL_EXPERT,2023,2023-06-01,370702\r\n`);
    try {
      const before = await snapshot(h.db.sources);
      const report = await runImport(h.db.sources, { type: 'talent-titles', file, regionCode: '370700' });
      expect(report.written).toBe(0);
      const [first, second] = [1, 2].map((row) => report.errors.filter((e) => e.row === row));
      expect(first.length).toBeGreaterThan(0);
      const strip = (errors: typeof first, id: string) => neutral(errors.map(({ field, code, message }) => ({ field, code, message })), id);
      expect(strip(first, OUTSIDER)).toEqual(strip(second, NOBODY));
      for (const word of JINAN_WORDS) expect(JSON.stringify(strip(first, OUTSIDER))).not.toContain(word);
      expect(await snapshot(h.db.sources)).toEqual(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('the SQL behind the answer (X-Debug-SQL, on by default outside production)', () => {
    let http: Running;
    type Traced = { sql: string; parameters: unknown[]; ms: number; rows: number | null };
    beforeAll(async () => {
      http = await serve(h.db.sources, { auth: TEST_AUTH });
    });
    afterAll(async () => http?.close());

    const traced = async (role: 'PARTNER' | 'ADMIN' | 'PUBLIC', query: string, variables: Record<string, unknown>) => {
      const credentials: Record<string, string> =
        role === 'PUBLIC' ? {} : { authorization: `Bearer ${await testToken(role, role === 'PARTNER' ? { region: '370700', subject: 'trace-partner' } : { subject: 'trace-admin' })}` };
      const { body } = await http.post({ query, variables }, { ...credentials, 'x-debug-sql': '1' });
      expect(body.errors).toBeUndefined();
      const statements: Traced[] = Object.values(body.extensions.sql.sources as Record<string, Traced[]>).flat();
      return { body, statements };
    };
    const award = (id: string) => ({ input: { idNumber: id, kind: 'SHANDONG_TECHNICAL_EXPERT', year: 2025, awardedOn: '2025-06-01', regionCode: '370702' } });

    it('a refused filing shows the partner the same statements for a person living elsewhere as for an unregistered number: no row counts', async () => {
      const outsider = await traced('PARTNER', M.awardTalentTitle, award(OUTSIDER));
      const nobody = await traced('PARTNER', M.awardTalentTitle, award(NOBODY));
      expect(outsider.statements.some((s) => /FROM person WHERE citizen_id IN/i.test(s.sql))).toBe(true);
      const shape = (t: typeof outsider) => t.statements.map(({ sql, parameters, rows }) => ({ sql, parameters: parameters.length, rows }));
      for (const s of outsider.statements) expect(s.rows).toBeNull();
      expect(shape(outsider)).toEqual(shape(nobody));
      for (const s of outsider.statements) expect(s.ms).toEqual(expect.any(Number));
    });

    it('suppressed statistics cells cannot be told from the raw GROUP BY row counts', async () => {
      const query = '{ enrollmentStatistics(groupBy: [COUNTY, TARGET_GROUP, MONTH]) { groups { enrollments suppressed } } }';
      const { body, statements } = await traced('PUBLIC', query, {});
      expect(body.data.enrollmentStatistics.groups.some((g: { suppressed: string[] }) => g.suppressed.length > 0)).toBe(true);
      expect(statements.length).toBeGreaterThan(0);
      for (const s of statements) expect(s.rows).toBeNull();
    });

    it('an administrator still sees the row counts', async () => {
      const { statements } = await traced('ADMIN', M.awardTalentTitle, award(citizenId('370102', '19800317', 457)));
      expect(statements.find((s) => /FROM person WHERE citizen_id IN/i.test(s.sql))?.rows).toBe(0);
    });
  });

  it('the region really is the partner’s: the resident is found (guards the test against a partner that sees nobody)', async () => {
    expect(regionDirectory().subtreeCodes('370700')).toContain('370702');
    const done = await h.run(PARTNER, M.awardTalentTitle, { input: { idNumber: RESIDENT, kind: 'SHANDONG_TECHNICAL_EXPERT', year: 2025, awardedOn: '2025-06-01', regionCode: '370702' } });
    expect(done.data!.awardTalentTitle.errors).toEqual([]);
  });
});
