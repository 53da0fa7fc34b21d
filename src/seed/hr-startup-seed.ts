import { BulkSession } from './bulk-writer';
import { dayNumber, isoDate } from './dates';
import { shortPlaceName } from './names';
import { ProgressBar } from './progress';
import { Random } from './random';
import { AS_OF_DAY, PROGRAMME_START_DAY, SeedWorld } from './world';

/** The tables this part of the seed fills, after the HR tables it refers to. */
export const STARTUP_SEEDED_TABLES = ['startup_service', 'boot_camp', 'boot_camp_participant', 'industry_pilot', 'industry_pilot_member', 'industry_pilot_catalog_entry', 'featured_designation'];

const TOPICS = [
  'GYB 产生你的企业想法', 'SYB 创办你的企业', 'IYB 改善你的企业', 'EYB 扩大你的企业', '创业担保贷款政策咨询', '个体工商户登记咨询',
  '“山东手造”品牌使用咨询', '电商直播带货创业指导', '非遗工坊创业指导', '一次性创业补贴申领咨询',
];
const BANKS = ['中国农业银行', '中国邮政储蓄银行', '山东省农村信用社', '齐鲁银行'];

/**
 * Start-up services (创业指导、创业咨询) and boot camps (创业训练营), notice
 * §二(四): services to persons, to directory enterprises and to both; each
 * city's camps of a few dozen operators of its directory enterprises
 * (culture), some of whom borrow a guaranteed start-up loan afterwards.
 * Deterministic for a seed and scale, like the rest of the seed.
 */
