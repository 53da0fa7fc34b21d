import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { builder } from '../support/builders';
import { globalId, nodeRowIds, rowIdOf } from '../support/ids';
import { rowIds } from '../support/sql';
import { graphql } from '../graphql';

const MATERIALS = graphql(`query TrainingMaterialPage($first: Int, $after: String, $filter: TrainingMaterialFilter, $orderBy: TrainingMaterialOrder) {
  trainingMaterials(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { node { id code title kind publisher year releasedOn classHours isbn regionCode itemKeys } }
  }
}`);

const PROFESSIONAL_TITLES = graphql(`query ProfessionalTitlePage($first: Int, $filter: ProfessionalTitleFilter, $orderBy: ProfessionalTitleOrder) {
  professionalTitles(first: $first, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { node { id series level titleName route year obtainedOn regionCode person { id } } }
  }
}`);

const RIGHTS_CASES = graphql(`query RightsCasePage($first: Int, $filter: RightsCaseFilter, $orderBy: RightsCaseOrder) {
  rightsCases(first: $first, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { node { id caseNumber kind openedOn closedOn outcome regionCode worker { id } unit { id } } }
  }
}`);

const DISPATCH = graphql(`query CareerRightsDispatch($period: PeriodInput!, $regionCode: String) {
  dispatchReport(period: $period, regionCode: $regionCode) {
    minCell
    rows {
      kind region { code }
      trainingMaterials { released textbooks courses }
      professionalTitlesObtained { total staff assistant intermediate associateSenior fullSenior suppressed }
      talentProgrammeAwards { awarded suppressed }
      rightsCases { opened closed suppressed }
    }
  }
}`);

const count = (rows: Array<Record<string, unknown>>) => Number(rows[0].n);

