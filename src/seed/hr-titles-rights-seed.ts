import { DataSource } from 'typeorm';
import { BulkSession, BulkWriter } from './bulk-writer';
import { CultureFacts } from './culture-seed';
import { dayNumber, isoDate, yearOf } from './dates';
import { shortPlaceName } from './names';
import { ProgressBar } from './progress';
import { Random } from './random';
import { AS_OF_DAY, PROGRAMME_START_DAY, SeedWorld } from './world';

/** The tables this file fills, children after parents. */
export const TITLES_RIGHTS_TABLES = ['training_material', 'training_material_item', 'training_material_catalog_entry', 'professional_title', 'talent_programme_award', 'rights_case'];

// Publishers of vocational textbooks in Shandong, with their ISBN registrant prefixes (978-7-<prefix>).
const PUBLISHERS: ReadonlyArray<readonly [string, string]> = [
  ['山东人民出版社', '209'],
  ['山东美术出版社', '5330'],
  ['山东科学技术出版社', '5331'],
  ['山东教育出版社', '5328'],
  ['中国劳动社会保障出版社', '5167'],
];

const ARTS_NAMES = { STAFF: '工艺美术员', ASSISTANT: '助理工艺美术师', INTERMEDIATE: '工艺美术师', ASSOCIATE_SENIOR: '高级工艺美术师', FULL_SENIOR: '正高级工艺美术师' } as const;
const ENGINEERING_NAMES = { STAFF: '技术员', ASSISTANT: '助理工程师', INTERMEDIATE: '工程师', ASSOCIATE_SENIOR: '高级工程师', FULL_SENIOR: '正高级工程师' } as const;
type Level = keyof typeof ARTS_NAMES;
const LEVELS: readonly Level[] = ['STAFF', 'ASSISTANT', 'INTERMEDIATE', 'ASSOCIATE_SENIOR', 'FULL_SENIOR'];

/** The check digit of an ISBN-13's first twelve digits. */
function isbnCheck(twelve: string): number {
  const sum = [...twelve].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return (10 - (sum % 10)) % 10;
}

async function rowsIn<T>(hr: BulkSession, select: string, column: string, keys: readonly unknown[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += 1000) {
    const chunk = keys.slice(i, i + 1000);
    if (chunk.length) out.push(...((await hr.runner.query(`${select} WHERE ${column} IN (${chunk.map(() => '?').join(', ')})`, chunk)) as T[]));
  }
  return out;
}

/**
 * Training materials for published catalogue programmes (teaching their
 * items), professional titles and talent-programme awards held by inheritors
 * and by holders of technician certificates, and rights cases of workers of
 * labour-brand building units. Runs after seedHr, in its session: the rows it
 * reads (catalogue, certificates, units) are in the same open transaction.
 */
