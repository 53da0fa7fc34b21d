import { ichItemKey } from '../shared/identifiers';
import { shortPlaceName } from './names';
import { BulkSession, BulkWriter } from './bulk-writer';
import { isoDate, dayNumber } from './dates';
import { CATEGORY_NUMERALS, GENERATED_ITEM_PATTERNS, PROVINCIAL_BATCH_YEARS, realCraftRows, REVITALIZATION_CODES } from './heritage-catalog';
import { ProgressBar } from './progress';
import { Random } from './random';
import { SeedWorld } from './world';

type Level = 'NATIONAL' | 'PROVINCIAL' | 'MUNICIPAL' | 'COUNTY';

/** What the HR generator needs to know of the culture records it must point at. */
export interface SeedItem {
  id: number;
  key: string;
  name: string;
  category: string;
  level: Level;
  countyCode: string;
  cityCode: string;
}

export interface CultureFacts {
  items: SeedItem[];
  /** Culture organisation indexes that operate a workshop, by city. */
  operatorsByCity: Map<string, number[]>;
  /** Key enterprises and key projects of the directory, by city. */
  keyOrganizationsByCity: Map<string, number[]>;
}

function key(level: Level, number: string, area: string): string {
  const result = ichItemKey(level, number, area);
  if (!result.ok) throw new Error(`seed produced an invalid item key ${level}:${number}:${area}: ${result.message}`);
  return result.value;
}

function pushTo<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

