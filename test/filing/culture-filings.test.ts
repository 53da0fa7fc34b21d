import { describeEachBackend } from '../support/backends';
import { CULTURE, FilingHarness, startFiling, viewer } from './filing-harness';
import { M, uscc } from './operations';
import { globalId } from '../support/ids';

/** The culture filings end to end: directory entry → workshop with items and county recognition → city recognition. */
describeEachBackend('culture filing mutations', (backend) => {
  let h: FilingHarness;
  let extension: { listing_key: string; item_id: number; item_key: string };
  const operator = uscc('370102', 'MA00CU01');

  beforeAll(async () => {
    h = await startFiling(backend);
    [extension] = await h.db.sources.culture.query(
      `SELECT l.listing_key, i.id AS item_id, i.item_key FROM heritage_listing l JOIN heritage_item i ON i.id = l.item_id WHERE l.kind = 'EXTENSION' ORDER BY l.id LIMIT 1`,
    );
  });
  afterAll(async () => h?.close());

  it('enters an organisation in the directory, its type following from the USCC', async () => {
    const outcome = await h.run(CULTURE, M.registerDirectoryOrganization, { input: { uscc: operator.toLowerCase(), name: '历下测试手造有限公司', regionCode: '370102', listedYear: 2026, keyEnterprise: true } });
    const payload = outcome.data!.registerDirectoryOrganization;
    expect(payload.errors).toEqual([]);
    expect(payload.organization).toMatchObject({ uscc: operator, name: '历下测试手造有限公司', orgType: 'ENTERPRISE', inDirectory: true });
    const rows = await h.db.sources.culture.query('SELECT org_type, region_code, key_enterprise, key_project, listed_year FROM organization WHERE uscc = ?', [operator]);
    expect(rows).toHaveLength(1);
    expect({ ...rows[0], key_enterprise: Number(rows[0].key_enterprise), key_project: Number(rows[0].key_project) }).toEqual({
      org_type: 'ENTERPRISE', region_code: '370102', key_enterprise: 1, key_project: 0, listed_year: 2026,
    });
  });

  it('registers a workshop with its items (an extension key resolved to its item) and its county recognition', async () => {
    const outcome = await h.run(CULTURE, M.registerWorkshop, {
      input: { name: '测试黑陶非遗工坊', regionCode: '370102', operatorUscc: operator, jobsCreated: 12, establishedOn: '2024-05-01', itemKeys: [extension.listing_key], recognition: { year: 2026, recognizedOn: '2026-06-15' } },
    });
    const payload = outcome.data!.registerWorkshop;
    expect(payload.errors).toEqual([]);
    expect(payload.workshop).toMatchObject({ name: '测试黑陶非遗工坊', regionCode: '370102', operatorUscc: operator, status: 'ACTIVE' });
    const [w] = await h.db.sources.culture.query(`SELECT id FROM workshop WHERE name = '测试黑陶非遗工坊'`);
    expect(await h.db.sources.culture.query('SELECT item_id FROM workshop_heritage_item WHERE workshop_id = ?', [w.id])).toEqual([{ item_id: extension.item_id }]);
    expect(await h.db.sources.culture.query('SELECT level, year, recognized_on FROM workshop_recognition WHERE workshop_id = ?', [w.id])).toEqual([
      { level: 'COUNTY', year: 2026, recognized_on: '2026-06-15' },
    ]);
  });

  it('adds a city recognition on top of the county one, then refuses it twice and refuses PROVINCE before CITY elsewhere', async () => {
    const id = (await h.run(CULTURE, `{ workshops(first: 1, filter: { nameContains: "测试黑陶" }) { edges { node { id } } } }`)).data!.workshops.edges[0].node.id;
    const city = (await h.run(CULTURE, M.recognizeWorkshop, { input: { workshopId: id, level: 'CITY', year: 2026, recognizedOn: '2026-10-20' } })).data!.recognizeWorkshop;
    expect(city.errors).toEqual([]);
    expect(city.workshopRecognition).toMatchObject({ level: 'CITY', year: 2026, recognizedOn: '2026-10-20' });
    const twice = (await h.run(CULTURE, M.recognizeWorkshop, { input: { workshopId: id, level: 'CITY', year: 2026 } })).data!.recognizeWorkshop;
    expect(twice.errors).toEqual([expect.objectContaining({ field: 'input.level', code: 'DUPLICATE' })]);
    const [countyOnly] = await h.db.sources.culture.query(
      `SELECT w.id FROM workshop w WHERE w.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM workshop_recognition r WHERE r.workshop_id = w.id AND r.level = 'CITY') ORDER BY w.id LIMIT 1`,
    );
    const early = (await h.run(viewer('ADMIN'), M.recognizeWorkshop, { input: { workshopId: globalId('Workshop', Number(countyOnly.id)), level: 'PROVINCE', year: 2026 } })).data!.recognizeWorkshop;
    expect(early.errors).toEqual([expect.objectContaining({ field: 'input.level', code: 'INVALID_STATE', message: 'PROVINCE recognition needs CITY recognition first' })]);
    const rows = await h.db.sources.culture.query(`SELECT r.level FROM workshop_recognition r JOIN workshop w ON w.id = r.workshop_id WHERE w.name = '测试黑陶非遗工坊' ORDER BY r.id`);
    expect(rows.map((r: { level: string }) => r.level)).toEqual(['COUNTY', 'CITY']);
  });
});
