import { describeEachBackend } from '../support/backends';
import { ADMIN, FilingHarness, HR, startFiling } from './filing-harness';
import { citizenId, M, uscc } from './operations';
import { globalId } from '../support/ids';

/**
 * The HR filings end to end, as an HR agency: catalogue entry (备案) →
 * publication → cohort → person → enrolment → completion → subsidy claim →
 * certificate → title; vacancies; labour-brand units. Each result is checked
 * against the database with independent SQL.
 */
describeEachBackend('HR filing mutations', (backend) => {
  let h: FilingHarness;
  let extension: { listing_key: string; item_key: string };
  let provider: { uscc: string };
  let member: { citizen_id: string; target_group: string; region_code: string };
  const newcomer = citizenId('370102', '19900101', 123);

  beforeAll(async () => {
    h = await startFiling(backend);
    const culture = h.db.sources.culture;
    [extension] = await culture.query(`SELECT l.listing_key, i.item_key FROM heritage_listing l JOIN heritage_item i ON i.id = l.item_id WHERE l.kind = 'EXTENSION' ORDER BY l.id LIMIT 1`);
    [provider] = await h.db.sources.hr.query(`SELECT uscc FROM training_provider WHERE filed_on < '2025-01-01' ORDER BY id LIMIT 1`);
    [member] = await h.db.sources.hr.query(
      `SELECT p.citizen_id, s.target_group, p.region_code FROM person p JOIN target_group_status s ON s.person_id = p.id WHERE s.valid_from <= '2026-01-25' AND s.valid_to IS NULL ORDER BY p.id LIMIT 1`,
    );
  });
  afterAll(async () => h?.close());

  const file = async (mutation: keyof typeof M, input: Record<string, unknown>, v = HR) => {
    const outcome = await h.run(v, M[mutation], { input });
    expect(outcome.errors).toBeUndefined();
    const payload = outcome.data![mutation];
    expect(payload.errors).toEqual([]);
    return payload;
  };

  it('files a catalogue entry as a draft, normalising an extension listing key to its item key', async () => {
    const payload = await file('fileTrainingCatalogEntry', {
      code: 'sdsz-test-00001', title: '测试技艺培训', occupationCode: '6-09-03-01', classHours: 40, subsidyPerHour: '10', regionCode: '370100',
      itemKeys: [extension.listing_key, extension.item_key.replace('-', '—')],
    });
    expect(payload.trainingCatalogEntry).toMatchObject({ code: 'SDSZ-TEST-00001', status: 'DRAFT', publishedOn: null, subsidyPerHour: '10.00', itemKeys: [extension.item_key] });
    expect(payload.warnings).toEqual([expect.objectContaining({ field: 'input.itemKeys[1]', code: 'DUPLICATE' })]);
    const items = await h.db.sources.hr.query(`SELECT i.item_key FROM training_catalog_item i JOIN training_catalog_entry e ON e.id = i.entry_id WHERE e.code = 'SDSZ-TEST-00001'`);
    expect(items).toEqual([{ item_key: extension.item_key }]);
  });

  it('publishes the draft, then refuses to publish it twice', async () => {
    const payload = await file('publishTrainingCatalogEntry', { code: 'SDSZ-TEST-00001', publishedOn: '2026-01-10' });
    expect(payload.trainingCatalogEntry).toMatchObject({ status: 'PUBLISHED', publishedOn: '2026-01-10' });
    const again = (await h.run(HR, M.publishTrainingCatalogEntry, { input: { code: 'SDSZ-TEST-00001', publishedOn: '2026-01-11' } })).data!.publishTrainingCatalogEntry;
    expect(again.errors).toEqual([expect.objectContaining({ field: 'input.code', code: 'INVALID_STATE' })]);
    const [row] = await h.db.sources.hr.query(`SELECT status, published_on FROM training_catalog_entry WHERE code = 'SDSZ-TEST-00001'`);
    expect(row).toEqual({ status: 'PUBLISHED', published_on: '2026-01-10' });
  });

  it('records a cohort of the published programme', async () => {
    const payload = await file('recordTrainingCohort', {
      code: 'BJTEST0001', catalogEntryCode: 'SDSZ-TEST-00001', providerUscc: provider.uscc, regionCode: '370102', startsOn: '2026-02-01', endsOn: '2026-03-01', plannedSize: 1,
    });
    expect(payload.trainingCohort).toMatchObject({ code: 'BJTEST0001', startsOn: '2026-02-01', endsOn: '2026-03-01', plannedSize: 1 });
    const [row] = await h.db.sources.hr.query(`SELECT c.region_code, c.project_based, e.code FROM training_cohort c JOIN training_catalog_entry e ON e.id = c.catalog_entry_id WHERE c.code = 'BJTEST0001'`);
    expect(row).toMatchObject({ region_code: '370102', code: 'SDSZ-TEST-00001' });
    expect(Number(row.project_based)).toBe(0);
  });

  it('registers a person, deriving gender and birth date from the ID', async () => {
    const payload = await file('registerPerson', { idNumber: newcomer, name: '测试人', phone: '138 0013 8000', regionCode: '370102' });
    // The agency holds no pii:read, so it sees the year, not the day, of the birth date it filed.
    expect(payload.person).toMatchObject({ name: '测试人', gender: 'MALE', birthDate: null, birthYear: 1990, regionCode: '370102' });
    const [row] = await h.db.sources.hr.query('SELECT gender, birth_date, phone FROM person WHERE citizen_id = ?', [newcomer]);
    expect(row).toEqual({ gender: 'MALE', birth_date: '1990-01-01', phone: '13800138000' });
  });

  it('enrols two trainees, warning when the cohort is over its planned size', async () => {
    const first = await file('enrollTrainee', { cohortCode: 'BJTEST0001', idNumber: member.citizen_id, enrolledOn: '2026-01-25', targetGroup: member.target_group });
    expect(first.enrollment).toMatchObject({ status: 'ENROLLED', enrolledOn: '2026-01-25', targetGroup: member.target_group });
    expect(first.warnings).toEqual([]);
    const second = await file('enrollTrainee', { cohortCode: 'BJTEST0001', idNumber: newcomer, enrolledOn: '2026-01-26' });
    expect(second.warnings).toEqual([expect.objectContaining({ field: 'input.cohortCode', code: 'OUT_OF_RANGE' })]);
    const rows = await h.db.sources.hr.query(`SELECT p.citizen_id FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id JOIN person p ON p.id = e.person_id WHERE c.code = 'BJTEST0001' ORDER BY e.id`);
    expect(rows.map((r: { citizen_id: string }) => r.citizen_id)).toEqual([member.citizen_id, newcomer]);
  });

  it('records a completion and files the subsidy claim within the cap', async () => {
    const done = await file('recordCompletion', { cohortCode: 'BJTEST0001', idNumber: member.citizen_id, completedOn: '2026-03-01', passed: true });
    expect(done.enrollment).toMatchObject({ status: 'COMPLETED', completedOn: '2026-03-01', passed: true });
    const claim = await file('fileSubsidyClaim', { cohortCode: 'BJTEST0001', idNumber: member.citizen_id, amount: '400.00', claimedOn: '2026-03-05' });
    expect(claim.subsidyClaim).toMatchObject({ amount: '400.00', status: 'FILED', claimedOn: '2026-03-05' });
    const [row] = await h.db.sources.hr.query(
      `SELECT s.amount, s.status FROM subsidy_claim s JOIN enrollment e ON e.id = s.enrollment_id JOIN person p ON p.id = e.person_id WHERE p.citizen_id = ? AND s.claimed_on = '2026-03-05'`,
      [member.citizen_id],
    );
    expect({ amount: Number(row.amount).toFixed(2), status: row.status }).toEqual({ amount: '400.00', status: 'FILED' });
  });

  it('issues a skill certificate and awards a Qilu chief technician title with its four-year term', async () => {
    const number = 'S0001370100012650000001'.slice(0, 22);
    const cert = await file('issueSkillCertificate', {
      certificateNumber: number, idNumber: newcomer, kind: 'SKILL_LEVEL', level: 'JUNIOR', occupationCode: '6-09-03-01', evaluatorType: 'SOCIAL_ORGANIZATION', issuedOn: '2026-04-01', regionCode: '370102',
    });
    expect(cert.skillCertificate).toMatchObject({ certificateNumber: number, level: 'JUNIOR' });
    const title = await file('awardTalentTitle', { idNumber: newcomer, kind: 'QILU_CHIEF_TECHNICIAN', year: 2026, awardedOn: '2026-09-10', regionCode: '370102' });
    expect(title.talentTitle).toMatchObject({ kind: 'QILU_CHIEF_TECHNICIAN', year: 2026, termEndsOn: '2030-09-09' });
    const [row] = await h.db.sources.hr.query(`SELECT t.title_name FROM talent_title t JOIN person p ON p.id = t.person_id WHERE p.citizen_id = ?`, [newcomer]);
    expect(row.title_name).toBe('齐鲁首席技师');
  });

  it('posts a vacancy with its item key normalised, and closes it', async () => {
    const employer = uscc('370102', 'MA00TE01');
    const posted = await file('postVacancy', {
      employerUscc: employer, title: '黑陶学徒', itemKey: extension.listing_key, headcount: 3, payMin: '3000', payMax: '5000.5', regionCode: '370102', postedOn: '2026-11-01',
    });
    expect(posted.vacancy).toMatchObject({ itemKey: extension.item_key, status: 'OPEN', payMin: '3000.00', payMax: '5000.50' });
    const closed = await file('closeVacancy', { vacancyId: posted.vacancy.id, closedOn: '2026-11-20' });
    expect(closed.vacancy).toMatchObject({ status: 'CLOSED', closesOn: '2026-11-20' });
    const [row] = await h.db.sources.hr.query('SELECT status, closes_on, item_key FROM vacancy WHERE employer_uscc = ?', [employer]);
    expect(row).toEqual({ status: 'CLOSED', closes_on: '2026-11-20', item_key: extension.item_key });
  });

  it('files a labour-brand unit whose USCC the culture directory knows', async () => {
    const [brand] = await h.db.sources.hr.query('SELECT id, established_year FROM labor_brand ORDER BY id LIMIT 1');
    const taken = (await h.db.sources.hr.query('SELECT uscc FROM labor_brand_unit WHERE brand_id = ?', [brand.id])).map((r: { uscc: string }) => r.uscc);
    const candidates: Array<{ uscc: string; key_enterprise: unknown }> = await h.db.sources.culture.query('SELECT uscc, key_enterprise FROM organization ORDER BY id');
    const unit = candidates.find((c) => !taken.includes(c.uscc))!;
    const payload = await file('fileLaborBrandUnit', { brandId: globalId('LaborBrand', Number(brand.id)), uscc: unit.uscc, unitKind: 'KEY_ENTERPRISE', recognizedOn: '2026-05-01' }, ADMIN);
    expect(payload.laborBrandUnit).toMatchObject({ uscc: unit.uscc, unitKind: 'KEY_ENTERPRISE', recognizedOn: '2026-05-01' });
    if (Number(unit.key_enterprise) !== 1) expect(payload.warnings).toEqual([expect.objectContaining({ field: 'input.unitKind', code: 'INCONSISTENT' })]);
    const rows = await h.db.sources.hr.query('SELECT unit_kind FROM labor_brand_unit WHERE brand_id = ? AND uscc = ?', [brand.id, unit.uscc]);
    expect(rows).toEqual([{ unit_kind: 'KEY_ENTERPRISE' }]);
  });
});
