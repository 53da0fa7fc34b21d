import { describeEachBackend } from '../support/backends';
import { ADMIN, CULTURE, FilingHarness, HR, snapshot, Snapshot, startFiling, viewer } from './filing-harness';
import { citizenId, M, uscc, usccWithBadCheck, wrongCheckDigit } from './operations';
import { Viewer } from '../../src/shared/auth/viewer';
import { globalId } from '../support/ids';

/** Seeded records the bad filings point at. */
interface Refs {
  person: { citizen_id: string; region_code: string };
  /** Registered, not enrolled anywhere. */
  racer: string;
  cohort: { code: string; region_code: string };
  enrolled: { code: string; citizen_id: string };
  entry: { code: string };
  provider: { uscc: string };
  certificate: { certificate_number: string };
  organization: { uscc: string };
  brandId: string;
  qingdaoWorkshop: string;
  jinanVacancy: string;
  itemKey: string;
}

interface Case {
  name: string;
  as?: Viewer;
  mutation: keyof typeof M;
  input: (r: Refs) => Record<string, unknown>;
  /** The payload error expected (field and code), or a GraphQL error code when the schema or the authChecker refuses first. */
  expect: { field: string; code: string } | { graphql: string };
}

const QINGDAO_PARTNER = viewer('PARTNER', '370200');

const person = (_r?: Refs) => ({ idNumber: citizenId('370102', '19850505', 456), name: '新人员', regionCode: '370102' });
const enrol = (r: Refs) => ({ cohortCode: r.cohort.code, idNumber: r.person.citizen_id, enrolledOn: '2026-01-02' });
const cohort = (r: Refs) => ({ code: 'BJBAD0001', catalogEntryCode: r.entry.code, providerUscc: r.provider.uscc, regionCode: '370102', startsOn: '2026-02-01', endsOn: '2026-03-01', plannedSize: 20 });
const entry = (r: Refs) => ({ code: 'SDSZ-BAD-1', title: '坏条目', occupationCode: '6-09-03-01', classHours: 40, subsidyPerHour: '10.00', regionCode: '370100', itemKeys: [r.itemKey] });
const certificate = (r: Refs) => ({
  certificateNumber: 'S000137010001265099999', idNumber: r.person.citizen_id, kind: 'SKILL_LEVEL', level: 'JUNIOR', occupationCode: '6-09-03-01', evaluatorType: 'SOCIAL_ORGANIZATION', issuedOn: '2026-04-01', regionCode: '370102',
});
const organization = () => ({ uscc: uscc('370102', 'MA00BAD1'), name: '坏主体', regionCode: '370102', listedYear: 2026 });
const workshop = (r: Refs) => ({ name: '坏工坊', regionCode: '370102', jobsCreated: 3, itemKeys: [r.itemKey], recognition: { year: 2026 } });
const vacancy = () => ({ employerUscc: uscc('370102', 'MA00BAD2'), title: '学徒', headcount: 1, payMin: '3000', payMax: '4000', regionCode: '370102', postedOn: '2026-11-01' });