export async function seedStartup(session: BulkSession, world: SeedWorld, progress: ProgressBar): Promise<void> {
  const { plan, regions, seed } = world;
  const random = Random.stream(seed, 'startup');
  const cities = regions.currentCities();
  // Directory enterprises (culture organisations of kind ENTERPRISE), by city: the camps' pool.
  const enterprisesByCity = new Map<string, Array<{ uscc: string; regionCode: string }>>();
  for (let o = 0; o < plan.cultureOrganizations; o++) {
    const org = world.organization(o);
    if (org.orgType !== 'ENTERPRISE') continue;
    const city = regions.cityOf(org.regionCode)!.code;
    const list = enterprisesByCity.get(city) ?? [];
    list.push({ uscc: org.uscc, regionCode: org.regionCode });
    enterprisesByCity.set(city, list);
  }
  const placeOf = (code: string) => shortPlaceName(regions.get(code)?.name ?? '');

  // Services: about one person in eighty a year comes to a centre for start-up guidance or advice.
  const services = await session.writer('startup_service', ['id', 'kind', 'person_id', 'client_uscc', 'centre', 'topic', 'served_on', 'region_code'], progress);
  const serviceCount = Math.max(1, Math.round(plan.persons * 0.05));
  for (let s = 1; s <= serviceCount; s++) {
    const city = random.pick(cities).code;
    const enterprises = enterprisesByCity.get(city) ?? [];
    const client = enterprises.length ? random.weighted([['PERSON', 60], ['BOTH', 25], ['ENTERPRISE', 15]] as const) : 'PERSON';
    const person = client === 'ENTERPRISE' ? null : world.person(world.personInCity(random, city));
    const enterprise = client === 'PERSON' ? null : random.pick(enterprises);
    const region = person?.regionCode ?? enterprise!.regionCode;
    const centre = random.chance(0.7) ? `${placeOf(region)}公共就业服务中心` : `${placeOf(regions.cityOf(region)!.code)}市创业服务中心`;
    const day = PROGRAMME_START_DAY + random.int(0, AS_OF_DAY - PROGRAMME_START_DAY);
    await services.push([s, random.chance(0.55) ? 'GUIDANCE' : 'CONSULTATION', person?.id ?? null, enterprise?.uscc ?? null, centre, random.chance(0.9) ? random.pick(TOPICS) : null, isoDate(day), region]);
  }
  await services.flush();

  // Boot camps: one or two a year in each city from 2023, each of a few dozen selected operators.
  const camps = await session.writer('boot_camp', ['id', 'code', 'name', 'organiser', 'region_code', 'starts_on', 'ends_on', 'intake'], progress);
  const participants = await session.writer('boot_camp_participant', ['id', 'camp_id', 'person_id', 'enterprise_uscc', 'enterprise_kind', 'status'], progress, [camps]);
  const later: Array<{ personId: number | null; uscc: string | null; day: number; regionCode: string }> = [];
  const perCityYear = Math.min(2, Math.max(1, Math.round(Math.sqrt(plan.scale) / 4)));
  let campId = 0;
  let participantId = 0;
  for (const city of cities) {
    const enterprises = enterprisesByCity.get(city.code) ?? [];
    if (enterprises.length === 0) continue;
    const place = shortPlaceName(city.name);
    for (let year = 2023; year <= 2026; year++) {
      for (let k = 1; k <= perCityYear; k++) {
        if (plan.scale < 1 && !random.chance(0.5)) continue;
        const startDay = dayNumber(`${year}-${String(random.int(4, 11)).padStart(2, '0')}-01`) + random.int(0, 27);
        const endDay = startDay + random.int(2, 5);
        const intake = random.int(30, 50);
        const code = `CYXLY-${year}-${city.code.slice(0, 4)}-${k}`;
        await camps.push([++campId, code, `${place}市第${k}期“山东手造”创业训练营`, `${place}市公共就业和人才服务中心`, city.code, isoDate(startDay), isoDate(endDay), intake]);
        const ended = endDay < AS_OF_DAY;
        const chosen = random.distinct(Math.max(1, intake - random.int(0, 6)), enterprises.length).map((i) => enterprises[i]);
        for (const enterprise of chosen) {
          const operator = world.person(world.personInCity(random, city.code));
          const status = !ended ? 'SELECTED' : random.chance(0.92) ? 'COMPLETED' : 'WITHDRAWN';
          await participants.push([++participantId, campId, operator.id, enterprise.uscc, random.chance(0.35) ? 'STARTUP' : 'SMALL_MICRO', status]);
          // Some go on to borrow: the operator or the enterprise, months after the camp.
          const loanDay = endDay + random.int(10, 300);
          if (status === 'COMPLETED' && loanDay <= AS_OF_DAY && random.chance(0.2)) {
            later.push(random.chance(0.5) ? { personId: operator.id, uscc: null, day: loanDay, regionCode: operator.regionCode } : { personId: null, uscc: enterprise.uscc, day: loanDay, regionCode: enterprise.regionCode });
          }
        }
      }
    }
  }
  await camps.flush();
  await participants.flush();

  // Their later guaranteed start-up loans, after the loans the HR seed wrote.
  const [{ n }] = (await session.runner.query('SELECT COALESCE(MAX(id), 0) AS n FROM startup_loan')) as Array<{ n: unknown }>;
  const loans = await session.writer('startup_loan', ['id', 'borrower_person_id', 'borrower_uscc', 'amount', 'bank', 'guarantor', 'granted_on', 'term_months', 'region_code'], progress);
  let loanId = Number(n);
  for (const loan of later) {
    const amount = (loan.personId ? random.int(10, 30) : random.int(30, 300)) * 10_000;
    const fund = `${shortPlaceName(regions.cityOf(loan.regionCode)!.name)}创业担保基金`;
    await loans.push([++loanId, loan.personId, loan.uscc, amount.toFixed(2), random.pick(BANKS), fund, isoDate(loan.day), random.pick([24, 36]), loan.regionCode]);
  }
  await loans.flush();
  await seedPilots(session, world, enterprisesByCity, progress);
}

/**
 * Production–training pilots (产训结合建设试点) and featured designations
 * (一市一品牌、一县一项目), notice §二(二): a city's pilot for its labour
 * brand's craft most years, with directory enterprises of the city, filed
 * providers of the city and its published programmes; each city's featured
 * brand among its labour brands and some counties' featured programme.
 */
