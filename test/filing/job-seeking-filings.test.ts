import { describeEachBackend } from '../support/backends';
import { globalId, rowIdOf } from '../support/ids';
import { FilingHarness, HR, snapshot, startFiling, viewer } from './filing-harness';
import { uscc } from './operations';

const PROBLEMS = 'errors { field code message } warnings { field code message }';
const REGISTER = `mutation Register($input: RegisterJobSeekerInput!) { registerJobSeeker(input: $input) { ${PROBLEMS} jobSeeker { id status wishedPayMin skills { itemKey ichCategory certificateLevel } wishedRegionCodes } } }`;
const SERVE = `mutation Serve($input: RecordEmploymentServiceInput!) { recordEmploymentService(input: $input) { ${PROBLEMS} employmentService { id kind outcome hiredOn } } }`;
const OUTCOME = `mutation Outcome($input: RecordReferralOutcomeInput!) { recordReferralOutcome(input: $input) { ${PROBLEMS} employmentService { id outcome hiredOn } } }`;
const EVENT = `mutation Event($input: RecordEmploymentEventInput!) { recordEmploymentEvent(input: $input) { ${PROBLEMS} employmentEvent { id handmadeArea exhibitors { uscc inHandmadeArea organization { uscc } } vacancies(first: 10) { totalCount } } } }`;

/**
 * The job-seeking filings end to end as an HR agency: a registration with
 * crafts (an extension listing's key stored as its item's key and category),
 * an introduction, its hire, an event; and refusals that write nothing.
 */
