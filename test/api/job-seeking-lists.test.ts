import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { globalId, rowIdOf } from '../support/ids';

type Edges = { totalCount: number; edges: Array<{ node: { id: string } }> };

/** The root lists of job seekers, services and events, and their links, against SQL written here. */
describeEachBackend('job-seeking lists', (backend) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(backend, 0.3);
  });
  afterAll(async () => api?.close());

  const ids = async (sql: string, params: unknown[] = []) => (await api.db.sources.hr.query(sql, params)).map((r: { id: number }) => Number(r.id));
  const listed = async (field: string, type: string, filter: Record<string, unknown>, viewer?: ReturnType<ApiHarness['as']>) => {
    const caller = viewer ?? api;
    const data = await caller.data<Record<string, Edges>>(`query($f: ${type}Filter) { ${field}(first: 100, filter: $f) { totalCount edges { node { id } } } }`, { f: filter });
    const page = data[field];
    return { total: page.totalCount, ids: page.edges.map((e) => rowIdOf(e.node.id, type)) };
  };

  it('filters job seekers by status, craft, category, wished region, centre region, availability and registration day', async () => {
    const [{ item_key: itemKey }] = await api.db.sources.hr.query(`SELECT item_key, COUNT(*) AS n FROM job_seeker_skill WHERE item_key IS NOT NULL GROUP BY item_key ORDER BY n DESC, item_key LIMIT 1`);
    const cases: Array<[Record<string, unknown>, string, unknown[]]> = [
      [{ statuses: ['PLACED'] }, `status = 'PLACED'`, []],
      [{ itemKeys: [itemKey] }, `id IN (SELECT job_seeker_id FROM job_seeker_skill WHERE item_key = ?)`, [itemKey]],
      [{ ichCategories: ['TRADITIONAL_ART'], statuses: ['ACTIVE'] }, `status = 'ACTIVE' AND id IN (SELECT job_seeker_id FROM job_seeker_skill WHERE ich_category = 'TRADITIONAL_ART')`, []],
      [{ wishedRegionCode: '370700' }, `id IN (SELECT job_seeker_id FROM job_seeker_wished_region WHERE region_code LIKE '3707%')`, []],
      [{ regionCode: '370100' }, `region_code LIKE '3701%'`, []],
      [{ availableBy: '2024-01-01', registeredFrom: '2023-01-01', registeredTo: '2023-12-31' }, `available_from <= '2024-01-01' AND registered_on BETWEEN '2023-01-01' AND '2023-12-31'`, []],
    ];
    for (const [filter, where, params] of cases) {
      const want = await ids(`SELECT id FROM job_seeker WHERE ${where} ORDER BY id`, params);
      const got = await listed('jobSeekers', 'JobSeeker', filter);
      expect({ filter, ids: got.ids, total: got.total }).toEqual({ filter, ids: want.slice(0, 100), total: want.length });
      expect(want.length).toBeGreaterThan(0);
    }
  });

  it('filters services by kind, outcome and event, and events by handmade area, exhibitor and campaign', async () => {
    const services: Array<[Record<string, unknown>, string]> = [
      [{ kinds: ['INTRODUCTION'], outcomes: ['HIRED'] }, `kind = 'INTRODUCTION' AND outcome = 'HIRED'`],
      [{ atEvent: true }, 'event_id IS NOT NULL'],
      [{ servedFrom: '2025-01-01', servedTo: '2025-06-30', regionCode: '370200' }, `served_on BETWEEN '2025-01-01' AND '2025-06-30' AND region_code LIKE '3702%'`],
    ];
    for (const [filter, where] of services) {
      const want = await ids(`SELECT id FROM employment_service WHERE ${where} ORDER BY id`);
      const got = await listed('employmentServices', 'EmploymentService', filter);
      expect({ filter, ids: got.ids, total: got.total }).toEqual({ filter, ids: want.slice(0, 100), total: want.length });
    }
    const [{ uscc }] = await api.db.sources.hr.query('SELECT uscc, COUNT(*) AS n FROM employment_event_exhibitor GROUP BY uscc ORDER BY n DESC, uscc LIMIT 1');
    const events: Array<[Record<string, unknown>, string, unknown[]]> = [
      [{ handmadeArea: true, kinds: ['GOLDEN_AUTUMN', 'SPRING_BREEZE'] }, `handmade_area = 1 AND kind IN ('GOLDEN_AUTUMN', 'SPRING_BREEZE')`, []],
      [{ exhibitorUscc: uscc.toLowerCase() }, 'id IN (SELECT event_id FROM employment_event_exhibitor WHERE uscc = ?)', [uscc]],
    ];
    for (const [filter, where, params] of events) {
      const want = await ids(`SELECT id FROM employment_event WHERE ${where} ORDER BY id`, params);
      const got = await api.as('PUBLIC').data<Record<string, Edges>>(`query($f: EmploymentEventFilter) { employmentEvents(first: 100, filter: $f) { totalCount edges { node { id } } } }`, { f: filter });
      expect({ filter, ids: got.employmentEvents.edges.map((e) => rowIdOf(e.node.id, 'EmploymentEvent')) }).toEqual({ filter, ids: want.slice(0, 100) });
      expect(want.length).toBeGreaterThan(0);
    }
    const bad = await api.query(`{ employmentEvents(filter: { exhibitorUscc: "nonsense" }) { totalCount } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.exhibitorUscc' });
  });

  it('filters vacancies by the ICH category they copied from culture', async () => {
    const want = await ids(`SELECT id FROM vacancy WHERE ich_category = 'TRADITIONAL_ART' ORDER BY id`);
    const got = await listed('vacancies', 'Vacancy', { ichCategories: ['TRADITIONAL_ART'] });
    expect(got).toEqual({ total: want.length, ids: want.slice(0, 100) });
    expect(want.length).toBeGreaterThan(0);
  });

  it('reaches a person\'s registrations and services, and refuses them to PUBLIC', async () => {
    const [seeker] = await api.db.sources.hr.query('SELECT j.id, j.person_id FROM job_seeker j ORDER BY (SELECT COUNT(*) FROM employment_service s WHERE s.person_id = j.person_id) DESC, j.id LIMIT 1');
    const services = await ids('SELECT id FROM employment_service WHERE person_id = ? ORDER BY id', [seeker.person_id]);
    const q = `query($id: ID!) { node(id: $id) { ... on Person { jobSeeker { id person { id } } jobSeekerRegistrations(first: 5) { totalCount } employmentServices(first: 10) { totalCount edges { node { id person { id } } } } } } }`;
    const { node } = await api.data<{ node: { jobSeeker: { id: string }; jobSeekerRegistrations: { totalCount: number }; employmentServices: Edges } }>(q, { id: globalId('Person', seeker.person_id) });
    expect(rowIdOf(node.jobSeeker.id, 'JobSeeker')).toBe(Number(seeker.id));
    expect(node.jobSeekerRegistrations.totalCount).toBe(1);
    expect(node.employmentServices.edges.map((e) => rowIdOf(e.node.id, 'EmploymentService'))).toEqual(services);
    const refused = await api.as('PUBLIC').query(`{ jobSeekers(first: 1) { totalCount } }`);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows a partner only the job seekers living in its region', async () => {
    const want = await ids(`SELECT j.id FROM job_seeker j JOIN person p ON p.id = j.person_id WHERE p.region_code LIKE '3707%' ORDER BY j.id`);
    const got = await listed('jobSeekers', 'JobSeeker', {}, api.as('PARTNER', { region: '370700' }));
    expect(got).toEqual({ total: want.length, ids: want.slice(0, 100) });
  });
});