async function seedPilots(session: BulkSession, world: SeedWorld, enterprisesByCity: Map<string, Array<{ uscc: string }>>, progress: ProgressBar): Promise<void> {
  const { regions, seed } = world;
  const random = Random.stream(seed, 'pilots');
  const query = (sql: string) => session.runner.query(sql) as Promise<Array<Record<string, unknown>>>;
  const byCity = <T>(rows: Array<Record<string, unknown>>, of: (r: Record<string, unknown>) => T) => {
    const map = new Map<string, T[]>();
    for (const r of rows) {
      const city = `${String(r.region_code).slice(0, 4)}00`;
      map.set(city, [...(map.get(city) ?? []), of(r)]);
    }
    return map;
  };
  const brands = byCity(await query('SELECT id, craft, region_code FROM labor_brand ORDER BY id'), (r) => ({ id: Number(r.id), craft: String(r.craft) }));
  const providers = byCity(await query('SELECT uscc, region_code FROM training_provider ORDER BY id'), (r) => String(r.uscc));
  const entries = byCity(await query(`SELECT id, code, region_code FROM training_catalog_entry WHERE status = 'PUBLISHED' ORDER BY id`), (r) => ({ id: Number(r.id), regionCode: String(r.region_code) }));

  const pilots = await session.writer('industry_pilot', ['id', 'code', 'name', 'cluster', 'region_code', 'year'], progress);
  const members = await session.writer('industry_pilot_member', ['id', 'pilot_id', 'role', 'uscc'], progress, [pilots]);
  const runs = await session.writer('industry_pilot_catalog_entry', ['id', 'pilot_id', 'entry_id'], progress, [pilots]);
  const designations = await session.writer('featured_designation', ['id', 'kind', 'region_code', 'year', 'labor_brand_id', 'catalog_entry_id'], progress);
  let pilotId = 0;
  let memberId = 0;
  let runId = 0;
  let designationId = 0;
  for (const city of regions.currentCities()) {
    const place = shortPlaceName(city.name);
    const cityBrands = brands.get(city.code) ?? [];
    const cityEnterprises = enterprisesByCity.get(city.code) ?? [];
    const cityProviders = providers.get(city.code) ?? [];
    const cityEntries = entries.get(city.code) ?? [];
    for (let year = 2023; year <= 2026; year++) {
      if (cityBrands.length && random.chance(0.85)) await designations.push([++designationId, 'CITY_BRAND', city.code, year, random.pick(cityBrands).id, null]);
      for (const county of regions.currentCounties(city.code)) {
        const local = cityEntries.filter((e) => e.regionCode === county.code || e.regionCode === city.code);
        if (local.length && random.chance(0.4)) await designations.push([++designationId, 'COUNTY_PROJECT', county.code, year, null, random.pick(local).id]);
      }
      if (!cityEnterprises.length || !cityProviders.length || !random.chance(0.6)) continue;
      const craft = cityBrands.length ? random.pick(cityBrands).craft : '手造';
      await pilots.push([++pilotId, `CXJH-${year}-${city.code.slice(0, 4)}`, `${place}${craft}产训结合建设试点`, `${place}${craft}产业集群`, city.code, year]);
      for (const i of random.distinct(random.int(3, 12), cityEnterprises.length)) await members.push([++memberId, pilotId, 'ENTERPRISE', cityEnterprises[i].uscc]);
      for (const i of random.distinct(random.int(1, 3), cityProviders.length)) await members.push([++memberId, pilotId, 'TRAINING_PROVIDER', cityProviders[i]]);
      for (const i of random.distinct(random.int(1, 3), cityEntries.length)) await runs.push([++runId, pilotId, cityEntries[i].id]);
    }
  }
  await pilots.flush();
  await members.flush();
  await runs.flush();
  await designations.flush();
}