export async function seedCulture(session: BulkSession, world: SeedWorld, progress: ProgressBar): Promise<CultureFacts> {
  const { regions, plan, seed } = world;
  const random = Random.stream(seed, 'culture');
  const open = async (table: string, columns: string[], ...parents: BulkWriter[]) => session.writer(table, columns, progress, parents);
  const countyOf = (area: string, r: Random): string => {
    const region = regions.get(area)!;
    if (region.level === 'COUNTY') return area;
    const counties = regions.currentCounties(region.level === 'CITY' ? area : undefined);
    return r.pick(counties).code;
  };

  const items = await open('heritage_item', ['id', 'item_key', 'name', 'name_en', 'category', 'level', 'number', 'number_provisional', 'region_code', 'year', 'verified']);
  const listings = await open('heritage_listing', ['id', 'item_id', 'listing_key', 'level', 'number', 'batch', 'year', 'area_code', 'protection_unit_name', 'protection_unit_uscc', 'kind'], items);
  const revitalization = await open('revitalization_entry', ['id', 'catalogue_level', 'batch', 'year', 'category_code', 'name', 'region_code', 'item_id'], items);
  const seedItems: SeedItem[] = [];
  let listingId = 0;
  let revitalizationId = 0;
  const sequence = new Map<string, number>();
  const nextNumber = (level: Level, category: string, start = 1) => {
    const k = `${level}:${category}`;
    const n = Math.max(start, (sequence.get(k) ?? 0) + 1);
    sequence.set(k, n);
    return `${CATEGORY_NUMERALS[category]}-${n}`;
  };

  const cultureOrgsByCounty = new Map<string, number[]>();
  const cultureOrgsByCity = new Map<string, number[]>();
  for (let o = 0; o < plan.cultureOrganizations; o++) {
    const org = world.organization(o);
    pushTo(cultureOrgsByCounty, org.regionCode, o);
    pushTo(cultureOrgsByCity, regions.cityOf(org.regionCode)!.code, o);
  }
  const localOrganization = (r: Random, countyCode: string): number => {
    const local = cultureOrgsByCounty.get(countyCode) ?? cultureOrgsByCity.get(regions.cityOf(countyCode)!.code);
    return local && local.length > 0 && r.chance(0.9) ? r.pick(local) : r.int(0, plan.cultureOrganizations - 1);
  };
  const protectionUnit = (r: Random, countyCode: string): [string, string | null] => {
    if (r.chance(0.4)) return [`${shortPlaceName(regions.get(countyCode)!.name)}文化馆`, null];
    const org = world.organization(localOrganization(r, countyCode));
    return [org.name, org.uscc];
  };

  const addItem = async (
    level: Level, number: string, provisional: boolean, name: string, nameEn: string | null, category: string,
    area: string, year: number | null, batch: number | null, verified: boolean,
  ): Promise<SeedItem> => {
    const id = seedItems.length + 1;
    const itemKey = key(level, number, area);
    await items.push([id, itemKey, name, nameEn, category, level, number, provisional, area, year, verified]);
    const county = countyOf(area, random);
    const [unitName, unitUscc] = protectionUnit(random, county);
    await listings.push([++listingId, id, itemKey, level, number, batch, year, area, unitName, unitUscc, 'NEW']);
    const item: SeedItem = { id, key: itemKey, name, category, level, countyCode: county, cityCode: regions.cityOf(county)!.code };
    seedItems.push(item);
    return item;
  };

  // Real items first: their published facts, numbers only where a source shows them.
  const realRows = realCraftRows();
  const realByNumber = new Map<string, SeedItem>();
  for (const row of realRows) {
    if (!row.level) {
      const national = /national revitali[sz]ation/i.test(row.sourceNote);
      await revitalization.push([
        ++revitalizationId, national ? 'NATIONAL' : 'PROVINCIAL', 1, 2018,
        national ? null : random.pick(REVITALIZATION_CODES), row.nameZh, row.regionCode, null,
      ]);
      continue;
    }
    const level = row.level as Level;
    const existing = row.nationalNumber ? realByNumber.get(`${level}:${row.nationalNumber}`) : undefined;
    if (existing) {
      // An extension listing shares its parent's number (鲁锦织造技艺 Ⅷ-103 in 嘉祥 and 鄄城).
      const [unitName, unitUscc] = protectionUnit(random, countyOf(row.regionCode, random));
      await listings.push([++listingId, existing.id, key(level, row.nationalNumber!, row.regionCode), level, row.nationalNumber, row.batch, row.year, row.regionCode, unitName, unitUscc, 'EXTENSION']);
      continue;
    }
    // Unknown official numbers get a provisional one from 900 up, far above any real sequence.
    const number = row.nationalNumber ?? nextNumber(level, row.category, 900);
    const item = await addItem(level, number, !row.nationalNumber, row.nameZh, row.nameEn, row.category, row.regionCode, row.year, row.batch, row.verified);
    if (row.nationalNumber) realByNumber.set(`${level}:${row.nationalNumber}`, item);
    if (/national revitali[sz]ation/i.test(row.sourceNote)) {
      await revitalization.push([++revitalizationId, 'NATIONAL', 1, 2018, null, row.nameZh, row.regionCode, item.id]);
    }
  }

  // Generated provincial, municipal and county items, spread over the province.
  const counties = world.counties;
  const generate = async (level: Level, count: number) => {
    for (let i = 0; i < count; i++) {
      const category = random.weighted(GENERATED_ITEM_PATTERNS.map(([c, w]) => [c, w] as const));
      const patterns = GENERATED_ITEM_PATTERNS.find(([c]) => c === category)![2];
      const county = random.pick(counties);
      const cityCode = county.parentCode!;
      const area = level === 'PROVINCIAL' && random.chance(0.2) ? cityCode : county.code;
      const place = shortPlaceName(regions.get(area)!.name);
      const name = random.pick(patterns).replace('{p}', place);
      const batch = level === 'PROVINCIAL' ? random.int(1, PROVINCIAL_BATCH_YEARS.length) : random.int(1, 6);
      const year = level === 'PROVINCIAL' ? PROVINCIAL_BATCH_YEARS[batch - 1] : 2006 + batch * 3 + random.int(0, 1);
      const item = await addItem(level, nextNumber(level, category), false, name, null, category, area, year, batch, false);
      if (random.chance(0.08)) {
        const others = regions.currentCounties(cityCode).filter((c) => c.code !== item.countyCode);
        if (others.length > 0) {
          const other = random.pick(others).code;
          const number = key(level, item.key.split(':')[1], other).split(':')[1];
          const [unitName, unitUscc] = protectionUnit(random, other);
          await listings.push([++listingId, item.id, key(level, number, other), level, number, Math.min(batch + 1, 6), year + 3, other, unitName, unitUscc, 'EXTENSION']);
        }
      }
      if ((category === 'TRADITIONAL_ART' || category === 'TRADITIONAL_CRAFTSMANSHIP') && level === 'PROVINCIAL' && random.chance(0.5)) {
        await revitalization.push([++revitalizationId, 'PROVINCIAL', 1, 2018, random.pick(REVITALIZATION_CODES), name, area, item.id]);
      }
    }
  };
  await generate('PROVINCIAL', plan.provincialItems);
  await generate('MUNICIPAL', plan.municipalItems);
  await generate('COUNTY', plan.countyItems);
  await items.flush();
  await listings.flush();
  await revitalization.flush();

  // The Shandong Handmade directory (基础信息目录).
  const keyOrganizationsByCity = new Map<string, number[]>();
  const organizations = await open('organization', ['id', 'uscc', 'name', 'org_type', 'region_code', 'key_enterprise', 'key_project', 'listed_year', 'select100_field']);
  for (let o = 0; o < plan.cultureOrganizations; o++) {
    const org = world.organization(o);
    const r = Random.stream(seed, 'directory', o);
    const keyEnterprise = org.orgType === 'ENTERPRISE' && r.chance(0.12);
    const keyProject = r.chance(0.06);
    const select100 = keyEnterprise && r.chance(0.3)
      ? r.pick(['PAINTING', 'WEAVING_DYEING', 'CARVING', 'PLAITING', 'FIRING_FORGING', 'LACQUER', 'STUDY_TOOLS', 'FOOD'])
      : null;
    if (keyEnterprise || keyProject) pushTo(keyOrganizationsByCity, regions.cityOf(org.regionCode)!.code, o);
    await organizations.push([o + 1, org.uscc, org.name, org.orgType, org.regionCode, keyEnterprise, keyProject, r.int(2022, 2025), select100]);
  }
  await organizations.flush();

  // Workshops (非遗工坊) rest on local craft items; most are run by a directory organisation.
  const craftItems = seedItems.filter((i) => i.category === 'TRADITIONAL_ART' || i.category === 'TRADITIONAL_CRAFTSMANSHIP');
  const operatorsByCity = new Map<string, number[]>();
  const workshops = await open('workshop', ['id', 'name', 'region_code', 'operator_uscc', 'jobs_created', 'status', 'established_on']);
  const recognitions = await open('workshop_recognition', ['id', 'workshop_id', 'level', 'year', 'recognized_on'], workshops);
  const workshopItems = await open('workshop_heritage_item', ['workshop_id', 'item_id'], workshops);
  let recognitionId = 0;
  for (let w = 1; w <= plan.workshops; w++) {
    const item = random.pick(craftItems);
    const county = item.countyCode;
    const related = craftItems.filter((i) => i.cityCode === item.cityCode && i.id !== item.id);
    const itemIds = new Set([item.id]);
    if (related.length > 0 && random.chance(0.25)) itemIds.add(random.pick(related).id);
    let operatorUscc: string | null = null;
    if (random.chance(0.85)) {
      const o = localOrganization(random, county);
      operatorUscc = world.organization(o).uscc;
      pushTo(operatorsByCity, item.cityCode, o);
    }
    const shortItem = item.name.replace(/（.*）/, '').replace(/制作技艺|烧制技艺|技艺$/, '');
    const name = `${shortPlaceName(regions.get(county)!.name)}${shortItem}非遗工坊${w % 7 === 0 ? `（${w}）` : ''}`;
    const status = random.weighted([['ACTIVE', 92], ['SUSPENDED', 5], ['REVOKED', 3]] as const);
    const established = dayNumber('2016-01-01') + random.int(0, 3400);
    await workshops.push([w, name, county, operatorUscc, random.around(25, 20, 3, 150), status, isoDate(established)]);
    for (const id of itemIds) await workshopItems.push([w, id]);
    const countyYear = random.int(2022, 2025);
    await recognitions.push([++recognitionId, w, 'COUNTY', countyYear, `${countyYear}-${String(random.int(3, 12)).padStart(2, '0')}-15`]);
    if (random.chance(0.4)) {
      const cityYear = Math.min(2025, countyYear + random.int(0, 1));
      await recognitions.push([++recognitionId, w, 'CITY', cityYear, `${cityYear}-10-20`]);
      if (random.chance(0.06)) await recognitions.push([++recognitionId, w, 'PROVINCE', Math.min(2025, cityYear + 1), null]);
    }
  }
  await workshops.flush();
  await workshopItems.flush();
  await recognitions.flush();

  // Inheritors are HR persons of the item's county: the cross-agency link by ID number.
  const inheritors = await open('inheritor', ['id', 'item_id', 'citizen_id', 'name', 'level', 'year', 'batch', 'region_code']);
  const perLevel: Record<Level, [number, number]> = { NATIONAL: [1, 3], PROVINCIAL: [1, 2], MUNICIPAL: [0, 2], COUNTY: [0, 1] };
  let inheritorId = 0;
  for (const item of seedItems) {
    const [min, max] = perLevel[item.level];
    const chosen = new Set<number>();
    const count = random.int(min, max);
    // Bounded: a small county at a small scale may have fewer people than wanted.
    for (let tries = 0; chosen.size < count && tries < count * 10; tries++) chosen.add(world.personInCounty(random, item.countyCode));
    for (const index of chosen) {
      const person = world.person(index);
      const year = random.int(2008, 2025);
      await inheritors.push([++inheritorId, item.id, person.citizenId, person.name, item.level, year, random.int(1, 6), person.regionCode]);
    }
  }
  await inheritors.flush();
  return { items: seedItems, operatorsByCity, keyOrganizationsByCity };
}