describeEachBackend('training materials, professional titles, programme awards and rights cases', (backend) => {
  let api: ApiHarness;
  const hr = () => api.db.sources.hr;
  const culture = () => api.db.sources.culture;
  beforeAll(async () => {
    api = await startApi(backend, 0.2);
  });
  afterAll(async () => api?.close());

  describe('the seed', () => {
    it('links the new records to what exists: catalogue programmes, ICH items, inheritors, certificate holders, brand units', async () => {
      expect(count(await hr().query('SELECT COUNT(*) AS n FROM training_material'))).toBeGreaterThan(20);
      // Every material teaches items the culture directory has, and is used in a catalogue programme teaching the same item.
      const keys = (await hr().query('SELECT DISTINCT item_key FROM training_material_item')).map((r: { item_key: string }) => r.item_key);
      const known = new Set((await culture().query('SELECT item_key FROM heritage_item')).map((r: { item_key: string }) => r.item_key));
      expect(keys.filter((k: string) => !known.has(k))).toEqual([]);
      expect(count(await hr().query(
        `SELECT COUNT(*) AS n FROM training_material m WHERE NOT EXISTS (SELECT 1 FROM training_material_catalog_entry e JOIN training_catalog_item c ON c.entry_id = e.catalog_entry_id ` +
        `JOIN training_material_item i ON i.material_id = m.id AND i.item_key = c.item_key WHERE e.material_id = m.id)`,
      ))).toBe(0);
      // Titles are held by inheritors and by certificate holders.
      const inheritors = (await culture().query('SELECT DISTINCT citizen_id FROM inheritor')).map((r: { citizen_id: string }) => r.citizen_id);
      const holders = (await hr().query('SELECT DISTINCT p.citizen_id FROM professional_title t JOIN person p ON p.id = t.person_id')).map((r: { citizen_id: string }) => r.citizen_id);
      expect(holders.filter((c: string) => inheritors.includes(c)).length).toBeGreaterThan(20);
      expect(count(await hr().query(`SELECT COUNT(DISTINCT t.person_id) AS n FROM professional_title t JOIN skill_certificate c ON c.person_id = t.person_id WHERE t.route = 'RECOGNITION'`))).toBeGreaterThan(0);
      expect(count(await hr().query('SELECT COUNT(*) AS n FROM talent_programme_award'))).toBeGreaterThan(5);
      expect(count(await hr().query('SELECT COUNT(*) AS n FROM rights_case'))).toBeGreaterThan(3);
      // A closed case has its day and its outcome; an open one neither.
      expect(count(await hr().query('SELECT COUNT(*) AS n FROM rights_case WHERE (closed_on IS NULL) <> (outcome IS NULL) OR closed_on < opened_on'))).toBe(0);
    });
  });

  describe('trainingMaterials', () => {
    it('filters by kind, region and year, agreeing with SQL', async () => {
      const [{ region_code: city }] = await hr().query(`SELECT SUBSTR(region_code, 1, 4) AS region_code FROM training_material GROUP BY SUBSTR(region_code, 1, 4) ORDER BY COUNT(*) DESC LIMIT 1`);
      const page = (await api.data(MATERIALS, { first: 100, filter: { kinds: ['COURSE', 'ONLINE_COURSE'], regionCode: `${city}00` } })).trainingMaterials;
      const expected = await rowIds(api, 'hr', `SELECT id FROM training_material WHERE kind IN ('COURSE', 'ONLINE_COURSE') AND region_code LIKE ? ORDER BY id`, [`${city}%`]);
      expect(expected.length).toBeGreaterThan(0);
      expect(nodeRowIds(page)).toEqual(expected.slice(0, 100));
      expect(page.totalCount).toBe(expected.length);
      const byYear = (await api.data(MATERIALS, { first: 100, filter: { years: [2024] }, orderBy: 'TITLE' })).trainingMaterials;
      expect(nodeRowIds(byYear)).toEqual((await rowIds(api, 'hr', `SELECT id FROM training_material WHERE year = 2024 ORDER BY title, id`)).slice(0, 100));
    });

    it('finds a material by the key of an extension listing of the item it teaches, under the item and in the filter', async () => {
      const b = await builder(api);
      const item = await b.heritageItem({ level: 'PROVINCIAL', regionCode: '370702' });
      const extension = await b.heritageListing({ item, areaCode: '370781', level: 'PROVINCIAL', number: item.number });
      const material = await b.trainingMaterial({ code: 'SDJC-EXT-0001', kind: 'TEXTBOOK', regionCode: '370700' });
      await b.trainingMaterialItem({ material, itemKey: item.itemKey });
      const page = (await api.data(MATERIALS, { first: 10, filter: { itemKeys: [extension.listingKey] } })).trainingMaterials;
      expect(nodeRowIds(page)).toEqual([material.id]);
      expect(page.edges[0].node.itemKeys).toEqual([item.itemKey]);
      const under = await api.data(`query ($id: ID!, $key: String!) { node(id: $id) { ... on HeritageItem { trainingMaterials(first: 5, filter: { itemKeys: [$key] }) { totalCount edges { node { code } } } } } }`, {
        id: globalId('HeritageItem', item.id),
        key: extension.listingKey,
      });
      expect(under.node.trainingMaterials).toEqual({ totalCount: 1, edges: [{ node: { code: 'SDJC-EXT-0001' } }] });
    });

    it('reaches catalogue programmes and items from a material, and materials from programmes and items, as SQL links them', async () => {
      const data = await api.data(`{ trainingCatalog(first: 60) { edges { node { id materials(first: 3) { totalCount edges { node { id catalogEntries(first: 10) { totalCount } heritageItems { itemKey } } } } } } } }`);
      const perEntry = new Map<number, number>(
        (await hr().query('SELECT catalog_entry_id AS id, COUNT(*) AS n FROM training_material_catalog_entry GROUP BY catalog_entry_id')).map((r: { id: unknown; n: unknown }) => [Number(r.id), Number(r.n)]),
      );
      const perMaterial = new Map<number, number>(
        (await hr().query('SELECT material_id AS id, COUNT(*) AS n FROM training_material_catalog_entry GROUP BY material_id')).map((r: { id: unknown; n: unknown }) => [Number(r.id), Number(r.n)]),
      );
      let seen = 0;
      for (const { node } of data.trainingCatalog.edges) {
        expect(node.materials.totalCount).toBe(perEntry.get(rowIdOf(node.id)) ?? 0);
        for (const m of node.materials.edges) {
          seen++;
          expect(m.node.catalogEntries.totalCount).toBe(perMaterial.get(rowIdOf(m.node.id)));
          const keys = (await hr().query('SELECT item_key FROM training_material_item WHERE material_id = ? ORDER BY item_key', [rowIdOf(m.node.id)])).map((r: { item_key: string }) => r.item_key);
          expect(m.node.heritageItems.map((i: { itemKey: string }) => i.itemKey).sort()).toEqual(keys);
        }
      }
      expect(seen).toBeGreaterThan(0);

      const [{ item_key: key }] = await hr().query('SELECT item_key FROM training_material_item GROUP BY item_key ORDER BY COUNT(*) DESC, item_key LIMIT 1');
      const [item] = await culture().query('SELECT id FROM heritage_item WHERE item_key = ?', [key]);
      const under = await api.data(`query ($id: ID!) { node(id: $id) { ... on HeritageItem { trainingMaterials(first: 100) { totalCount edges { node { id } } } } } }`, { id: globalId('HeritageItem', Number(item.id)) });
      const expected = await rowIds(api, 'hr', 'SELECT material_id AS id FROM training_material_item WHERE item_key = ? ORDER BY material_id', [key]);
      expect(nodeRowIds(under.node.trainingMaterials)).toEqual(expected);
    });
  });

  describe('professional titles and programme awards', () => {
    it('lists titles by level and series, agreeing with SQL', async () => {
      const page = (await api.data(PROFESSIONAL_TITLES, { first: 100, filter: { levels: ['ASSOCIATE_SENIOR', 'FULL_SENIOR'], series: ['ARTS_AND_CRAFTS'] }, orderBy: 'OBTAINED_ON' })).professionalTitles;
      const expected = await rowIds(api, 'hr', `SELECT id FROM professional_title WHERE level IN ('ASSOCIATE_SENIOR', 'FULL_SENIOR') AND series = 'ARTS_AND_CRAFTS' ORDER BY obtained_on, id`);
      expect(expected.length).toBeGreaterThan(0);
      expect(nodeRowIds(page)).toEqual(expected.slice(0, 100));
      expect(page.totalCount).toBe(expected.length);
      const titles = new Map<number, number>((await hr().query('SELECT id, person_id FROM professional_title')).map((r: { id: unknown; person_id: unknown }) => [Number(r.id), Number(r.person_id)]));
      for (const { node } of page.edges) expect(node.person.id).toBe(globalId('Person', titles.get(rowIdOf(node.id))!));
    });

    it('reaches an inheritor’s titles and programme awards through the person, as SQL counts them', async () => {
      const data = await api.data(`{ inheritors(first: 100) { edges { node { person { idNumber professionalTitles(first: 5) { totalCount } talentProgrammeAwards(first: 5) { totalCount } } } } } }`);
      const titleCounts = new Map<string, number>((await hr().query('SELECT p.citizen_id, COUNT(*) AS n FROM professional_title t JOIN person p ON p.id = t.person_id GROUP BY p.citizen_id')).map((r: { citizen_id: string; n: unknown }) => [r.citizen_id, Number(r.n)]));
      const awardCounts = new Map<string, number>((await hr().query('SELECT p.citizen_id, COUNT(*) AS n FROM talent_programme_award t JOIN person p ON p.id = t.person_id GROUP BY p.citizen_id')).map((r: { citizen_id: string; n: unknown }) => [r.citizen_id, Number(r.n)]));
      let withTitles = 0;
      for (const { node } of data.inheritors.edges) {
        if (!node.person) continue;
        const id = node.person.idNumber;
        expect([id, node.person.professionalTitles.totalCount, node.person.talentProgrammeAwards.totalCount]).toEqual([id, titleCounts.get(id) ?? 0, awardCounts.get(id) ?? 0]);
        if (node.person.professionalTitles.totalCount > 0) withTitles++;
      }
      expect(withTitles).toBeGreaterThan(5);
    });
  });

  describe('rightsCases', () => {
    it('counts cases per brand and per building unit, as SQL does, in a bounded number of statements', async () => {
      const data = await api.data(`{ laborBrands(first: 100) { edges { node { id rightsCases(first: 2) { totalCount } units(first: 20) { edges { node { id rightsCases(first: 2) { totalCount edges { node { caseNumber } } } } } } } } } }`);
      expect(api.statements().hr).toBeLessThanOrEqual(3);
      const perBrand = new Map<number, number>((await hr().query('SELECT u.brand_id AS id, COUNT(*) AS n FROM rights_case c JOIN labor_brand_unit u ON u.id = c.unit_id GROUP BY u.brand_id')).map((r: { id: unknown; n: unknown }) => [Number(r.id), Number(r.n)]));
      const perUnit = new Map<number, number>((await hr().query('SELECT unit_id AS id, COUNT(*) AS n FROM rights_case GROUP BY unit_id')).map((r: { id: unknown; n: unknown }) => [Number(r.id), Number(r.n)]));
      let cases = 0;
      for (const { node: brand } of data.laborBrands.edges) {
        expect(brand.rightsCases.totalCount).toBe(perBrand.get(rowIdOf(brand.id)) ?? 0);
        cases += brand.rightsCases.totalCount;
        for (const { node: unit } of brand.units.edges) expect(unit.rightsCases.totalCount).toBe(perUnit.get(rowIdOf(unit.id)) ?? 0);
      }
      expect(cases).toBeGreaterThan(0);
    });

    it('filters open and closed cases by kind, agreeing with SQL, with worker and unit', async () => {
      const page = (await api.data(RIGHTS_CASES, { first: 100, filter: { closed: true, kinds: ['WAGE_ARREARS', 'LABOR_CONTRACT'] }, orderBy: 'OPENED_ON_DESC' })).rightsCases;
      const expected = await rowIds(api, 'hr', `SELECT id FROM rights_case WHERE closed_on IS NOT NULL AND kind IN ('WAGE_ARREARS', 'LABOR_CONTRACT') ORDER BY opened_on DESC, id`);
      expect(nodeRowIds(page)).toEqual(expected.slice(0, 100));
      const open = (await api.data(RIGHTS_CASES, { first: 100, filter: { closed: false } })).rightsCases;
      expect(open.totalCount).toBe(count(await hr().query('SELECT COUNT(*) AS n FROM rights_case WHERE closed_on IS NULL')));
      const facts = new Map<number, Record<string, unknown>>((await hr().query('SELECT id, person_id, unit_id FROM rights_case')).map((r: Record<string, unknown>) => [Number(r.id), r]));
      for (const { node } of page.edges) {
        const f = facts.get(rowIdOf(node.id))!;
        expect([node.worker.id, node.unit.id]).toEqual([globalId('Person', Number(f.person_id)), globalId('LaborBrandUnit', Number(f.unit_id))]);
      }
    });
  });

  describe('bad arguments', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['{ trainingMaterials(first: 1, filter: { itemKeys: ["not-a-key"] }) { totalCount } }', {}, 'filter.itemKeys[0]'],
      ['{ trainingMaterials(first: 1, filter: { regionCode: "999999" }) { totalCount } }', {}, 'filter.regionCode'],
      ['{ professionalTitles(first: 1, filter: { obtainedFrom: "2025-02-01", obtainedTo: "2025-01-01" }) { totalCount } }', {}, 'filter.obtainedTo'],
      ['{ rightsCases(first: 1000) { totalCount } }', {}, 'first'],
    ])('%s fails naming the argument', async (query, variables, argument) => {
      const body = await api.query(query, variables);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    });
  });

  describe('privacy', () => {
    it.each(['professionalTitles', 'talentProgrammeAwards', 'rightsCases'])('refuses %s to PUBLIC', async (field) => {
      const body = await api.as('PUBLIC').query(`{ ${field}(first: 1) { totalCount } }`);
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('shows a region-limited partner only the titles, awards and cases of persons living in its region', async () => {
      const partner = api.as('PARTNER', { region: '370100' });
      const data = await partner.data(`{ professionalTitles(first: 1) { totalCount } talentProgrammeAwards(first: 1) { totalCount } rightsCases(first: 1) { totalCount } }`);
      const inRegion = async (table: string) => count(await hr().query(`SELECT COUNT(*) AS n FROM ${table} t JOIN person p ON p.id = t.person_id WHERE p.region_code LIKE '3701%'`));
      expect(data.professionalTitles.totalCount).toBe(await inRegion('professional_title'));
      expect(data.talentProgrammeAwards.totalCount).toBe(await inRegion('talent_programme_award'));
      expect(data.rightsCases.totalCount).toBe(await inRegion('rights_case'));
      expect(data.professionalTitles.totalCount).toBeLessThan(count(await hr().query('SELECT COUNT(*) AS n FROM professional_title')));
    });
  });

  describe('dispatch report', () => {
    type Figures = Record<string, number>;
    /** The new indicators per city, from SQL written here. */
    async function expected(year: number, personRegion = '37'): Promise<Map<string, Figures>> {
      const out = new Map<string, Figures>();
      const add = (code: string, name: string, n: unknown) => {
        const city = `${String(code).slice(0, 4)}00`;
        const f = out.get(city) ?? {};
        f[name] = (f[name] ?? 0) + Number(n);
        out.set(city, f);
      };
      const from = `${year}-01-01`;
      const to = `${year}-12-31`;
      for (const r of await hr().query(`SELECT region_code, kind, COUNT(*) AS n FROM training_material WHERE (released_on BETWEEN ? AND ?) OR (released_on IS NULL AND year = ?) GROUP BY region_code, kind`, [from, to, year])) {
        add(r.region_code, 'released', r.n);
        add(r.region_code, r.kind === 'TEXTBOOK' ? 'textbooks' : 'courses', r.n);
      }
      const levels: Record<string, string> = { STAFF: 'staff', ASSISTANT: 'assistant', INTERMEDIATE: 'intermediate', ASSOCIATE_SENIOR: 'associateSenior', FULL_SENIOR: 'fullSenior' };
      for (const r of await hr().query(`SELECT p.region_code, t.level, COUNT(*) AS n FROM professional_title t JOIN person p ON p.id = t.person_id WHERE t.obtained_on BETWEEN ? AND ? AND p.region_code LIKE ? GROUP BY p.region_code, t.level`, [from, to, `${personRegion}%`])) {
        add(r.region_code, 'total', r.n);
        add(r.region_code, levels[r.level], r.n);
      }
      for (const r of await hr().query(`SELECT p.region_code, COUNT(*) AS n FROM talent_programme_award t JOIN person p ON p.id = t.person_id WHERE t.awarded_on BETWEEN ? AND ? AND p.region_code LIKE ? GROUP BY p.region_code`, [from, to, `${personRegion}%`])) add(r.region_code, 'awarded', r.n);
      const cases = (column: string) => `SELECT t.region_code, COUNT(*) AS n FROM rights_case t JOIN person p ON p.id = t.person_id WHERE t.${column} BETWEEN ? AND ? AND p.region_code LIKE ? GROUP BY t.region_code`;
      for (const r of await hr().query(cases('opened_on'), [from, to, `${personRegion}%`])) add(r.region_code, 'opened', r.n);
      for (const r of await hr().query(cases('closed_on'), [from, to, `${personRegion}%`])) add(r.region_code, 'closed', r.n);
      return out;
    }
    const flat = (row: Record<string, any>): Figures => {
      const { suppressed: _p, ...titles } = row.professionalTitlesObtained;
      return { ...row.trainingMaterials, ...titles, awarded: row.talentProgrammeAwards.awarded, opened: row.rightsCases.opened, closed: row.rightsCases.closed };
    };
    const names = ['released', 'textbooks', 'courses', 'total', 'staff', 'assistant', 'intermediate', 'associateSenior', 'fullSenior', 'awarded', 'opened', 'closed'];
    const full = (f: Figures | undefined) => Object.fromEntries(names.map((n) => [n, f?.[n] ?? 0]));

    it.each([2024, 2025])('gives the new indicators per city for %i as SQL counts them', async (year) => {
      const report = (await api.data(DISPATCH, { period: { kind: 'YEAR', year } })).dispatchReport!;
      const want = await expected(year);
      const cities = report.rows.filter((r) => r.kind === 'REGION');
      for (const row of cities) expect({ city: row.region.code, ...flat(row) }).toEqual({ city: row.region.code, ...full(want.get(row.region.code)) });
      const total = report.rows.find((r) => r.kind === 'TOTAL')!;
      const sum = full(undefined);
      for (const f of want.values()) for (const n of names) sum[n] += f[n] ?? 0;
      expect(flat(total)).toEqual(sum);
      expect(Object.values(sum).filter((v) => v > 0).length).toBeGreaterThan(6);
    });

    it('counts only persons of its region for a region-limited partner', async () => {
      const report = (await api.as('PARTNER', { region: '370100' }).data(DISPATCH, { period: { kind: 'YEAR', year: 2025 }, regionCode: '370100' })).dispatchReport!;
      const total = report.rows.find((r) => r.kind === 'TOTAL')!;
      const want = full((await expected(2025, '3701')).get('370100'));
      const got = flat(total);
      for (const n of ['total', 'awarded', 'opened', 'closed', 'released']) expect([n, got[n]]).toEqual([n, want[n]]);
    });

    it('suppresses small counts of persons for PUBLIC, naming them, and shows what it shows exactly', async () => {
      const report = (await api.as('PUBLIC').data(DISPATCH, { period: { kind: 'YEAR', year: 2025 } })).dispatchReport!;
      expect(report.minCell).toBe(5);
      const want = await expected(2025);
      let hidden = 0;
      for (const row of report.rows.filter((r) => r.kind === 'REGION')) {
        const f = full(want.get(row.region.code));
        for (const [object, fields] of [['professionalTitlesObtained', ['total', 'staff', 'assistant', 'intermediate', 'associateSenior', 'fullSenior']], ['talentProgrammeAwards', ['awarded']], ['rightsCases', ['opened', 'closed']]] as const) {
          const figures = (row as Record<string, any>)[object];
          for (const field of fields) {
            const value = figures[field];
            const sqlName = object === 'talentProgrammeAwards' ? 'awarded' : field;
            if (value === null) {
              hidden++;
              expect(figures.suppressed).toContain(field);
            } else {
              expect(value).toBe(f[sqlName]);
              expect(value === 0 || value >= 5).toBe(true);
            }
          }
        }
        // Materials count no persons: never suppressed.
        expect(row.trainingMaterials).toEqual({ released: f.released, textbooks: f.textbooks, courses: f.courses });
      }
      expect(hidden).toBeGreaterThan(0);
    });
  });
});
