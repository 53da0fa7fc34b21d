import { SKILL_LEVELS } from '../sources/hr/hr.enums';
import { BulkSession, BulkWriter, Value } from './bulk-writer';
import { CultureFacts, SeedItem } from './culture-seed';
import { dayNumber, isoDate } from './dates';
import { shortPlaceName } from './names';
import { ProgressBar } from './progress';
import { Random } from './random';
import { AS_OF_DAY, PROGRAMME_START_DAY, SeedWorld } from './world';

/** The national campaigns and their seasons (brief §13): month and day the events open, and how long they run. */
const CAMPAIGNS = [
  { kind: 'EMPLOYMENT_ASSISTANCE_MONTH', name: '就业援助月专场招聘会', month: '01-10', days: 1 },
  { kind: 'SPRING_BREEZE', name: '春风行动暨山东手造专场招聘会', month: '02-20', days: 2 },
  { kind: 'PRIVATE_ENTERPRISE_MONTH', name: '民营企业招聘月招聘会', month: '03-15', days: 1 },
  { kind: 'HUNDRED_DAYS_ONLINE', name: '百日千万网络招聘专场', month: '06-01', days: 10 },
  { kind: 'GOLDEN_AUTUMN', name: '金秋招聘月山东手造专场', month: '09-12', days: 2 },
] as const;

const OPERATORS = ['山东手造运营有限公司', '山东文旅手造产业发展有限公司'];
const SERVICE_KINDS = [['INTRODUCTION', 50], ['GUIDANCE', 30], ['POLICY_CONSULTATION', 20]] as const;

interface SeedVacancy {
  id: number;
  uscc: string;
  cityCode: string;
  postedDay: number;
}

interface SeedEvent {
  id: number;
  cityCode: string;
  heldDay: number;
}

/** Volumes: about 4 % of persons register as job seekers, two to three services each; a few events per city and year. */
export function employmentServicesPlan(persons: number, scale: number) {
  return {
    jobSeekers: Math.max(20, Math.round(persons * 0.04)),
    eventsPerCityYear: Math.min(5, Math.max(1, Math.round(Math.sqrt(scale)))),
  };
}

/**
 * 求职登记, 就业服务 and 专项活动 (notice §二(四), §三(二)), after the rest of
 * the HR seed: job seekers are mostly former trainees (their crafts are their
 * programmes' items, their levels their certificates'), introductions refer
 * them to seeded vacancies, events exhibit organisations of the culture
 * directory. Its own random stream, so the other tables do not change.
 */
