import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { addFigures, cityOfCode, countyOfCode, dispatchFactsByCode, DISPATCH_ROW_FIELDS, figuresOf, Figures, PeriodDates, Row, zeroFigures } from './statistics-expected';

const REPORT = `query ($period: PeriodInput!, $regionCode: String) {
  dispatchReport(period: $period, regionCode: $regionCode) {
    period { kind year number from to label }
    region { code }
    rows { ${DISPATCH_ROW_FIELDS} }
    total { kind label region { code } }
  }
}`;

const CURRENT_CITIES = ['370100', '370200', '370300', '370400', '370500', '370600', '370700', '370800', '370900', '371000', '371100', '371300', '371400', '371500', '371600', '371700'];

type Period = { kind: 'MONTH' | 'QUARTER' | 'YEAR'; year: number; number?: number };

/** The period's dates, computed here rather than by the code under test. */
function datesOf(p: Period): PeriodDates {
  const last = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  if (p.kind === 'YEAR') return { kind: p.kind, year: p.year, from: `${p.year}-01-01`, to: `${p.year}-12-31` };
  const first = p.kind === 'MONTH' ? p.number! : (p.number! - 1) * 3 + 1;
  const lastMonth = p.kind === 'MONTH' ? first : first + 2;
  return { kind: p.kind, year: p.year, from: `${p.year}-${pad(first)}-01`, to: `${p.year}-${pad(lastMonth)}-${pad(last(p.year, lastMonth))}` };
}