const CASES: Case[] = [
  // Wrong check digit
  { name: 'citizen ID with a wrong check digit (registerPerson)', mutation: 'registerPerson', input: (r) => ({ ...person(r), idNumber: wrongCheckDigit(person(r).idNumber) }), expect: { field: 'input.idNumber', code: 'CHECK_DIGIT' } },
  { name: 'citizen ID with a wrong check digit (enrollTrainee)', mutation: 'enrollTrainee', input: (r) => ({ ...enrol(r), idNumber: wrongCheckDigit(r.person.citizen_id) }), expect: { field: 'input.idNumber', code: 'CHECK_DIGIT' } },
  { name: 'citizen ID with an impossible birth date', mutation: 'registerPerson', input: (r) => ({ ...person(r), idNumber: '370102198502300011' }), expect: { field: 'input.idNumber', code: 'FORMAT' } },
  { name: 'USCC failing its check character in strict mode', mutation: 'registerDirectoryOrganization', input: () => ({ ...organization(), uscc: usccWithBadCheck('370102', 'MA00BAD1'), strict: true }), expect: { field: 'input.uscc', code: 'USCC_CHECKSUM' } },
  { name: 'malformed USCC (always an error)', mutation: 'postVacancy', input: () => ({ ...vacancy(), employerUscc: '91370102-NOPE' }), expect: { field: 'input.employerUscc', code: 'FORMAT' } },
  // Regions
  { name: 'unknown region code', mutation: 'registerPerson', input: (r) => ({ ...person(r), regionCode: '379999' }), expect: { field: 'input.regionCode', code: 'UNKNOWN_REGION' } },
  { name: 'retired region code (Laiwu, merged 2018)', mutation: 'registerPerson', input: (r) => ({ ...person(r), regionCode: '371200' }), expect: { field: 'input.regionCode', code: 'RETIRED_REGION' } },
  { name: 'region code that is not six digits', mutation: 'fileTrainingCatalogEntry', input: (r) => ({ ...entry(r), regionCode: '3701' }), expect: { field: 'input.regionCode', code: 'FORMAT' } },
  { name: 'workshop region that is a city, not a county', mutation: 'registerWorkshop', input: (r) => ({ ...workshop(r), regionCode: '370100' }), expect: { field: 'input.regionCode', code: 'OUT_OF_RANGE' } },
  // Scope
  { name: 'partner filing a person outside its region', as: QINGDAO_PARTNER, mutation: 'registerPerson', input: (r) => person(r), expect: { field: 'input.regionCode', code: 'OUT_OF_SCOPE' } },
  { name: 'partner enrolling into a cohort outside its region', as: QINGDAO_PARTNER, mutation: 'enrollTrainee', input: enrol, expect: { field: 'input.cohortCode', code: 'OUT_OF_SCOPE' } },
  { name: 'partner closing a vacancy outside its region', as: QINGDAO_PARTNER, mutation: 'closeVacancy', input: (r) => ({ vacancyId: r.jinanVacancy, closedOn: '2026-11-20' }), expect: { field: 'input.vacancyId', code: 'OUT_OF_SCOPE' } },
  { name: 'Jinan partner recognising a Qingdao workshop', as: viewer('PARTNER', '370100'), mutation: 'recognizeWorkshop', input: (r) => ({ workshopId: r.qingdaoWorkshop, level: 'CITY', year: 2026 }), expect: { field: 'input.workshopId', code: 'OUT_OF_SCOPE' } },
  // Roles
  { name: 'PUBLIC may not write', as: viewer('PUBLIC', null, null), mutation: 'registerPerson', input: person, expect: { graphql: 'FORBIDDEN' } },
  { name: 'ANALYST may not write', as: viewer('ANALYST'), mutation: 'postVacancy', input: vacancy, expect: { graphql: 'FORBIDDEN' } },
  { name: 'CULTURE_AGENCY may not write HR records', as: CULTURE, mutation: 'enrollTrainee', input: enrol, expect: { graphql: 'FORBIDDEN' } },
  { name: 'HR_AGENCY may not write culture records', as: HR, mutation: 'registerDirectoryOrganization', input: organization, expect: { graphql: 'FORBIDDEN' } },
  // Missing required fields
  { name: 'blank required text', mutation: 'registerPerson', input: (r) => ({ ...person(r), name: '   ' }), expect: { field: 'input.name', code: 'REQUIRED' } },
  { name: 'required field left out altogether (the schema refuses)', mutation: 'registerPerson', input: (r) => ({ idNumber: person(r).idNumber, regionCode: '370102' }), expect: { graphql: 'BAD_USER_INPUT' } },
  { name: 'workshop without any item', mutation: 'registerWorkshop', input: (r) => ({ ...workshop(r), itemKeys: [] }), expect: { field: 'input.itemKeys', code: 'REQUIRED' } },
  { name: 'catalogue entry with neither occupation nor ability', mutation: 'fileTrainingCatalogEntry', input: (r) => ({ ...entry(r), occupationCode: null }), expect: { field: 'input.occupationCode', code: 'REQUIRED' } },
  { name: 'skill-level certificate without its level', mutation: 'issueSkillCertificate', input: (r) => ({ ...certificate(r), level: null }), expect: { field: 'input.level', code: 'REQUIRED' } },
  // Unknown enum values
  { name: 'unknown enum value (the schema refuses)', mutation: 'fileLaborBrandUnit', input: (r) => ({ brandId: r.brandId, uscc: r.organization.uscc, unitKind: 'FACTORY', recognizedOn: '2026-05-01' }), expect: { graphql: 'BAD_USER_INPUT' } },
  { name: 'date that is not a calendar date (the schema refuses)', mutation: 'enrollTrainee', input: (r) => ({ ...enrol(r), enrolledOn: '2026-02-30' }), expect: { graphql: 'BAD_USER_INPUT' } },
  // Duplicates of natural keys
  { name: 'citizen ID already registered', mutation: 'registerPerson', input: (r) => ({ idNumber: r.person.citizen_id, name: '重复', regionCode: r.person.region_code }), expect: { field: 'input.idNumber', code: 'DUPLICATE' } },
  { name: 'certificate number already on file', mutation: 'issueSkillCertificate', input: (r) => ({ ...certificate(r), certificateNumber: r.certificate.certificate_number }), expect: { field: 'input.certificateNumber', code: 'DUPLICATE' } },
  { name: 'catalogue code already on file', mutation: 'fileTrainingCatalogEntry', input: (r) => ({ ...entry(r), code: r.entry.code }), expect: { field: 'input.code', code: 'DUPLICATE' } },
  { name: 'USCC already in the directory', mutation: 'registerDirectoryOrganization', input: (r) => ({ ...organization(), uscc: r.organization.uscc }), expect: { field: 'input.uscc', code: 'DUPLICATE' } },
  { name: 'same person enrolled twice in one cohort', mutation: 'enrollTrainee', input: (r) => ({ cohortCode: r.enrolled.code, idNumber: r.enrolled.citizen_id, enrolledOn: '2026-01-02' }), expect: { field: 'input.idNumber', code: 'DUPLICATE' } },
  // Broken references, across sources and within one
  { name: 'building unit whose USCC culture does not know', mutation: 'fileLaborBrandUnit', input: (r) => ({ brandId: r.brandId, uscc: uscc('370102', 'MA00NQNE'), unitKind: 'KEY_ENTERPRISE', recognizedOn: '2026-05-01' }), expect: { field: 'input.uscc', code: 'NOT_FOUND' } },
  { name: 'catalogue item key that culture does not list', mutation: 'fileTrainingCatalogEntry', input: (r) => ({ ...entry(r), itemKeys: [r.itemKey, 'NATIONAL:Ⅷ-999:370102'] }), expect: { field: 'input.itemKeys[1]', code: 'NOT_FOUND' } },
  { name: 'malformed item key', mutation: 'postVacancy', input: () => ({ ...vacancy(), itemKey: 'black pottery' }), expect: { field: 'input.itemKey', code: 'FORMAT' } },
  { name: 'enrolment of a person nobody registered', mutation: 'enrollTrainee', input: (r) => ({ ...enrol(r), idNumber: citizenId('370102', '19700101', 999) }), expect: { field: 'input.idNumber', code: 'NOT_FOUND' } },
  { name: 'cohort of a programme that does not exist', mutation: 'recordTrainingCohort', input: (r) => ({ ...cohort(r), catalogEntryCode: 'SDSZ-NONE' }), expect: { field: 'input.catalogEntryCode', code: 'NOT_FOUND' } },
  { name: 'cohort run by an unfiled provider', mutation: 'recordTrainingCohort', input: (r) => ({ ...cohort(r), providerUscc: uscc('370102', 'MA00NQPR') }), expect: { field: 'input.providerUscc', code: 'NOT_FOUND' } },
  { name: 'global id of another type', mutation: 'closeVacancy', input: (r) => ({ vacancyId: r.qingdaoWorkshop, closedOn: '2026-11-20' }), expect: { field: 'input.vacancyId', code: 'FORMAT' } },
  // Dates, amounts and states
  { name: 'cohort ending before it starts', mutation: 'recordTrainingCohort', input: (r) => ({ ...cohort(r), endsOn: '2026-01-31' }), expect: { field: 'input.endsOn', code: 'DATE_ORDER' } },
  { name: 'vacancy closing before it is posted', mutation: 'postVacancy', input: () => ({ ...vacancy(), closesOn: '2026-10-01' }), expect: { field: 'input.closesOn', code: 'DATE_ORDER' } },
  { name: 'title term ending before the award', mutation: 'awardTalentTitle', input: (r) => ({ idNumber: r.person.citizen_id, kind: 'SHANDONG_TECHNICAL_EXPERT', year: 2026, awardedOn: '2026-06-01', termEndsOn: '2026-05-01', regionCode: '370102' }), expect: { field: 'input.termEndsOn', code: 'DATE_ORDER' } },
  { name: 'completion before enrolment', mutation: 'recordCompletion', input: (r) => ({ cohortCode: r.enrolled.code, idNumber: r.enrolled.citizen_id, completedOn: '2020-01-01', passed: true }), expect: { field: 'input.completedOn', code: 'DATE_ORDER' } },
  { name: 'event in the future', mutation: 'issueSkillCertificate', input: (r) => ({ ...certificate(r), issuedOn: '2099-01-01' }), expect: { field: 'input.issuedOn', code: 'OUT_OF_RANGE' } },
  { name: 'pay range upside down', mutation: 'postVacancy', input: () => ({ ...vacancy(), payMin: '5000', payMax: '3000' }), expect: { field: 'input.payMax', code: 'OUT_OF_RANGE' } },
  { name: 'certificate whose level digit contradicts its level', mutation: 'issueSkillCertificate', input: (r) => ({ ...certificate(r), level: 'SENIOR' }), expect: { field: 'input.level', code: 'INCONSISTENT' } },
  { name: 'gender contradicting the ID number', mutation: 'registerPerson', input: (r) => ({ ...person(r), gender: 'MALE' }), expect: { field: 'input.gender', code: 'INCONSISTENT' } },
  { name: 'subsidy claim for an enrolment not yet completed', mutation: 'fileSubsidyClaim', input: (r) => ({ cohortCode: r.enrolled.code, idNumber: r.enrolled.citizen_id, amount: '100.00', claimedOn: '2026-11-20' }), expect: { field: 'input.idNumber', code: 'INVALID_STATE' } },
  { name: 'cohort on a programme that is not published', mutation: 'recordTrainingCohort', input: (r) => ({ ...cohort(r), catalogEntryCode: 'SDSZ-DRAFT-1' }), expect: { field: 'input.catalogEntryCode', code: 'INVALID_STATE' } },
];

