import { createContext } from '../../src/context';
import { ITEM_BY_LISTING_KEY } from '../../src/modules/heritage/heritage-item.lookups';
import { PERSON_BY_CITIZEN_ID } from '../../src/modules/person/person.lookups';
import { HeritageItemEntity, HeritageListingEntity } from '../../src/sources/culture';
import { PersonEntity } from '../../src/sources/hr';
import { ApiHarness, startApi, TEST_ADMIN_VIEWER } from '../support/api';
import { describeEachBackend } from '../support/backends';

/**
 * One lookup per natural key (records/record-lookup.ts): the request's
 * loader, scoped to the viewer, and `find` for filings, imports and
 * statistics, unscoped and inside their transaction.
 */
describeEachBackend('natural-key lookups', (backend) => {
  let api: ApiHarness;
  const JINAN = '370102';
  const WEIFANG = '370702';
  const person = (citizenId: string, regionCode: string) => ({ citizenId, name: '测试', gender: 'FEMALE' as const, birthDate: '1980-03-17', phone: null, regionCode });
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    api = await startApi(backend, 0);
    const persons = api.db.sources.hr.getRepository(PersonEntity);
    for (const [key, citizenId, region] of [['jinan', '37010219800317001X', JINAN], ['weifang', '370702198003170025', WEIFANG]] as const) {
      ids[key] = (await persons.insert(person(citizenId, region))).identifiers[0].id;
    }
    const items = api.db.sources.culture.getRepository(HeritageItemEntity);
    const item = { itemKey: 'NATIONAL:Ⅷ-91:371581', name: '东阿阿胶制作技艺', nameEn: null, category: 'TRADITIONAL_CRAFTSMANSHIP' as const, level: 'NATIONAL' as const, number: 'Ⅷ-91', numberProvisional: false, regionCode: '371581', year: 2008, verified: true };
    ids.item = (await items.insert(item)).identifiers[0].id;
    const listing = { itemId: ids.item, level: 'NATIONAL' as const, number: 'Ⅷ-91', batch: 2, year: 2008, protectionUnitName: null, protectionUnitUscc: null };
    await api.db.sources.culture.getRepository(HeritageListingEntity).insert([
      { ...listing, listingKey: item.itemKey, areaCode: '371581', kind: 'NEW' as const },
      { ...listing, listingKey: 'NATIONAL:Ⅷ-91:370181', areaCode: '370181', kind: 'EXTENSION' as const },
    ]);
  });
  afterAll(async () => api?.close());

  it('find: one statement for many keys, by stored key (any spelling asked), misses and nulls left out', async () => {
    api.counters.hr.reset();
    const found = await PERSON_BY_CITIZEN_ID.find(api.db.sources.hr, ['37010219800317001x', '370702198003170025', null, '110105194912310029', '370702198003170025']);
    expect(api.counters.hr.statements).toHaveLength(1);
    expect([...found.keys()].sort()).toEqual(['37010219800317001X', '370702198003170025']);
    expect(found.get('37010219800317001X')).toMatchObject({ rowId: ids.jinan, regionCode: JINAN, birthDate: '1980-03-17' });
  });

  it("load: the request's loader, one statement per batch, and the viewer's row scope (find is unscoped)", async () => {
    const partner = createContext(api.db.sources, { viewer: { clientId: null, name: 'partner', role: 'PARTNER', scopes: new Set(), regionCode: '370700' } });
    api.counters.hr.reset();
    const [outside, inside] = await Promise.all([PERSON_BY_CITIZEN_ID.load(partner, '37010219800317001X'), PERSON_BY_CITIZEN_ID.load(partner, '370702198003170025')]);
    expect(api.counters.hr.statements).toHaveLength(1);
    expect(outside).toBeNull();
    expect(inside?.rowId).toBe(ids.weifang);
    const admin = createContext(api.db.sources, { viewer: TEST_ADMIN_VIEWER });
    expect((await PERSON_BY_CITIZEN_ID.load(admin, '37010219800317001X'))?.rowId).toBe(ids.jinan);
    expect((await PERSON_BY_CITIZEN_ID.find(api.db.sources.hr, ['37010219800317001X'])).get('37010219800317001X')?.rowId).toBe(ids.jinan);
  });

  it("find inside a transaction sees the transaction's own rows, which roll back with it", async () => {
    const citizenId = '370702199001010012';
    await expect(
      api.db.sources.hr.transaction(async (tx) => {
        await tx.getRepository(PersonEntity).insert(person(citizenId, WEIFANG));
        expect((await PERSON_BY_CITIZEN_ID.find(tx, [citizenId])).get(citizenId)?.regionCode).toBe(WEIFANG);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect((await PERSON_BY_CITIZEN_ID.find(api.db.sources.hr, [citizenId])).size).toBe(0);
  });

  it("listing keys: an extension listing's key names its item, as its first listing's does", async () => {
    const keys = ['NATIONAL:Ⅷ-91:371581', 'NATIONAL:Ⅷ-91:370181', 'NATIONAL:Ⅷ-999:370181'];
    api.counters.culture.reset();
    const found = await ITEM_BY_LISTING_KEY.find(api.db.sources.culture, keys);
    expect(api.counters.culture.statements).toHaveLength(1);
    expect(Object.fromEntries([...found].map(([key, item]) => [key, [item.rowId, item.itemKey]]))).toEqual({
      'NATIONAL:Ⅷ-91:371581': [ids.item, 'NATIONAL:Ⅷ-91:371581'],
      'NATIONAL:Ⅷ-91:370181': [ids.item, 'NATIONAL:Ⅷ-91:371581'],
    });
    const ctx = createContext(api.db.sources);
    expect(await Promise.all(keys.map((key) => ITEM_BY_LISTING_KEY.load(ctx, key).then((item) => item?.rowId ?? null)))).toEqual([ids.item, ids.item, null]);
  });
});