describeEachBackend('dispatchReport', (backend) => {
  let api: ApiHarness;
  const hr = () => api.db.sources.hr;
  const culture = () => api.db.sources.culture;
  beforeAll(async () => {
    api = await startApi(backend, 0.3);
  });
  afterAll(async () => api?.close());

  const report = async (period: Period, regionCode?: string) => (await api.data(REPORT, { period, regionCode })).dispatchReport;

  /** Expected rows of a report: facts folded onto the root's children by the code structure, 本级 for the root's own code. */
  async function expected(period: Period, root: string): Promise<{ rows: Map<string, Figures>; total: Figures }> {
    const facts = await dispatchFactsByCode(culture(), hr(), datesOf(period));
    const rows = new Map<string, Figures>();
    const total = zeroFigures();
    for (const [code, figures] of facts) {
      let row: string | null;
      if (root === '370000') row = code === '370000' ? 'DIRECT' : cityOfCode(code);
      else if (code === root) row = 'DIRECT';
      else row = cityOfCode(code) === root ? countyOfCode(code) : null;
      if (row === null) continue;
      const f = rows.get(row) ?? zeroFigures();
      addFigures(f, figures);
      rows.set(row, f);
      addFigures(total, figures);
    }
    return { rows, total };
  }

  it.each<[string, Period]>([
    ['a year', { kind: 'YEAR', year: 2024 }],
    ['a quarter', { kind: 'QUARTER', year: 2025, number: 2 }],
    ['a month', { kind: 'MONTH', year: 2024, number: 11 }],
  ])('gives every indicator per city and in total for %s over the province, as SQL counts them', async (_name, period) => {
    const data = await report(period);
    const { rows, total } = await expected(period, '370000');
    expect(data.period).toMatchObject({ ...datesOf(period), number: period.number ?? null });
    expect(data.rows.map((r: Row) => r.kind)).toEqual([...CURRENT_CITIES.map(() => 'REGION'), 'TOTAL']);
    expect(data.rows.slice(0, -1).map((r: Row) => r.region.code)).toEqual(CURRENT_CITIES);
    for (const row of data.rows.slice(0, -1)) expect({ city: row.region.code, ...figuresOf(row) }).toEqual({ city: row.region.code, ...(rows.get(row.region.code) ?? zeroFigures()) });
    const totalRow = data.rows[data.rows.length - 1];
    expect(totalRow).toMatchObject({ kind: 'TOTAL', label: '合计', region: { code: '370000' } });
    expect(figuresOf(totalRow)).toEqual(total);
    expect(data.total).toEqual({ kind: 'TOTAL', label: '合计', region: { code: '370000' } });
    // The data exercise the indicators: most figures are non-zero somewhere in the province.
    const nonZero = Object.entries(total).filter(([, v]) => v !== 0 && v !== '0.00').map(([k]) => k);
    expect(nonZero.length).toBeGreaterThan(period.kind === 'YEAR' ? 20 : 10);
  });

  it('gives a city one row per county and its city-level facts (catalogue entries, brands) in 本级, as SQL counts them', async () => {
    const period: Period = { kind: 'YEAR', year: 2024 };
    const data = await report(period, '370700');
    const { rows, total } = await expected(period, '370700');
    const counties: Row[] = data.rows.filter((r: Row) => r.kind === 'REGION');
    expect(counties.length).toBeGreaterThan(5);
    expect(counties.every((r) => r.region.level === 'COUNTY' && r.region.code.startsWith('3707'))).toBe(true);
    for (const row of counties) expect({ county: row.region.code, ...figuresOf(row) }).toEqual({ county: row.region.code, ...(rows.get(row.region.code) ?? zeroFigures()) });
    const direct = data.rows.find((r: Row) => r.kind === 'DIRECT');
    expect(rows.get('DIRECT')).toBeDefined();
    expect(direct).toMatchObject({ label: '本级', region: { code: '370700' } });
    expect(figuresOf(direct)).toEqual(rows.get('DIRECT'));
    expect(data.rows.map((r: Row) => r.kind)).toEqual([...counties.map(() => 'REGION'), 'DIRECT', 'TOTAL']);
    expect(figuresOf(data.rows[data.rows.length - 1])).toEqual(total);
  });

  it('counts a fact dated on the last day of a quarter in that quarter, its month and its year, and not in the next', async () => {
    const [e] = await hr().query(
      `SELECT e.id, e.enrolled_on, c.region_code FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id WHERE e.enrolled_on < '2024-01-01' AND c.region_code LIKE '37__%' ORDER BY e.id LIMIT 1`,
    );
    const county: string = e.region_code;
    const city = cityOfCode(county)!;
    const enrolledIn = async (period: Period) => (await report(period, city)).rows.find((r: Row) => r.region.code === county).traineesEnrolled.total as number;
    const periods: Period[] = [
      { kind: 'QUARTER', year: 2024, number: 2 },
      { kind: 'MONTH', year: 2024, number: 6 },
      { kind: 'YEAR', year: 2024 },
      { kind: 'QUARTER', year: 2024, number: 3 },
      { kind: 'MONTH', year: 2024, number: 7 },
    ];
    const before = await Promise.all(periods.map(enrolledIn));
    try {
      await hr().query(`UPDATE enrollment SET enrolled_on = '2024-06-30' WHERE id = ${Number(e.id)}`);
      expect(await Promise.all(periods.map(enrolledIn))).toEqual([before[0] + 1, before[1] + 1, before[2] + 1, before[3], before[4]]);
      await hr().query(`UPDATE enrollment SET enrolled_on = '2024-07-01' WHERE id = ${Number(e.id)}`);
      expect(await Promise.all(periods.map(enrolledIn))).toEqual([before[0], before[1], before[2] + 1, before[3] + 1, before[4] + 1]);
    } finally {
      await hr().query(`UPDATE enrollment SET enrolled_on = '${e.enrolled_on}' WHERE id = ${Number(e.id)}`);
    }

    const [c] = await hr().query(`SELECT id, issued_on, region_code FROM skill_certificate WHERE issued_on < '2024-01-01' AND region_code LIKE '37__%' ORDER BY id LIMIT 1`);
    const certificatesIn = async (period: Period) => (await report(period)).rows.find((r: Row) => r.region.code === cityOfCode(c.region_code)).certificatesIssued.total as number;
    const yearEnd: Period[] = [{ kind: 'QUARTER', year: 2024, number: 4 }, { kind: 'YEAR', year: 2024 }, { kind: 'QUARTER', year: 2025, number: 1 }];
    const certificatesBefore = await Promise.all(yearEnd.map(certificatesIn));
    try {
      await hr().query(`UPDATE skill_certificate SET issued_on = '2024-12-31' WHERE id = ${Number(c.id)}`);
      expect(await Promise.all(yearEnd.map(certificatesIn))).toEqual([certificatesBefore[0] + 1, certificatesBefore[1] + 1, certificatesBefore[2]]);
    } finally {
      await hr().query(`UPDATE skill_certificate SET issued_on = '${c.issued_on}' WHERE id = ${Number(c.id)}`);
    }
  });

  it('gives zeros, not errors, for a period with no activity and for regions with no data', async () => {
    const quiet = await report({ kind: 'YEAR', year: 2019 });
    expect(quiet.rows).toHaveLength(CURRENT_CITIES.length + 1);
    for (const row of quiet.rows) expect(figuresOf(row)).toEqual(zeroFigures());

    // 莱芜市 was merged into Jinan in 2019: a known code with no data and no current counties.
    const laiwu = await report({ kind: 'YEAR', year: 2024 }, '371200');
    expect(laiwu.rows.map((r: Row) => r.kind)).toEqual(['TOTAL']);
    expect(figuresOf(laiwu.rows[0])).toEqual(zeroFigures());

    // A county has no sub-regions: its report is its totals row, with its own figures.
    const [{ region_code: county }] = await hr().query(`SELECT region_code FROM training_cohort WHERE starts_on >= '2024-01-01' AND starts_on <= '2024-12-31' ORDER BY id LIMIT 1`);
    const own = await report({ kind: 'YEAR', year: 2024 }, county);
    const facts = (await expected({ kind: 'YEAR', year: 2024 }, cityOfCode(county)!)).rows.get(county)!;
    expect(own.rows.map((r: Row) => r.kind)).toEqual(['TOTAL']);
    expect(figuresOf(own.rows[0])).toEqual(facts);
    expect(facts.cohortsStarted).toBeGreaterThan(0);
  });

  it('issues one GROUP BY statement per indicator family and source, whatever the number of regions', async () => {
    await report({ kind: 'YEAR', year: 2024 });
    const province = api.statements();
    await report({ kind: 'QUARTER', year: 2024, number: 3 }, '370700');
    const city = api.statements();
    // Ten families from the rollups (or the facts); job seeking and events (2), start-up services, camps and pilots (3), titles, awards, materials and rights cases (4) from the facts.
    expect(province).toMatchObject({ culture: 1, hr: 19 });
    expect(city).toMatchObject({ culture: 1, hr: 19 });
    expect(api.counters.hr.statements.every((s) => /GROUP BY/i.test(s))).toBe(true);
  });

  it.each([
    [{ period: { kind: 'MONTH', year: 2024, number: 13 } }, 'period.number'],
    [{ period: { kind: 'QUARTER', year: 2024, number: 0 } }, 'period.number'],
    [{ period: { kind: 'MONTH', year: 2024 } }, 'period.number'],
    [{ period: { kind: 'YEAR', year: 2024, number: 2 } }, 'period.number'],
    [{ period: { kind: 'YEAR', year: 1800 } }, 'period.year'],
    [{ period: { kind: 'YEAR', year: 2024 }, regionCode: '379999' }, 'regionCode'],
    [{ period: { kind: 'YEAR', year: 2024 }, regionCode: 'Jinan' }, 'regionCode'],
  ])('rejects bad arguments with BAD_USER_INPUT naming them (%#)', async (variables, argument) => {
    const body = await api.query(REPORT, variables);
    // The root field is nullable: refused, it is null beside its error.
    expect(Object.values(body.data ?? { refused: null })).toEqual([null]);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('counts only the persons a region-limited viewer may see, as its lists do', async () => {
    const period: Period = { kind: 'YEAR', year: 2024 };
    const partner = await api.as('PARTNER', { region: '370100' }).data(REPORT, { period });
    const { from, to } = datesOf(period);
    const [{ n }] = await hr().query(
      `SELECT COUNT(*) AS n FROM enrollment e JOIN person p ON p.id = e.person_id WHERE e.enrolled_on >= '${from}' AND e.enrolled_on <= '${to}' AND p.region_code LIKE '3701%'`,
    );
    const all = await report(period);
    expect(partner.dispatchReport.total).toBeDefined();
    const partnerTotal = partner.dispatchReport.rows[partner.dispatchReport.rows.length - 1];
    expect(partnerTotal.traineesEnrolled.total).toBe(Number(n));
    expect(partnerTotal.traineesEnrolled.total).toBeLessThan(all.rows[all.rows.length - 1].traineesEnrolled.total);
    // Facts about no person are not limited.
    expect(partnerTotal.workshops).toEqual(all.rows[all.rows.length - 1].workshops);
  });

  it('publishes to a PUBLIC viewer the administrator’s figures, except counts of persons below STATISTICS_MIN_CELL and their complements, which are null and named', async () => {
    const period: Period = { kind: 'YEAR', year: 2024 };
    const REPORT_WITH_MARKERS = REPORT.replace('rows {', 'minCell rows {').replace(
      /(traineesEnrolled|traineesCompleted|subsidies|certificatesIssued|talentTitlesAwarded|startupLoans) \{ ([^}]*)\}/g,
      '$1 { $2 suppressed }',
    );
    const anonymous = (await api.as('PUBLIC').data(REPORT_WITH_MARKERS, { period })).dispatchReport;
    const all = (await api.data(REPORT_WITH_MARKERS, { period })).dispatchReport;
    expect(anonymous.minCell).toBe(5);
    expect(all.minCell).toBeNull();
    const personObjects = ['traineesEnrolled', 'traineesCompleted', 'subsidies', 'certificatesIssued', 'talentTitlesAwarded', 'startupLoans'];
    // 本级 is always a row for PUBLIC; the administrator sees it only when it holds something.
    const byLabel = new Map(all.rows.map((r: Row) => [r.label, r]));
    let hidden = 0;
    for (const row of anonymous.rows) {
      const exact = byLabel.get(row.label) as Row | undefined;
      for (const [object, figures] of Object.entries(row)) {
        if (!personObjects.includes(object)) {
          if (exact) expect({ label: row.label, object, figures }).toEqual({ label: row.label, object, figures: exact[object] });
          continue;
        }
        const f = figures as Row;
        for (const [field, value] of Object.entries(f)) {
          if (field === 'suppressed') continue;
          if (value === null) {
            expect(f.suppressed).toContain(field);
            hidden++;
            continue;
          }
          expect(f.suppressed).not.toContain(field);
          if (exact) expect({ label: row.label, field, value }).toEqual({ label: row.label, field, value: exact[object][field] });
          else expect(Number(value)).toBe(0);
          // A printed count of persons is zero or at least the threshold (loans also count loans to organisations, public record: see the suppression tests).
          if (typeof value === 'number' && object !== 'startupLoans') expect({ label: row.label, object, field, value, small: value > 0 && value < 5 }).toEqual({ label: row.label, object, field, value, small: false });
        }
      }
    }
    expect(hidden).toBeGreaterThan(0);
    expect(all.rows.flatMap((r: Row) => personObjects.flatMap((o) => r[o].suppressed))).toEqual([]);
  });
});