export async function seedTitlesMaterialsRights(session: BulkSession, world: SeedWorld, culture: CultureFacts, progress: ProgressBar, cultureSource: DataSource): Promise<void> {
  const { plan, regions, seed } = world;
  const random = Random.stream(seed, 'hr-titles-rights');
  const open = async (table: string, columns: string[], ...parents: BulkWriter[]) => session.writer(table, columns, progress, parents);
  const itemNames = new Map(culture.items.map((i) => [i.key, i.name.replace(/（.*）/, '')]));

  // Materials: about two for every three published programmes, each teaching the programme's items.
  const entries = (await session.runner.query(`SELECT id, region_code, class_hours, published_on FROM training_catalog_entry WHERE status <> 'DRAFT' ORDER BY id`)) as Array<Record<string, unknown>>;
  const entryKeys = new Map<number, string[]>();
  for (const r of (await session.runner.query('SELECT entry_id, item_key FROM training_catalog_item ORDER BY entry_id, item_key')) as Array<Record<string, unknown>>) {
    const id = Number(r.entry_id);
    entryKeys.set(id, [...(entryKeys.get(id) ?? []), String(r.item_key)]);
  }
  const providerNames = ((await session.runner.query('SELECT name FROM training_provider ORDER BY id')) as Array<{ name: string }>).map((r) => r.name);
  const materials = await open('training_material', ['id', 'code', 'title', 'kind', 'publisher', 'year', 'released_on', 'class_hours', 'isbn', 'region_code']);
  const materialItems = await open('training_material_item', ['material_id', 'item_key'], materials);
  const materialEntries = await open('training_material_catalog_entry', ['material_id', 'catalog_entry_id'], materials);
  const byCity = new Map<string, number[]>();
  for (const e of entries) {
    const city = String(e.region_code).slice(0, 4);
    byCity.set(city, [...(byCity.get(city) ?? []), Number(e.id)]);
  }
  const entryById = new Map(entries.map((e) => [Number(e.id), e]));
  const materialCount = Math.round(entries.length * 0.65);
  for (let m = 1; m <= materialCount; m++) {
    const entry = random.pick(entries);
    const entryId = Number(entry.id);
    const keys = entryKeys.get(entryId) ?? [];
    if (keys.length === 0) continue;
    const craft = itemNames.get(keys[0]) ?? '传统手工艺';
    const kind = random.weighted([['TEXTBOOK', 45], ['COURSE', 40], ['ONLINE_COURSE', 15]] as const);
    const publishedDay = dayNumber(String(entry.published_on ?? '2022-06-01').slice(0, 10));
    const releaseDay = Math.min(AS_OF_DAY, publishedDay + random.int(-200, 500));
    const year = yearOf(releaseDay);
    const [publisher, prefix] = random.pick(PUBLISHERS);
    const textbook = kind === 'TEXTBOOK';
    let isbn: string | null = null;
    if (textbook && random.chance(0.6)) {
      const twelve = `9787${prefix}${String(random.int(0, 10 ** (8 - prefix.length) - 1)).padStart(8 - prefix.length, '0')}`;
      isbn = `${twelve}${isbnCheck(twelve)}`;
    }
    const developer = providerNames.length && random.chance(0.6) ? random.pick(providerNames) : `${shortPlaceName(regions.cityOf(String(entry.region_code))!.name)}市职业技能公共实训基地`;
    const title = textbook ? `${craft}${random.pick(['技艺', '制作工艺', '实训教程', '基础与实操'])}` : `${craft}${random.pick(['技能培训课程', '专项能力课程', '实训课程'])}`;
    await materials.push([
      m, `SDJC-${year}-${String(m).padStart(5, '0')}`, title, kind, textbook ? publisher : developer, year,
      random.chance(0.7) ? isoDate(releaseDay) : null, textbook ? (random.chance(0.5) ? Number(entry.class_hours) : null) : Number(entry.class_hours),
      isbn, String(entry.region_code),
    ]);
    for (const k of keys) await materialItems.push([m, k]);
    // Used in its programme, and often in one or two others of the city teaching the same craft.
    const used = new Set([entryId]);
    for (const other of byCity.get(String(entry.region_code).slice(0, 4)) ?? []) {
      if (used.size >= 3) break;
      if (other !== entryId && (entryKeys.get(other) ?? []).some((k) => keys.includes(k)) && random.chance(0.5)) used.add(other);
    }
    for (const id of used) if (entryById.has(id)) await materialEntries.push([m, id]);
  }
  await materials.flush();
  await materialItems.flush();
  await materialEntries.flush();

  // Professional titles: inheritors in 工艺美术 by their listing's level; technicians recognised into the series (贯通).
  const inheritorRows = (await cultureSource.query('SELECT citizen_id, level, year FROM inheritor ORDER BY id')) as Array<{ citizen_id: string; level: string; year: unknown }>;
  const persons = new Map<string, { id: number; regionCode: string }>();
  for (const r of await rowsIn<Record<string, unknown>>(session, 'SELECT id, citizen_id, region_code FROM person', 'citizen_id', [...new Set(inheritorRows.map((i) => i.citizen_id))])) {
    persons.set(String(r.citizen_id), { id: Number(r.id), regionCode: String(r.region_code) });
  }
  const titles = await open('professional_title', ['id', 'person_id', 'series', 'level', 'title_name', 'route', 'year', 'obtained_on', 'certificate_number', 'region_code']);
  const awards = await open('talent_programme_award', ['id', 'person_id', 'programme', 'programme_level', 'year', 'awarded_on', 'region_code']);
  let titleId = 0;
  let awardId = 0;
  const held = new Set<string>();
  const awarded = new Set<string>();
  const title = async (personId: number, series: 'ARTS_AND_CRAFTS' | 'ENGINEERING', level: Level, route: string, day: number, regionCode: string) => {
    const key = `${personId}|${series}|${level}`;
    if (held.has(key) || day > AS_OF_DAY) return;
    held.add(key);
    const names = series === 'ARTS_AND_CRAFTS' ? ARTS_NAMES : ENGINEERING_NAMES;
    const number = random.chance(0.8) ? `${series === 'ARTS_AND_CRAFTS' ? 'GM' : 'GC'}${yearOf(day)}${regionCode.slice(0, 4)}${String(titleId + 1).padStart(6, '0')}` : null;
    await titles.push([++titleId, personId, series, level, names[level], route, yearOf(day), isoDate(day), number, level === 'FULL_SENIOR' || level === 'ASSOCIATE_SENIOR' ? '370000' : regionCode]);
  };
  const award = async (personId: number, programme: string, level: 'PROVINCE' | 'CITY' | 'COUNTY', day: number, regionCode: string) => {
    const key = `${personId}|${programme}|${yearOf(day)}`;
    if (awarded.has(key) || day > AS_OF_DAY) return;
    awarded.add(key);
    await awards.push([++awardId, personId, programme, level, yearOf(day), isoDate(day), regionCode]);
  };
  const cityProgramme = (code: string) => `${shortPlaceName(regions.cityOf(code)!.name)}工匠`;
  for (const inheritor of inheritorRows) {
    const person = persons.get(inheritor.citizen_id);
    if (!person || !random.chance(0.45)) continue;
    const top: Level = random.weighted(
      inheritor.level === 'NATIONAL' ? ([['FULL_SENIOR', 40], ['ASSOCIATE_SENIOR', 45], ['INTERMEDIATE', 15]] as const)
        : inheritor.level === 'PROVINCIAL' ? ([['ASSOCIATE_SENIOR', 45], ['INTERMEDIATE', 40], ['ASSISTANT', 15]] as const)
          : ([['INTERMEDIATE', 40], ['ASSISTANT', 40], ['STAFF', 20]] as const),
    );
    // The title held now, and often the one below it, obtained some years earlier.
    let day = dayNumber('2012-01-01') + random.int(0, 5000);
    const from = random.chance(0.5) ? Math.max(0, LEVELS.indexOf(top) - 1) : LEVELS.indexOf(top);
    for (let l = from; l <= LEVELS.indexOf(top); l++) {
      await title(person.id, 'ARTS_AND_CRAFTS', LEVELS[l], random.chance(0.2) ? 'RECOGNITION' : 'EVALUATION', Math.min(day, AS_OF_DAY), person.regionCode);
      day += random.int(700, 1800);
    }
    if (random.chance(0.25)) {
      const programmeDay = PROGRAMME_START_DAY + random.int(0, AS_OF_DAY - PROGRAMME_START_DAY);
      const level = random.weighted([['PROVINCE', 2], ['CITY', 5], ['COUNTY', 3]] as const);
      const city = regions.cityOf(person.regionCode)!.code;
      if (level === 'PROVINCE') await award(person.id, random.pick(['齐鲁乡村之星', '齐鲁文化英才', '齐鲁工匠']), 'PROVINCE', programmeDay, '370000');
      else if (level === 'CITY') await award(person.id, cityProgramme(city), 'CITY', programmeDay, city);
      else await award(person.id, `${shortPlaceName(regions.get(person.regionCode)!.name)}乡村工匠`, 'COUNTY', programmeDay, person.regionCode);
    }
  }
  // Technicians and senior technicians: some are recognised as 助理工艺美术师 / 工艺美术师 through the skills-to-titles bridge.
  const technicians = (await session.runner.query(
    `SELECT c.person_id AS person_id, c.level AS level, c.issued_on AS issued_on, p.region_code AS region_code FROM skill_certificate c JOIN person p ON p.id = c.person_id ` +
      `WHERE c.level IN ('SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN') ORDER BY c.id`,
  )) as Array<Record<string, unknown>>;
  for (const t of technicians) {
    // A minority: recognition is by application, and most technicians stay on the skills ladder.
    if (!random.chance(t.level === 'SENIOR' ? 0.01 : t.level === 'TECHNICIAN' ? 0.08 : 0.2)) continue;
    const day = dayNumber(String(t.issued_on).slice(0, 10)) + random.int(60, 500);
    const level: Level = t.level === 'SENIOR_TECHNICIAN' ? 'INTERMEDIATE' : t.level === 'TECHNICIAN' ? 'ASSISTANT' : 'STAFF';
    await title(Number(t.person_id), random.chance(0.9) ? 'ARTS_AND_CRAFTS' : 'ENGINEERING', level, 'RECOGNITION', day, String(t.region_code));
    if (random.chance(0.1)) await award(Number(t.person_id), cityProgramme(String(t.region_code)), 'CITY', day + random.int(30, 300), regions.cityOf(String(t.region_code))!.code);
  }
  await titles.flush();
  await awards.flush();

  // Rights cases: workers of building units, living in the unit's brand's city, served where they live.
  const units = (await session.runner.query('SELECT u.id AS id, u.recognized_on AS recognized_on, b.region_code AS region_code FROM labor_brand_unit u JOIN labor_brand b ON b.id = u.brand_id ORDER BY u.id')) as Array<Record<string, unknown>>;
  const cases = await open('rights_case', ['id', 'case_number', 'person_id', 'unit_id', 'kind', 'opened_on', 'closed_on', 'outcome', 'region_code']);
  const caseCount = units.length ? Math.max(1, Math.round(plan.persons * 0.004)) : 0;
  for (let c = 1; c <= caseCount; c++) {
    const unit = random.pick(units);
    const cityCode = regions.cityOf(String(unit.region_code))!.code;
    const worker = world.person(world.personInCity(random, cityCode));
    const earliest = Math.max(PROGRAMME_START_DAY, dayNumber(String(unit.recognized_on).slice(0, 10)));
    const openedDay = earliest + random.int(0, Math.max(0, AS_OF_DAY - earliest));
    const closedDay = openedDay + random.int(5, 90);
    const closed = closedDay <= AS_OF_DAY && random.chance(0.9);
    const kind = random.weighted([['WAGE_ARREARS', 40], ['LABOR_CONTRACT', 25], ['SOCIAL_INSURANCE', 20], ['WORK_INJURY', 10], ['OTHER', 5]] as const);
    const outcome = closed ? random.weighted([['RESOLVED', 50], ['MEDIATED', 25], ['REFERRED_TO_ARBITRATION', 10], ['REFERRED_TO_INSPECTION', 10], ['WITHDRAWN', 5]] as const) : null;
    await cases.push([c, `WQ-${worker.regionCode}-${yearOf(openedDay)}-${String(c).padStart(5, '0')}`, worker.id, Number(unit.id), kind, isoDate(openedDay), closed ? isoDate(closedDay) : null, outcome, worker.regionCode]);
  }
  await cases.flush();
}
