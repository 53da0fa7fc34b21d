import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';

const REPORT = `query ($period: PeriodInput!, $regionCode: String) {
  dispatchReport(period: $period, regionCode: $regionCode) {
    rows { kind region { code } jobSeeking { registered served introductions hires suppressed } employmentEvents { held withHandmadeArea exhibitors handmadeAreaExhibitors } }
    total { jobSeeking { registered served introductions hires suppressed } employmentEvents { held withHandmadeArea exhibitors handmadeAreaExhibitors } }
  }
}`;

interface Figures {
  registered: number;
  served: number;
  introductions: number;
  hires: number;
  held: number;
  withHandmadeArea: number;
  exhibitors: number;
  handmadeAreaExhibitors: number;
}

/** The job-seeking and event indicators of the dispatch report, against SQL written here, by city. */
describeEachBackend('dispatchReport: public employment services', (backend) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(backend, 0.3);
  });
  afterAll(async () => api?.close());

  /** Expected figures by city (first four digits + 00) for a period, from the facts. */
  async function expected(from: string, to: string, personRegion?: string): Promise<Map<string, Figures>> {
    const hr = api.db.sources.hr;
    const scope = personRegion ? ` AND EXISTS (SELECT 1 FROM person p WHERE p.id = t.person_id AND p.region_code LIKE '${personRegion.slice(0, 4)}%')` : '';
    const byCity = new Map<string, Figures>();
    const add = (code: string, field: keyof Figures, n: unknown) => {
      const city = `${code.slice(0, 4)}00`;
      const f = byCity.get(city) ?? { registered: 0, served: 0, introductions: 0, hires: 0, held: 0, withHandmadeArea: 0, exhibitors: 0, handmadeAreaExhibitors: 0 };
      f[field] += Number(n);
      byCity.set(city, f);
    };
    for (const r of await hr.query(`SELECT region_code, COUNT(*) AS n FROM job_seeker t WHERE registered_on BETWEEN ? AND ?${scope} GROUP BY region_code`, [from, to])) add(r.region_code, 'registered', r.n);
    for (const r of await hr.query(`SELECT region_code, COUNT(DISTINCT person_id) AS n FROM employment_service t WHERE served_on BETWEEN ? AND ?${scope} GROUP BY region_code`, [from, to])) add(r.region_code, 'served', r.n);
    for (const r of await hr.query(`SELECT region_code, COUNT(*) AS n FROM employment_service t WHERE kind = 'INTRODUCTION' AND served_on BETWEEN ? AND ?${scope} GROUP BY region_code`, [from, to])) add(r.region_code, 'introductions', r.n);
    for (const r of await hr.query(`SELECT region_code, COUNT(*) AS n FROM employment_service t WHERE outcome = 'HIRED' AND hired_on BETWEEN ? AND ?${scope} GROUP BY region_code`, [from, to])) add(r.region_code, 'hires', r.n);
    for (const r of await hr.query(`SELECT region_code, COUNT(*) AS n, SUM(handmade_area) AS area FROM employment_event WHERE held_on BETWEEN ? AND ? GROUP BY region_code`, [from, to])) {
      add(r.region_code, 'held', r.n);
      add(r.region_code, 'withHandmadeArea', r.area);
    }
    for (const r of await hr.query(
      `SELECT e.region_code, COUNT(*) AS n, SUM(x.in_handmade_area) AS area FROM employment_event_exhibitor x JOIN employment_event e ON e.id = x.event_id WHERE e.held_on BETWEEN ? AND ? GROUP BY e.region_code`,
      [from, to],
    )) {
      add(r.region_code, 'exhibitors', r.n);
      add(r.region_code, 'handmadeAreaExhibitors', r.area);
    }
    return byCity;
  }

  const flat = (row: { jobSeeking: Record<string, unknown>; employmentEvents: Record<string, unknown> }) => {
    const { suppressed: _s, ...seeking } = row.jobSeeking;
    return { ...seeking, ...row.employmentEvents };
  };

  it('counts registrations, persons served, introductions, hires, events and exhibitors per city as the facts do', async () => {
    const { dispatchReport } = await api.data(REPORT, { period: { kind: 'YEAR', year: 2025 } });
    const want = await expected('2025-01-01', '2025-12-31');
    const regions = dispatchReport.rows.filter((r: { kind: string }) => r.kind === 'REGION');
    expect(regions.length).toBeGreaterThan(10);
    for (const row of regions) {
      const f = want.get(row.region.code) ?? { registered: 0, served: 0, introductions: 0, hires: 0, held: 0, withHandmadeArea: 0, exhibitors: 0, handmadeAreaExhibitors: 0 };
      expect({ city: row.region.code, ...flat(row) }).toEqual({ city: row.region.code, ...f });
    }
    const sum = [...want.values()].reduce((a, f) => a + f.hires, 0);
    expect(dispatchReport.total.jobSeeking.hires).toBe(sum);
    expect(sum).toBeGreaterThan(0);
    expect([...want.values()].reduce((a, f) => a + f.handmadeAreaExhibitors, 0)).toBeGreaterThan(0);
  });

  it('stops a region-limited partner\'s counts of persons at persons living in its region', async () => {
    const { dispatchReport } = await api.as('PARTNER', { region: '370700' }).data(REPORT, { period: { kind: 'YEAR', year: 2025 }, regionCode: '370700' });
    const want = (await expected('2025-01-01', '2025-12-31', '370700')).get('370700')!;
    const { registered, served, introductions, hires } = dispatchReport.total.jobSeeking;
    expect({ registered, served, introductions, hires }).toEqual({ registered: want.registered, served: want.served, introductions: want.introductions, hires: want.hires });
  });

  it('suppresses small counts of persons for a viewer without person:read, and never the events', async () => {
    const { dispatchReport } = await api.as('PUBLIC').data(REPORT, { period: { kind: 'MONTH', year: 2025, number: 3 }, regionCode: '370700' });
    const want = await expected('2025-03-01', '2025-03-31');
    const rows = dispatchReport.rows as Array<{ kind: string; jobSeeking: Record<string, number | null> & { suppressed: string[] }; employmentEvents: Record<string, number> }>;
    const hidden = rows.flatMap((r) => r.jobSeeking.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const field of row.jobSeeking.suppressed) expect(row.jobSeeking[field]).toBeNull();
      for (const field of ['registered', 'served', 'introductions', 'hires']) {
        const value = row.jobSeeking[field];
        if (value !== null) expect(value === 0 || value >= 5).toBe(true);
      }
      expect(Object.values(row.employmentEvents).every((v) => v !== null)).toBe(true);
    }
    expect(dispatchReport.total.employmentEvents.held).toBe(want.get('370700')?.held ?? 0);
  });
});