describeEachBackend('job-seeking filings', (backend) => {
  let h: FilingHarness;
  let person: { citizen_id: string; region_code: string };
  let extension: { listing_key: string; item_key: string; category: string };
  let vacancy: { id: number; posted_on: string; employer_uscc: string };

  beforeAll(async () => {
    h = await startFiling(backend);
    [person] = await h.db.sources.hr.query(`SELECT citizen_id, region_code FROM person WHERE region_code LIKE '3701%' ORDER BY id LIMIT 1`);
    [extension] = await h.db.sources.culture.query(
      `SELECT l.listing_key, i.item_key, i.category FROM heritage_listing l JOIN heritage_item i ON i.id = l.item_id WHERE l.kind = 'EXTENSION' ORDER BY l.id LIMIT 1`,
    );
    [vacancy] = await h.db.sources.hr.query(`SELECT id, posted_on, employer_uscc FROM vacancy WHERE posted_on < '2025-06-01' ORDER BY id LIMIT 1`);
  });
  afterAll(async () => h?.close());

  const registration = () => ({
    idNumber: person.citizen_id, registeredOn: '2025-06-02', centerName: '济南市公共就业服务中心', regionCode: '370102', availableFrom: '2025-06-15', wishedPayMin: '4500',
    skills: [{ itemKey: extension.listing_key, certificateLevel: 'SENIOR' }, { occupationCode: '6-09-03-01' }], wishedRegionCodes: ['370102', '370100', '370102'],
  });

  it('registers a job seeker, storing an extension listing key as its item key with the item\'s category', async () => {
    const out = await h.run(HR, REGISTER, { input: registration() });
    expect(out.errors).toBeUndefined();
    const payload = out.data!.registerJobSeeker;
    expect(payload.errors).toEqual([]);
    expect(payload.jobSeeker).toMatchObject({ status: 'ACTIVE', wishedPayMin: '4500.00', wishedRegionCodes: ['370100', '370102'] });
    const id = rowIdOf(payload.jobSeeker.id, 'JobSeeker');
    const skills = await h.db.sources.hr.query('SELECT item_key, ich_category, occupation_code, certificate_level FROM job_seeker_skill WHERE job_seeker_id = ? ORDER BY id', [id]);
    expect(skills).toEqual([
      { item_key: extension.item_key, ich_category: extension.category, occupation_code: null, certificate_level: 'SENIOR' },
      { item_key: null, ich_category: null, occupation_code: '6-09-03-01', certificate_level: null },
    ]);
  });

  it('refuses a second ACTIVE registration, and bad fields by name, writing nothing', async () => {
    const before = await snapshot(h.db.sources);
    const again = (await h.run(HR, REGISTER, { input: registration() })).data!.registerJobSeeker;
    expect(again.errors).toEqual([expect.objectContaining({ field: 'input.idNumber', code: 'DUPLICATE' })]);
    const bad = (await h.run(HR, REGISTER, {
      input: { ...registration(), status: 'WITHDRAWN', skills: [{ certificateLevel: 'SENIOR' }, { itemKey: 'NATIONAL:Ⅷ-999:379999' }], wishedRegionCodes: ['999999'] },
    })).data!.registerJobSeeker;
    expect(bad.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(expect.arrayContaining([
      ['input.skills[0].itemKey', 'REQUIRED'],
      ['input.wishedRegionCodes[0]', 'UNKNOWN_REGION'],
    ]));
    expect(bad.jobSeeker).toBeNull();
    expect(await snapshot(h.db.sources)).toEqual(before);
  });

  it('answers a region-limited partner about a person outside its region as about nobody', async () => {
    const partner = viewer('PARTNER', '370700');
    const out = (await h.run(partner, REGISTER, { input: { ...registration(), regionCode: '370702', status: 'WITHDRAWN' } })).data!.registerJobSeeker;
    expect(out.errors).toEqual([expect.objectContaining({ field: 'input.idNumber', code: 'NOT_FOUND' })]);
  });

  it('records an introduction, then its hire, and counts it under the vacancy', async () => {
    const vacancyId = globalId('Vacancy', vacancy.id);
    const intro = (await h.run(HR, SERVE, {
      input: { idNumber: person.citizen_id, kind: 'INTRODUCTION', centerName: '济南市公共就业服务中心', regionCode: '370102', servedOn: '2025-06-20', vacancyId },
    })).data!.recordEmploymentService;
    expect(intro.errors).toEqual([]);
    expect(intro.employmentService).toMatchObject({ kind: 'INTRODUCTION', outcome: 'REFERRED', hiredOn: null });

    const refused = (await h.run(HR, SERVE, {
      input: { idNumber: person.citizen_id, kind: 'GUIDANCE', centerName: '济南市公共就业服务中心', regionCode: '370102', servedOn: '2025-06-20', vacancyId, outcome: 'HIRED' },
    })).data!.recordEmploymentService;
    expect(refused.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toEqual(expect.arrayContaining([['input.vacancyId', 'INCONSISTENT'], ['input.outcome', 'INCONSISTENT']]));

    const early = (await h.run(HR, OUTCOME, { input: { serviceId: intro.employmentService.id, outcome: 'HIRED', hiredOn: '2025-06-01' } })).data!.recordReferralOutcome;
    expect(early.errors).toEqual([expect.objectContaining({ field: 'input.hiredOn', code: 'DATE_ORDER' })]);
    const hired = (await h.run(HR, OUTCOME, { input: { serviceId: intro.employmentService.id, outcome: 'HIRED', hiredOn: '2025-07-01' } })).data!.recordReferralOutcome;
    expect(hired.errors).toEqual([]);
    expect(hired.employmentService).toMatchObject({ outcome: 'HIRED', hiredOn: '2025-07-01' });
    const twice = (await h.run(HR, OUTCOME, { input: { serviceId: intro.employmentService.id, outcome: 'NOT_HIRED' } })).data!.recordReferralOutcome;
    expect(twice.errors).toEqual([expect.objectContaining({ field: 'input.serviceId', code: 'INVALID_STATE' })]);

    const [{ n }] = await h.db.sources.hr.query(`SELECT COUNT(*) AS n FROM employment_service WHERE vacancy_id = ? AND outcome = 'HIRED'`, [vacancy.id]);
    const read = await h.run(HR, `query($id: ID!) { node(id: $id) { ... on Vacancy { hires(first: 5) { totalCount } referrals(first: 5) { totalCount } } } }`, { id: vacancyId });
    expect(read.data!.node.hires.totalCount).toBe(Number(n));
    expect(read.data!.node.hires.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('records an event with exhibitors in the handmade area and its vacancies, reaching Organization', async () => {
    const exhibitor = vacancy.employer_uscc;
    const input = {
      name: '2025年济南市金秋招聘月山东手造专场', kind: 'GOLDEN_AUTUMN', regionCode: '370100', heldOn: '2025-09-20', endsOn: '2025-09-21', organiser: '济南市公共就业服务中心',
      handmadeArea: true, exhibitors: [{ uscc: exhibitor, inHandmadeArea: true }, { uscc: uscc('370102', 'MA3C0001') }], vacancyIds: [globalId('Vacancy', vacancy.id)],
    };
    const out = (await h.run(HR, EVENT, { input })).data!.recordEmploymentEvent;
    expect(out.errors).toEqual([]);
    expect(out.employmentEvent.handmadeArea).toBe(true);
    expect(out.employmentEvent.vacancies.totalCount).toBe(1);
    expect(out.employmentEvent.exhibitors).toContainEqual({ uscc: exhibitor, inHandmadeArea: true, organization: { uscc: exhibitor } });

    const org = await h.run(HR, `query($u: String!) { organization(uscc: $u) { employmentEvents(first: 100) { totalCount edges { node { id } } } } }`, { u: exhibitor });
    expect(org.data!.organization.employmentEvents.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(out.employmentEvent.id);
    const [{ n }] = await h.db.sources.hr.query('SELECT COUNT(*) AS n FROM employment_event_exhibitor WHERE uscc = ?', [exhibitor]);
    expect(org.data!.organization.employmentEvents.totalCount).toBe(Number(n));

    const noArea = (await h.run(HR, EVENT, { input: { ...input, handmadeArea: false } })).data!.recordEmploymentEvent;
    expect(noArea.errors).toEqual([expect.objectContaining({ field: 'input.exhibitors[0].inHandmadeArea', code: 'INCONSISTENT' })]);
  });
});
