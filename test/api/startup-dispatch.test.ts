import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { createContext } from '../../src/context';
import { TEST_ADMIN_VIEWER } from '../support/api';
import { PUBLIC_VIEWER } from '../../src/shared/auth/viewer';

/* The dispatch report's start-up indicators (issue 13 items 2 and 8), against SQL written here, on seeded data. */

const REPORT = `query ($period: PeriodInput!, $regionCode: String) {
  dispatchReport(period: $period, regionCode: $regionCode) {
    rows { kind region { code } startupServices { given guidance consultation suppressed } bootCamps { camps participants completed suppressed } industryPilots { pilots enterprises providers } }
  }
}`;

const ADMIN = { ...TEST_ADMIN_VIEWER, scopes: new Set(['pii:read']) };
const city = (code: string) => `${code.slice(0, 4)}00`;

describeEachBackend('dispatch report: start-up services and boot camps', (backend) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(backend, 0.3);
  });
  afterAll(async () => api?.close());

  async function ask(variables: object, viewer: any = ADMIN, statisticsSource: 'rollup' | 'raw' = 'rollup') {
    const response = await api.server.apollo.executeOperation({ query: REPORT, variables: variables as never }, { contextValue: createContext(api.db.sources, { viewer, statisticsSource }) });
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not expected');
    expect(response.body.singleResult.errors).toBeUndefined();
    return (response.body.singleResult.data as any).dispatchReport.rows;
  }

  /** Expected figures per city, by SQL over the facts. */
  async function expected(from: string, to: string) {
    const hr = api.db.sources.hr;
    const services = await hr.query(
      `SELECT region_code, COUNT(*) AS n, SUM(CASE WHEN kind = 'GUIDANCE' THEN 1 ELSE 0 END) AS g, SUM(CASE WHEN kind = 'CONSULTATION' THEN 1 ELSE 0 END) AS c FROM startup_service WHERE served_on BETWEEN ? AND ? GROUP BY region_code`,
      [from, to],
    );
    const camps = await hr.query(`SELECT c.region_code, c.id FROM boot_camp c WHERE c.starts_on BETWEEN ? AND ?`, [from, to]);
    const places = await hr.query(`SELECT p.camp_id, p.status FROM boot_camp_participant p JOIN boot_camp c ON c.id = p.camp_id WHERE c.starts_on BETWEEN ? AND ?`, [from, to]);
    const out = new Map<string, { given: number; guidance: number; consultation: number; camps: number; participants: number; completed: number }>();
    const at = (code: string) => {
      const key = city(code);
      if (!out.has(key)) out.set(key, { given: 0, guidance: 0, consultation: 0, camps: 0, participants: 0, completed: 0 });
      return out.get(key)!;
    };
    for (const s of services) Object.assign(at(s.region_code), { given: at(s.region_code).given + Number(s.n), guidance: at(s.region_code).guidance + Number(s.g), consultation: at(s.region_code).consultation + Number(s.c) });
    const campCity = new Map<number, string>(camps.map((c: any) => [Number(c.id), String(c.region_code)]));
    for (const c of camps) at(c.region_code).camps++;
    for (const p of places) {
      const f = at(campCity.get(Number(p.camp_id))!);
      f.participants++;
      if (p.status === 'COMPLETED') f.completed++;
    }
    return out;
  }

  it.each([
    ['the year 2024', { kind: 'YEAR', year: 2024 }, '2024-01-01', '2024-12-31'],
    ['a quarter', { kind: 'QUARTER', year: 2025, number: 2 }, '2025-04-01', '2025-06-30'],
  ])('gives start-up services and boot-camp participants per city for %s as SQL counts them, from the rollups’ reading and the facts’ alike', async (_name, period, from, to) => {
    const want = await expected(from, to);
    let camps = 0;
    for (const source of ['rollup', 'raw'] as const) {
      const rows = await ask({ period }, ADMIN, source);
      for (const row of rows.filter((r: any) => r.kind === 'REGION')) {
        const w = want.get(row.region.code) ?? { given: 0, guidance: 0, consultation: 0, camps: 0, participants: 0, completed: 0 };
        expect({ city: row.region.code, ...row.startupServices, ...row.bootCamps }).toEqual({
          city: row.region.code, given: w.given, guidance: w.guidance, consultation: w.consultation, camps: w.camps, participants: w.participants, completed: w.completed, suppressed: [],
        });
        camps += row.bootCamps.camps;
      }
    }
    expect([...want.values()].reduce((n, w) => n + w.given, 0)).toBeGreaterThan(0);
    if (period.kind === 'YEAR') expect(camps).toBeGreaterThan(0);
  });

  it.each([
    ['the year 2025', { kind: 'YEAR', year: 2025 }, 2025],
    ['a month of 2024', { kind: 'MONTH', year: 2024, number: 3 }, 2024],
  ])('gives the pilots of the period’s year per city for %s, with their enterprises and providers, as SQL counts them', async (_name, period, year) => {
    const rows = await ask({ period });
    const pilots = await api.db.sources.hr.query(
      `SELECT p.region_code, COUNT(DISTINCT p.id) AS n, SUM(CASE WHEN m.role = 'ENTERPRISE' THEN 1 ELSE 0 END) AS e, SUM(CASE WHEN m.role = 'TRAINING_PROVIDER' THEN 1 ELSE 0 END) AS t FROM industry_pilot p LEFT JOIN industry_pilot_member m ON m.pilot_id = p.id WHERE p.year = ? GROUP BY p.region_code`,
      [year],
    );
    const want = new Map<string, { pilots: number; enterprises: number; providers: number }>();
    for (const r of pilots) {
      const w = want.get(city(r.region_code)) ?? { pilots: 0, enterprises: 0, providers: 0 };
      want.set(city(r.region_code), { pilots: w.pilots + Number(r.n), enterprises: w.enterprises + Number(r.e), providers: w.providers + Number(r.t) });
    }
    expect(pilots.length).toBeGreaterThan(0);
    for (const row of rows.filter((r: any) => r.kind === 'REGION')) {
      expect({ city: row.region.code, ...row.industryPilots }).toEqual({ city: row.region.code, ...(want.get(row.region.code) ?? { pilots: 0, enterprises: 0, providers: 0 }) });
    }
  });

  it('counts a region-limited partner’s services and participants only for persons of its region (services to enterprises alone stay), as SQL does', async () => {
    const partner = { clientId: null, name: 'partner', role: 'PARTNER', scopes: new Set<string>(), regionCode: '370700' };
    const rows = await ask({ period: { kind: 'YEAR', year: 2024 }, regionCode: '370700' }, partner, 'raw');
    const total = rows.find((r: any) => r.kind === 'TOTAL');
    const [s] = await api.db.sources.hr.query(
      `SELECT COUNT(*) AS n FROM startup_service t WHERE t.served_on BETWEEN '2024-01-01' AND '2024-12-31' AND t.region_code LIKE '3707%' AND (t.person_id IS NULL OR t.person_id IN (SELECT id FROM person WHERE region_code LIKE '3707%'))`,
    );
    const [p] = await api.db.sources.hr.query(
      `SELECT COUNT(*) AS n FROM boot_camp_participant t JOIN boot_camp c ON c.id = t.camp_id JOIN person pe ON pe.id = t.person_id WHERE c.starts_on BETWEEN '2024-01-01' AND '2024-12-31' AND c.region_code = '370700' AND pe.region_code LIKE '3707%'`,
    );
    expect(Number(s.n)).toBeGreaterThan(0);
    expect(total.startupServices.given).toBe(Number(s.n));
    expect(total.bootCamps.participants).toBe(Number(p.n));
  });

  it('hides small counts of persons from a viewer without person:read, and names them', async () => {
    const rows = await ask({ period: { kind: 'MONTH', year: 2024, number: 5 }, regionCode: '370700' }, PUBLIC_VIEWER);
    for (const row of rows) {
      for (const field of row.bootCamps.suppressed) expect(row.bootCamps[field]).toBeNull();
      if (row.bootCamps.participants !== null && row.bootCamps.participants !== 0) expect(row.bootCamps.participants).toBeGreaterThanOrEqual(5);
      if (row.startupServices.given === null) expect(row.startupServices.suppressed).toEqual(expect.arrayContaining(['given', 'guidance', 'consultation']));
    }
  });
});
