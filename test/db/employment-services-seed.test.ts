import { DataSource } from 'typeorm';
import { seedDatabases, SeedReport } from '../../src/seed/seed';
import { describeEachBackend, openTestSources, TestSources } from '../support/backends';

async function scalar(dataSource: DataSource, sql: string): Promise<number> {
  const rows: Array<Record<string, unknown>> = await dataSource.query(sql);
  return Number(Object.values(rows[0])[0]);
}

/** The seed of job seekers, services and events links to what the rest of the seed holds. */
describeEachBackend('employment services seed', (backend) => {
  let db: TestSources;
  let report: SeedReport;
  beforeAll(async () => {
    db = await openTestSources(backend);
    report = await seedDatabases(db.sources, { scale: 0.2, seed: 7 });
  });
  afterAll(async () => db?.close());

  it('fills every table of the records at a plausible volume', () => {
    expect(report.tables.job_seeker).toBeGreaterThanOrEqual(60);
    expect(report.tables.job_seeker).toBeLessThanOrEqual(80);
    expect(report.tables.employment_service).toBeGreaterThan(report.tables.job_seeker);
    expect(report.tables.employment_event).toBeGreaterThan(16);
    expect(report.tables.employment_event_exhibitor).toBeGreaterThan(report.tables.employment_event * 5);
    expect(report.tables.employment_event_vacancy).toBeGreaterThan(0);
    expect(report.tables.job_seeker_wished_region).toBeGreaterThanOrEqual(report.tables.job_seeker);
  });

  it('registers trainees and certificate holders, with their programme crafts and certified levels', async () => {
    const hr = db.sources.hr;
    const trainees = await scalar(hr, `SELECT COUNT(*) FROM job_seeker j WHERE EXISTS (SELECT 1 FROM enrollment e WHERE e.person_id = j.person_id AND e.status = 'COMPLETED')`);
    expect(trainees / report.tables.job_seeker).toBeGreaterThan(0.4);
    const certified = await scalar(hr, `SELECT COUNT(*) FROM job_seeker_skill s JOIN job_seeker j ON j.id = s.job_seeker_id WHERE s.certificate_level IS NOT NULL
      AND EXISTS (SELECT 1 FROM skill_certificate c WHERE c.person_id = j.person_id AND c.level = s.certificate_level)`);
    const levelled = await scalar(hr, 'SELECT COUNT(*) FROM job_seeker_skill WHERE certificate_level IS NOT NULL');
    expect(levelled).toBeGreaterThan(0);
    expect(certified).toBe(levelled);
    // A trainee's first craft is an item of a programme they completed.
    const programmeCraft = await scalar(hr, `SELECT COUNT(DISTINCT j.id) FROM job_seeker j JOIN job_seeker_skill s ON s.job_seeker_id = j.id JOIN enrollment e ON e.person_id = j.person_id
      JOIN training_cohort c ON c.id = e.cohort_id JOIN training_catalog_item i ON i.entry_id = c.catalog_entry_id AND i.item_key = s.item_key`);
    expect(programmeCraft / trainees).toBeGreaterThan(0.5);
  });

  it('keys crafts by items culture holds, with their categories', async () => {
    const pairs: Array<{ item_key: string; ich_category: string }> = await db.sources.hr.query('SELECT DISTINCT item_key, ich_category FROM job_seeker_skill WHERE item_key IS NOT NULL');
    const items: Array<{ item_key: string; category: string }> = await db.sources.culture.query('SELECT item_key, category FROM heritage_item');
    const category = new Map(items.map((i) => [i.item_key, i.category]));
    for (const p of pairs) expect([p.item_key, category.get(p.item_key)]).toEqual([p.item_key, p.ich_category]);
    const vacancies: Array<{ item_key: string; ich_category: string }> = await db.sources.hr.query('SELECT DISTINCT item_key, ich_category FROM vacancy WHERE item_key IS NOT NULL');
    for (const v of vacancies) expect([v.item_key, category.get(v.item_key)]).toEqual([v.item_key, v.ich_category]);
    expect(await scalar(db.sources.hr, 'SELECT COUNT(*) FROM vacancy WHERE (item_key IS NULL) <> (ich_category IS NULL)')).toBe(0);
  });

  it('refers to vacancies already posted, hires with a day, and places whoever was hired', async () => {
    const hr = db.sources.hr;
    expect(await scalar(hr, `SELECT COUNT(*) FROM employment_service s JOIN vacancy v ON v.id = s.vacancy_id WHERE s.served_on < v.posted_on`)).toBe(0);
    expect(await scalar(hr, `SELECT COUNT(*) FROM employment_service WHERE (kind = 'INTRODUCTION') <> (vacancy_id IS NOT NULL)`)).toBe(0);
    expect(await scalar(hr, `SELECT COUNT(*) FROM employment_service WHERE (outcome = 'HIRED') <> (hired_on IS NOT NULL)`)).toBe(0);
    expect(await scalar(hr, `SELECT COUNT(*) FROM employment_service WHERE outcome = 'HIRED'`)).toBeGreaterThan(0);
    expect(await scalar(hr, `SELECT COUNT(*) FROM job_seeker j WHERE j.status = 'PLACED' AND NOT EXISTS (SELECT 1 FROM employment_service s WHERE s.person_id = j.person_id AND s.outcome = 'HIRED')`)).toBe(0);
    expect(await scalar(hr, `SELECT COUNT(*) FROM employment_service s JOIN employment_event e ON e.id = s.event_id WHERE s.served_on <> e.held_on`)).toBe(0);
  });

  it('has exhibitors of the culture directory, and vacancies posted by the event', async () => {
    const usccs: Array<{ uscc: string }> = await db.sources.hr.query('SELECT DISTINCT uscc FROM employment_event_exhibitor');
    const directory = new Set((await db.sources.culture.query('SELECT uscc FROM organization')).map((r: { uscc: string }) => r.uscc));
    const inDirectory = usccs.filter((u) => directory.has(u.uscc)).length;
    expect(inDirectory / usccs.length).toBeGreaterThan(0.7);
    expect(await scalar(db.sources.hr, `SELECT COUNT(*) FROM employment_event_vacancy ev JOIN employment_event e ON e.id = ev.event_id JOIN vacancy v ON v.id = ev.vacancy_id WHERE v.posted_on > e.held_on`)).toBe(0);
    expect(await scalar(db.sources.hr, `SELECT COUNT(*) FROM employment_event_exhibitor x JOIN employment_event e ON e.id = x.event_id WHERE x.in_handmade_area = 1 AND e.handmade_area = 0`)).toBe(0);
  });
});