export async function seedEmploymentServices(session: BulkSession, world: SeedWorld, culture: CultureFacts, progress: ProgressBar): Promise<void> {
  const { regions, seed } = world;
  const plan = { ...world.plan, ...employmentServicesPlan(world.plan.persons, world.plan.scale) };
  const random = Random.stream(seed, 'hr-employment-services');
  const open = (table: string, columns: string[], ...parents: BulkWriter[]) => session.writer(table, columns, progress, parents);
  const query = (sql: string): Promise<Array<Record<string, unknown>>> => session.runner.query(sql);
  const itemByKey = new Map<string, SeedItem>(culture.items.map((i) => [i.key, i]));
  const crafts = culture.items.filter((i) => i.category === 'TRADITIONAL_ART' || i.category === 'TRADITIONAL_CRAFTSMANSHIP');
  const cities = regions.currentCities();

  // What the seeded HR tables already hold: vacancies, and a sample of trainees with their crafts and levels.
  const vacancies: SeedVacancy[] = (await query('SELECT id, employer_uscc, region_code, posted_on FROM vacancy ORDER BY id')).map((r) => ({
    id: Number(r.id), uscc: String(r.employer_uscc), cityCode: regions.cityOf(String(r.region_code))?.code ?? '', postedDay: dayNumber(String(r.posted_on).slice(0, 10)),
  }));
  const step = Math.max(1, Math.floor(world.plan.persons / (plan.jobSeekers * 2)));
  const trained = await query(
    `SELECT e.person_id, MIN(i.item_key) AS item_key FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id JOIN training_catalog_item i ON i.entry_id = c.catalog_entry_id
     WHERE e.status = 'COMPLETED' AND e.person_id % ${step} = 0 GROUP BY e.person_id ORDER BY e.person_id`,
  );
  const levels = new Map<number, number>();
  for (const r of await query(`SELECT person_id, level FROM skill_certificate WHERE level IS NOT NULL AND person_id % ${step} = 0`)) {
    const rank = SKILL_LEVELS.indexOf(String(r.level) as never);
    levels.set(Number(r.person_id), Math.max(levels.get(Number(r.person_id)) ?? -1, rank));
  }

  // Events with their exhibitors (organisations of the culture directory first) and the vacancies they posted there.
  const events = await open('employment_event', ['id', 'name', 'kind', 'region_code', 'held_on', 'ends_on', 'organiser', 'handmade_area', 'handmade_area_operator']);
  const exhibitors = await open('employment_event_exhibitor', ['event_id', 'uscc', 'in_handmade_area'], events);
  const eventVacancies = await open('employment_event_vacancy', ['event_id', 'vacancy_id'], events);
  const eventsByCity = new Map<string, SeedEvent[]>();
  let eventId = 0;
  for (let year = 2023; year <= 2026; year++) {
    for (const city of cities) {
      const place = shortPlaceName(city.name);
      for (let k = 0; k < plan.eventsPerCityYear; k++) {
        const campaign = CAMPAIGNS[(k + year + Number(city.code.slice(2, 4))) % CAMPAIGNS.length];
        const heldDay = dayNumber(`${year}-${campaign.month}`) + random.int(0, 20);
        if (heldDay > AS_OF_DAY) continue;
        const handmadeArea = random.chance(0.6);
        const county = k === 0 ? city.code : random.pick(regions.currentCounties(city.code)).code;
        const host = county === city.code ? place : shortPlaceName(regions.get(county)!.name);
        await events.push([
          ++eventId, `${year}年${host}${campaign.name}`, campaign.kind, county, isoDate(heldDay), campaign.days > 1 ? isoDate(heldDay + campaign.days - 1) : null,
          `${host}公共就业服务中心`, handmadeArea, handmadeArea && random.chance(0.7) ? random.pick(OPERATORS) : null,
        ]);
        const list = eventsByCity.get(city.code) ?? [];
        list.push({ id: eventId, cityCode: city.code, heldDay });
        eventsByCity.set(city.code, list);
        const chosen = new Set<string>();
        const directory = [...(culture.keyOrganizationsByCity.get(city.code) ?? []), ...(culture.operatorsByCity.get(city.code) ?? [])];
        const target = random.int(6, 20);
        for (let tries = 0; chosen.size < target && tries < target * 4; tries++) {
          chosen.add(world.organization(directory.length && random.chance(0.8) ? random.pick(directory) : random.int(0, world.plan.cultureOrganizations - 1)).uscc);
        }
        // Employers with a vacancy open in the month before the event exhibit and post it there.
        let posted = vacancies.filter((v) => v.cityCode === city.code && v.postedDay <= heldDay && v.postedDay > heldDay - 30).slice(0, 8);
        // Few vacancies (a small scale): an employer from elsewhere recruits at the fair with its latest vacancy.
        if (posted.length === 0 && random.chance(0.3)) posted = vacancies.filter((v) => v.postedDay <= heldDay).slice(-1);
        for (const v of posted) chosen.add(v.uscc);
        for (const uscc of chosen) await exhibitors.push([eventId, uscc, handmadeArea && random.chance(0.6)]);
        for (const v of posted) await eventVacancies.push([eventId, v.id]);
      }
    }
  }
  await events.flush();
  await exhibitors.flush();
  await eventVacancies.flush();

  // Job seekers: trainees (with their programme's craft and certificate level) and others with a local craft.
  const seekers = await open('job_seeker', ['id', 'person_id', 'registered_on', 'center_name', 'region_code', 'occupation_code', 'wished_pay_min', 'available_from', 'status']);
  const skills = await open('job_seeker_skill', ['id', 'job_seeker_id', 'item_key', 'ich_category', 'occupation_code', 'certificate_level'], seekers);
  const wished = await open('job_seeker_wished_region', ['job_seeker_id', 'region_code'], seekers);
  const services = await open('employment_service', ['id', 'person_id', 'kind', 'center_name', 'region_code', 'served_on', 'vacancy_id', 'event_id', 'outcome', 'hired_on'], seekers);
  const vacanciesByCity = new Map<string, SeedVacancy[]>();
  for (const v of vacancies) vacanciesByCity.set(v.cityCode, [...(vacanciesByCity.get(v.cityCode) ?? []), v]);
  const taken = new Set<number>();
  let seekerId = 0;
  let skillId = 0;
  let serviceId = 0;
  for (let n = 0; n < plan.jobSeekers; n++) {
    const fromTrainees = n < trained.length && random.chance(0.7);
    const index = fromTrainees ? Number(trained[n].person_id) - 1 : random.int(0, world.plan.persons - 1);
    if (index < 0 || index >= world.plan.persons || taken.has(index)) continue;
    taken.add(index);
    const person = world.person(index);
    const county = person.regionCode;
    const city = regions.cityOf(county)?.code ?? cities[0].code;
    const centre = `${shortPlaceName(regions.get(county)?.name ?? '')}公共就业服务中心`;
    const registeredDay = PROGRAMME_START_DAY + random.int(0, AS_OF_DAY - PROGRAMME_START_DAY);
    const old = AS_OF_DAY - registeredDay > 180;
    let status: string = old ? random.weighted([['PLACED', 45], ['WITHDRAWN', 25], ['ACTIVE', 30]] as const) : 'ACTIVE';
    const occupation = random.chance(0.6) ? '6-09-03-01' : null;
    const availableDay = registeredDay + random.int(0, 30);
    const wishedPay = random.chance(0.7) ? `${random.int(25, 70) * 100}.00` : null;
    const item = fromTrainees ? itemByKey.get(String(trained[n].item_key)) : undefined;
    const local = crafts.filter((c) => c.cityCode === city);
    const craft = item ?? random.pick(local.length ? local : crafts);
    const rank = levels.get(person.id);
    const second = random.chance(0.25) ? random.pick(crafts) : null;
    const places = new Set<string>([county]);
    if (random.chance(0.5)) places.add(city);
    if (random.chance(0.1)) places.add('370000');

    // Services after registration: introductions to vacancies of the city, some at an event there.
    const given: Value[][] = [];
    const count = random.int(1, 4);
    let hired = false;
    for (let s = 0; s < count; s++) {
      const kind = random.weighted(SERVICE_KINDS);
      let servedDay = registeredDay + random.int(0, 200);
      const event = random.chance(0.15) ? (eventsByCity.get(city) ?? []).find((e) => e.heldDay >= registeredDay) : undefined;
      if (event) servedDay = event.heldDay;
      if (servedDay > AS_OF_DAY) continue;
      if (kind !== 'INTRODUCTION') {
        given.push([person.id, kind, centre, county, isoDate(servedDay), null, event?.id ?? null, 'NONE', null]);
        continue;
      }
      const posted = (vacanciesByCity.get(city) ?? vacancies).filter((v) => v.postedDay <= servedDay);
      if (!posted.length) continue;
      const vacancy = random.pick(posted.slice(-20));
      const settled = AS_OF_DAY - servedDay > 30;
      const outcome = hired || !settled ? 'REFERRED' : random.weighted([['HIRED', 25], ['NOT_HIRED', 45], ['REFERRED', 30]] as const);
      const hiredDay = Math.min(AS_OF_DAY, servedDay + random.int(5, 30));
      if (outcome === 'HIRED') hired = true;
      given.push([person.id, kind, centre, county, isoDate(servedDay), vacancy.id, event?.id ?? null, outcome, outcome === 'HIRED' ? isoDate(hiredDay) : null]);
    }
    if (hired) status = 'PLACED';
    else if (status === 'PLACED') status = 'WITHDRAWN';

    await seekers.push([++seekerId, person.id, isoDate(registeredDay), centre, county, occupation, wishedPay, isoDate(availableDay), status]);
    await skills.push([++skillId, seekerId, craft.key, craft.category, null, rank !== undefined && rank >= 0 ? SKILL_LEVELS[rank] : null]);
    if (second && second.key !== craft.key) await skills.push([++skillId, seekerId, second.key, second.category, null, null]);
    for (const code of places) if (regions.get(code)) await wished.push([seekerId, code]);
    for (const row of given) await services.push([++serviceId, ...row]);
  }
  await seekers.flush();
  await skills.flush();
  await wished.flush();
  await services.flush();
}
