import { DataSource } from 'typeorm';
import { validateCitizenId, validateUscc, parseIchItemKey } from '../../src/shared/identifiers';
import { regionDirectory } from '../../src/shared/regions';
import { clearSeededData, seedDatabases, SeedReport } from '../../src/seed/seed';
import { describeEachBackend, openTestSources, TestSources } from '../support/backends';

async function column(dataSource: DataSource, sql: string): Promise<string[]> {
  const rows: Array<Record<string, unknown>> = await dataSource.query(sql);
  return rows.map((r) => String(Object.values(r)[0]));
}

async function scalar(dataSource: DataSource, sql: string): Promise<number> {
  return Number((await column(dataSource, sql))[0]);
}

describeEachBackend('seed generator', (backend) => {
  let db: TestSources;
  let report: SeedReport;

  beforeAll(async () => {
    db = await openTestSources(backend);
    report = await seedDatabases(db.sources, { scale: 0.1, seed: 7 });
  });
  afterAll(async () => db?.close());

  it('fills every table at the planned scale', () => {
    for (const [table, rows] of Object.entries(report.tables)) expect({ table, filled: rows > 0 }).toEqual({ table, filled: true });
    expect(report.tables.person).toBe(1000);
    expect(report.tables.enrollment).toBeGreaterThan(1500);
    expect(report.tables.enrollment).toBeLessThan(2500);
  });

  it('gives every person a valid ID number that agrees with their birth date and gender', async () => {
    const rows: Array<{ citizen_id: string; birth_date: string; gender: string; region_code: string; name: string }> =
      await db.sources.hr.query('SELECT citizen_id, birth_date, gender, region_code, name FROM person');
    const regions = regionDirectory();
    for (const row of rows) {
      const result = validateCitizenId(row.citizen_id, { isKnownRegion: (code) => regions.has(code) });
      if (!result.ok) throw new Error(`${row.citizen_id}: ${result.message}`);
      expect(result.birthDate).toBe(String(row.birth_date).slice(0, 10));
      expect(result.gender).toBe(row.gender);
      expect(regions.isCurrent(row.region_code)).toBe(true);
      expect(row.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    }
    expect(new Set(rows.map((r) => r.citizen_id)).size).toBe(rows.length);
    // People of Laiwu keep their pre-2018 3712xx ID prefix.
    const laiwu = rows.filter((r) => r.region_code === '370116');
    for (const row of laiwu) expect(row.citizen_id.slice(0, 6)).toBe('371202');
  });

  it('spreads order codes over their whole range, as real ones are, so a masked number keeps its ~182,500 candidates', async () => {
    const orders = ((await db.sources.hr.query('SELECT citizen_id FROM person')) as Array<{ citizen_id: string }>).map((r) => Number(r.citizen_id.slice(14, 17)));
    // 1,000 persons: 000–00x before, which left about 730 candidates for a number given its year, gender and county.
    expect(new Set(orders).size).toBeGreaterThan(400);
    expect(Math.max(...orders)).toBeGreaterThan(900);
    expect(orders.filter((o) => o < 10).length).toBeLessThan(50);
  });

  it('gives every organisation a USCC that passes both checks and names its own region', async () => {
    const culture = await db.sources.culture.query('SELECT uscc, region_code FROM organization');
    const providers = await db.sources.hr.query('SELECT uscc, region_code FROM training_provider');
    for (const row of [...culture, ...providers] as Array<{ uscc: string; region_code: string }>) {
      const result = validateUscc(row.uscc, { strict: true });
      if (!result.ok) throw new Error(`${row.uscc}: ${result.message}`);
      expect(row.uscc.slice(2, 8)).toBe(row.region_code);
    }
  });

  it('resolves every cross-source key', async () => {
    const persons = new Set(await column(db.sources.hr, 'SELECT citizen_id FROM person'));
    const inheritorIds = await column(db.sources.culture, 'SELECT citizen_id FROM inheritor');
    expect(inheritorIds.length).toBeGreaterThan(0);
    expect(inheritorIds.filter((id) => !persons.has(id))).toEqual([]);

    const directory = new Set(await column(db.sources.culture, 'SELECT uscc FROM organization'));
    const operators = await column(db.sources.culture, 'SELECT operator_uscc FROM workshop WHERE operator_uscc IS NOT NULL');
    expect(operators.filter((u) => !directory.has(u))).toEqual([]);
    const units = await column(db.sources.hr, 'SELECT uscc FROM labor_brand_unit');
    expect(units.filter((u) => !directory.has(u))).toEqual([]);

    const listingKeys = new Set(await column(db.sources.culture, 'SELECT listing_key FROM heritage_listing'));
    for (const sql of [
      'SELECT item_key FROM training_catalog_item',
      'SELECT item_key FROM labor_brand WHERE item_key IS NOT NULL',
      'SELECT item_key FROM contest WHERE item_key IS NOT NULL',
      'SELECT item_key FROM vacancy WHERE item_key IS NOT NULL',
    ]) {
      const keys = await column(db.sources.hr, sql);
      expect({ sql, missing: keys.filter((k) => !listingKeys.has(k)) }).toEqual({ sql, missing: [] });
      for (const k of keys) expect(parseIchItemKey(k)).toMatchObject({ ok: true, value: k });
    }
  });

  it('links the agencies plentifully: trainees who are inheritors, operators who are brand units, providers and employers', async () => {
    const trainees = new Set(await column(db.sources.hr, 'SELECT DISTINCT p.citizen_id FROM enrollment e JOIN person p ON p.id = e.person_id'));
    const inheritors = await column(db.sources.culture, 'SELECT DISTINCT citizen_id FROM inheritor');
    expect(inheritors.filter((id) => trainees.has(id)).length).toBeGreaterThan(0);
    const operators = new Set(await column(db.sources.culture, 'SELECT DISTINCT operator_uscc FROM workshop WHERE operator_uscc IS NOT NULL'));
    for (const sql of ['SELECT uscc FROM labor_brand_unit', 'SELECT uscc FROM training_provider', 'SELECT employer_uscc FROM vacancy']) {
      const hits = (await column(db.sources.hr, sql)).filter((u) => operators.has(u));
      expect({ sql, linked: hits.length > 0 }).toEqual({ sql, linked: true });
    }
  });

  it('keeps the real ICH items with their published facts', async () => {
    const [row] = await db.sources.culture.query(
      `SELECT i.name, i.level, i.number, i.number_provisional, l.area_code FROM heritage_item i JOIN heritage_listing l ON l.item_id = i.id WHERE i.name = '临清贡砖烧制技艺'`,
    );
    expect(row).toMatchObject({ level: 'NATIONAL', number: 'Ⅷ-91', area_code: '371581' });
    expect(Number(row.number_provisional)).toBe(0);
    const brocade = await db.sources.culture.query(`SELECT l.kind, l.area_code FROM heritage_listing l JOIN heritage_item i ON i.id = l.item_id WHERE i.number = 'Ⅷ-103' ORDER BY l.id`);
    expect(brocade.map((l: { kind: string; area_code: string }) => [l.kind, l.area_code])).toEqual([['NEW', '370829'], ['EXTENSION', '371726']]);
    // 龙山黑陶 is provincial, not national (brief §9).
    expect(await column(db.sources.culture, `SELECT level FROM heritage_item WHERE name LIKE '%章丘黑陶%'`)).toEqual(['PROVINCIAL']);
  });

  it('follows the programme rules: 20–60 trainees a cohort, subsidies within the cap, completions after enrolment', async () => {
    const sizes = (await column(db.sources.hr, 'SELECT COUNT(*) FROM enrollment GROUP BY cohort_id')).map(Number);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(20);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(60);
    expect(await scalar(db.sources.hr, 'SELECT MAX(amount) FROM subsidy_claim')).toBeLessThanOrEqual(500);
    expect(await scalar(db.sources.hr, 'SELECT COUNT(*) FROM enrollment WHERE completed_on < enrolled_on')).toBe(0);
    expect(await scalar(db.sources.hr, `SELECT COUNT(*) FROM subsidy_claim c JOIN enrollment e ON e.id = c.enrollment_id WHERE e.status <> 'COMPLETED' OR e.target_group IS NULL`)).toBe(0);
    const completed = await scalar(db.sources.hr, `SELECT COUNT(*) FROM enrollment WHERE status = 'COMPLETED'`);
    const ended = await scalar(db.sources.hr, `SELECT COUNT(*) FROM enrollment WHERE status <> 'ENROLLED'`);
    expect(completed / ended).toBeGreaterThan(0.8);
    expect(completed / ended).toBeLessThan(0.97);
  });

  it('is deterministic: the same scale and seed give the same rows, another seed other rows', async () => {
    const fingerprint = async () =>
      (await column(db.sources.hr, 'SELECT citizen_id FROM person ORDER BY id')).join() +
      (await column(db.sources.hr, 'SELECT person_id FROM enrollment ORDER BY id')).join() +
      (await column(db.sources.culture, 'SELECT name FROM workshop ORDER BY id')).join();
    const first = await fingerprint();
    await clearSeededData(db.sources);
    await seedDatabases(db.sources, { scale: 0.1, seed: 7 });
    expect(await fingerprint()).toBe(first);
    await clearSeededData(db.sources);
    await seedDatabases(db.sources, { scale: 0.1, seed: 8 });
    expect(await fingerprint()).not.toBe(first);
  });
});
