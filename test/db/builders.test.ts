import { RECORD_TYPES } from '../../src/modules/record-types';
import { organizationTypeOfUscc } from '../../src/modules/organization/organization.record';
import { parseIchItemKey, validateCitizenId, validateUscc } from '../../src/shared/identifiers';
import { ApiHarness, startApi } from '../support/api';
import { describeEachBackend } from '../support/backends';
import { Builder, builder, TableName } from '../support/builders';
import { globalId } from '../support/ids';

describeEachBackend('test data builders', (backend) => {
  let api: ApiHarness;
  let b: Builder;
  beforeAll(async () => {
    api = await startApi(backend, 0);
    b = await builder(api);
  });
  afterAll(async () => api?.close());

  it('builds every record type from defaults alone, each readable through node(id:)', async () => {
    for (const record of RECORD_TYPES.filter((r) => r.node !== false)) {
      const row = (await b[record.table as TableName]()) as { id: number; uscc?: string };
      // An Organization's global id is its USCC; every other record's is its row id.
      const id = globalId(record.typename, record.typename === 'Organization' ? row.uscc! : row.id);
      const data = await api.data(`query ($id: ID!) { node(id: $id) { __typename id } }`, { id });
      expect({ table: record.table, node: data.node }).toEqual({ table: record.table, node: { __typename: record.typename, id } });
    }
  });

  it('writes check-digit-valid identifiers that agree with the other columns, distinct on the same birth day', async () => {
    const a = await b.person({ gender: 'FEMALE', birthDate: '1985-07-09', regionCode: '370702' });
    const twin = await b.person({ gender: 'FEMALE', birthDate: '1985-07-09', regionCode: '370702' });
    for (const person of [a, twin]) expect(validateCitizenId(person.citizenId)).toMatchObject({ ok: true, birthDate: '1985-07-09', gender: 'FEMALE', regionCode: '370702' });
    expect(twin.citizenId).not.toBe(a.citizenId);
    const org = await b.organization({ orgType: 'FARMERS_COOPERATIVE', regionCode: '370702' });
    expect(validateUscc(org.uscc)).toMatchObject({ ok: true });
    expect(org.uscc.slice(0, 8)).toBe('93370702');
    expect(organizationTypeOfUscc(org.uscc)).toBe('FARMERS_COOPERATIVE');
    const item = await b.heritageItem({ level: 'NATIONAL', category: 'TRADITIONAL_ART' });
    expect(parseIchItemKey(item.itemKey)).toMatchObject({ ok: true, value: item.itemKey, level: 'NATIONAL', number: item.number, areaCode: '370102' });
    expect(item.number).toMatch(/^Ⅶ-\d+$/);
  });

  it('links a workshop to its items and operator as the API reads them', async () => {
    const item = await b.heritageItem({ level: 'NATIONAL' });
    const org = await b.organization();
    const workshop = await b.workshop({ items: [item], operator: org });
    const data = await api.data(`query ($keys: [String!]) { workshops(filter: { itemKeys: $keys }) { edges { node { id operator { uscc name } heritageItems { edges { node { itemKey } } } } } } }`, {
      keys: [item.itemKey.toLowerCase()],
    });
    expect(data.workshops.edges).toEqual([
      { node: { id: globalId('Workshop', workshop.id), operator: { uscc: org.uscc, name: org.name }, heritageItems: { edges: [{ node: { itemKey: item.itemKey } }] } } },
    ]);
  });

  it('builds the parents a row needs unless given, with outcomes that agree with the status', async () => {
    const completed = await b.enrollment({ status: 'COMPLETED', enrolledOn: '2024-05-06' });
    expect(completed).toMatchObject({ completedOn: '2024-05-06', passed: true, targetGroup: null });
    const [cohort] = await api.db.sources.hr.query('SELECT catalog_entry_id, provider_id FROM training_cohort WHERE id = ?', [completed.cohortId]);
    expect(Number(cohort.catalog_entry_id)).toBeGreaterThan(0);
    const again = await b.enrollment({ cohort: { id: completed.cohortId } });
    expect(again).toMatchObject({ cohortId: completed.cohortId, status: 'ENROLLED', completedOn: null, passed: null });
    expect(again.personId).not.toBe(completed.personId);
  });

  it('writes many rows in multi-row statements, each with its id', async () => {
    const people = await b.many.person(3, (i) => ({ name: `批量${i}` }));
    const stored = await api.db.sources.hr.query(`SELECT id, name FROM person WHERE name LIKE '批量%' ORDER BY id`);
    expect(stored.map((r: { id: unknown; name: string }) => ({ id: Number(r.id), name: r.name }))).toEqual(people.map((p) => ({ id: p.id, name: p.name })));
  });

  it('refuses an input that names no column, parent or extra of the table', async () => {
    await expect(b.workshop({ nmae: '错字' } as never)).rejects.toThrow(/workshop has no column, parent or extra "nmae"/);
  });
});