describeEachBackend('bad filings are refused with clear errors and change no database', (backend) => {
  let h: FilingHarness;
  let refs: Refs;
  let before: Snapshot;

  beforeAll(async () => {
    h = await startFiling(backend);
    const hr = h.db.sources.hr;
    const culture = h.db.sources.culture;
    const [brand] = await hr.query('SELECT id FROM labor_brand ORDER BY id LIMIT 1');
    const [item] = await culture.query('SELECT item_key FROM heritage_item ORDER BY id LIMIT 1');
    const [provider] = await hr.query(`SELECT uscc FROM training_provider WHERE filed_on < '2026-01-01' ORDER BY id LIMIT 1`);
    const [organization] = await culture.query('SELECT uscc FROM organization ORDER BY id LIMIT 1');
    // Fixtures filed the normal way, so the bad filings have something to collide with or point at.
    const fixture = async (mutation: keyof typeof M, input: Record<string, unknown>) => {
      const payload = (await h.run(ADMIN, M[mutation], { input })).data![mutation];
      expect(payload.errors).toEqual([]);
      return Object.entries(payload).find(([k]) => k !== 'errors' && k !== 'warnings')![1] as Record<string, any>;
    };
    const partial = { itemKey: item.item_key } as Refs;
    await fixture('fileTrainingCatalogEntry', { ...entry(partial), code: 'SDSZ-FIX-1' });
    await fixture('publishTrainingCatalogEntry', { code: 'SDSZ-FIX-1', publishedOn: '2026-01-01' });
    await fixture('fileTrainingCatalogEntry', { ...entry(partial), code: 'SDSZ-DRAFT-1' });
    await fixture('recordTrainingCohort', { code: 'BJFIX0001', catalogEntryCode: 'SDSZ-FIX-1', providerUscc: provider.uscc, regionCode: '370102', startsOn: '2026-01-05', endsOn: '2026-12-01', plannedSize: 30 });
    const person = { citizen_id: citizenId('370102', '19800101', 11), region_code: '370102' };
    await fixture('registerPerson', { idNumber: person.citizen_id, name: '夹具甲', regionCode: '370102' });
    await fixture('registerPerson', { idNumber: citizenId('370102', '19800202', 22), name: '夹具乙', regionCode: '370102' });
    await fixture('enrollTrainee', { cohortCode: 'BJFIX0001', idNumber: person.citizen_id, enrolledOn: '2026-01-03' });
    const certificateNumber = 'S000137010001265000777';
    await fixture('issueSkillCertificate', { ...certificate({ person } as Refs), certificateNumber });
    const vacancyRecord = await fixture('postVacancy', vacancy());
    const workshopRecord = await fixture('registerWorkshop', { ...workshop(partial), name: '青岛夹具工坊', regionCode: '370202' });
    refs = {
      person,
      racer: citizenId('370102', '19800202', 22),
      cohort: { code: 'BJFIX0001', region_code: '370102' },
      enrolled: { code: 'BJFIX0001', citizen_id: person.citizen_id },
      entry: { code: 'SDSZ-FIX-1' },
      provider,
      certificate: { certificate_number: certificateNumber },
      organization,
      brandId: globalId('LaborBrand', Number(brand.id)),
      qingdaoWorkshop: workshopRecord.id,
      jinanVacancy: vacancyRecord.id,
      itemKey: item.item_key,
    };
    before = await snapshot(h.db.sources);
  });
  afterAll(async () => h?.close());

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const outcome = await h.run(c.as ?? ADMIN, M[c.mutation], { input: c.input(refs) });
    if ('graphql' in c.expect) {
      expect(outcome.errors?.[0]?.extensions?.code).toBe(c.expect.graphql);
      expect(outcome.errors![0].message.length).toBeGreaterThan(20);
    } else {
      expect(outcome.errors).toBeUndefined();
      const payload = outcome.data![c.mutation];
      expect(payload.errors).toContainEqual(expect.objectContaining(c.expect));
      for (const e of payload.errors) expect(e.message.length).toBeGreaterThan(10);
      const record = Object.entries(payload).find(([k]) => k !== 'errors' && k !== 'warnings')!;
      expect(record[1]).toBeNull();
    }
    expect(await snapshot(h.db.sources)).toEqual(before);
  });

  it('reports every bad field of one filing at once', async () => {
    const outcome = await h.run(ADMIN, M.recordTrainingCohort, {
      input: { ...cohort(refs), code: refs.cohort.code, regionCode: '379999', endsOn: '2026-01-01', providerUscc: uscc('370102', 'MA00NQPR') },
    });
    const fields = outcome.data!.recordTrainingCohort.errors.map((e: { field: string; code: string }) => `${e.field} ${e.code}`).sort();
    expect(fields).toEqual(['input.code DUPLICATE', 'input.endsOn DATE_ORDER', 'input.providerUscc NOT_FOUND', 'input.regionCode UNKNOWN_REGION']);
    expect(await snapshot(h.db.sources)).toEqual(before);
  });

  it('accepts a USCC failing its checksum with a warning when strict mode is off', async () => {
    const bad = usccWithBadCheck('370102', 'MA00WARN');
    const outcome = await h.run(CULTURE, M.registerDirectoryOrganization, { input: { ...organization(), uscc: bad } });
    const payload = outcome.data!.registerDirectoryOrganization;
    expect(payload.errors).toEqual([]);
    expect(payload.warnings).toEqual([expect.objectContaining({ field: 'input.uscc', code: 'USCC_CHECKSUM' })]);
    expect(payload.organization.uscc).toBe(bad);
  });

  it('lets a concurrent race for one natural key write exactly once', async () => {
    const input = { cohortCode: refs.cohort.code, idNumber: refs.racer, enrolledOn: '2026-01-02' };
    const already = await h.db.sources.hr.query('SELECT COUNT(*) AS n FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id JOIN person p ON p.id = e.person_id WHERE c.code = ? AND p.citizen_id = ?', [input.cohortCode, input.idNumber]);
    expect(Number(already[0].n)).toBe(0);
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => h.run(ADMIN, M.enrollTrainee, { input })));
    const ok = outcomes.filter((o) => o.data!.enrollTrainee.errors.length === 0);
    expect(ok).toHaveLength(1);
    for (const o of outcomes) if (o !== ok[0]) expect(o.data!.enrollTrainee.errors).toEqual([expect.objectContaining({ field: 'input.idNumber', code: 'DUPLICATE' })]);
    const after = await h.db.sources.hr.query('SELECT COUNT(*) AS n FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id JOIN person p ON p.id = e.person_id WHERE c.code = ? AND p.citizen_id = ?', [input.cohortCode, input.idNumber]);
    expect(Number(after[0].n)).toBe(1);
  });
});
