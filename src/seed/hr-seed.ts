import { CultureFacts, SeedItem } from './culture-seed';
import { BulkSession, BulkWriter } from './bulk-writer';
import { dayNumber, isoDate, yearOf } from './dates';
import { shortPlaceName } from './names';
import { ProgressBar } from './progress';
import { Random } from './random';
import { AS_OF_DAY, PROGRAMME_START_DAY, SeedWorld } from './world';

/** Per-person cap for one training category (泰安's rule in the brief: 500 yuan). */
const SUBSIDY_CAP_YUAN = 500;
const BANKS = ['中国农业银行', '中国邮政储蓄银行', '山东省农村信用社', '中国建设银行', '中国工商银行', '齐鲁银行', '日照银行'];
const CERT_LEVELS = [['JUNIOR', 45], ['INTERMEDIATE', 30], ['SENIOR', 15], ['TECHNICIAN', 7], ['SENIOR_TECHNICIAN', 3]] as const;
const LEVEL_DIGIT: Record<string, number> = { JUNIOR: 5, INTERMEDIATE: 4, SENIOR: 3, TECHNICIAN: 2, SENIOR_TECHNICIAN: 1 };
const OCCUPATION_CODES = ['6-09-03-01', '6-09-03-02', '6-09-03-05', '6-09-04-01', '6-09-05-02', '6-04-02-01', '6-02-06-09', '6-09-02-03'];

function money(yuan: number): string {
  return yuan.toFixed(2);
}

export async function seedHr(session: BulkSession, world: SeedWorld, culture: CultureFacts, progress: ProgressBar): Promise<void> {
  const { plan, regions, seed } = world;
  const random = Random.stream(seed, 'hr');
  const open = async (table: string, columns: string[], ...parents: BulkWriter[]) => session.writer(table, columns, progress, parents);
  const cities = regions.currentCities();
  const itemsByCity = new Map<string, SeedItem[]>();
  for (const item of culture.items) {
    if (item.category !== 'TRADITIONAL_ART' && item.category !== 'TRADITIONAL_CRAFTSMANSHIP') continue;
    const list = itemsByCity.get(item.cityCode) ?? [];
    list.push(item);
    itemsByCity.set(item.cityCode, list);
  }
  const craftItem = (cityCode: string): SeedItem => {
    const local = itemsByCity.get(cityCode);
    return local && local.length > 0 && random.chance(0.85) ? random.pick(local) : random.pick([...itemsByCity.values()].flat());
  };
  const cultureOrganization = (cityCode: string): number => {
    const operators = culture.operatorsByCity.get(cityCode);
    return operators && operators.length > 0 && random.chance(0.7) ? random.pick(operators) : random.int(0, plan.cultureOrganizations - 1);
  };
  const hrOnlyOrganization = () => plan.cultureOrganizations + random.int(0, plan.hrOnlyOrganizations - 1);

  // Persons, streamed: each is a pure function of its index.
  const persons = await open('person', ['id', 'citizen_id', 'name', 'gender', 'birth_date', 'phone', 'region_code']);
  const statuses = await open('target_group_status', ['id', 'person_id', 'target_group', 'valid_from', 'valid_to'], persons);
  let statusId = 0;
  for (let i = 0; i < plan.persons; i++) {
    const p = world.person(i);
    await persons.push([p.id, p.citizenId, p.name, p.gender, p.birthDate, i % 11 === 0 ? null : p.phone, p.regionCode]);
    for (const s of p.statuses) await statuses.push([++statusId, p.id, s.group, s.validFrom, s.validTo]);
  }
  await persons.flush();
  await statuses.flush();

  // Labour brands (特色劳务品牌) per city, carried by workshops and key enterprises.
  const brands = await open('labor_brand', ['id', 'name', 'region_code', 'craft', 'item_key', 'established_year']);
  const units = await open('labor_brand_unit', ['id', 'brand_id', 'uscc', 'unit_kind', 'recognized_on'], brands);
  let brandId = 0;
  let unitId = 0;
  for (const city of cities) {
    const cityPlace = shortPlaceName(city.name);
    const counties = regions.currentCounties(city.code);
    for (let b = 0; b < plan.laborBrandsPerCity; b++) {
      const item = craftItem(city.code);
      const craft = item.name.replace(/（.*）/, '').replace(/制作技艺|烧制技艺|技艺$/, '');
      const region = b === 0 ? city.code : counties[b % counties.length].code;
      const place = region === city.code ? cityPlace : shortPlaceName(regions.get(region)!.name);
      const name = `${place}${craft}${random.pick(['匠人', '师傅', '工', '手艺人'])}${b >= counties.length ? b : ''}`;
      await brands.push([++brandId, name, region, craft, random.chance(0.7) ? item.key : null, random.int(2022, 2025)]);
      const chosen = new Set<number>();
      const target = random.int(2, 8);
      for (let tries = 0; chosen.size < target && tries < 40; tries++) {
        const keyOrgs = culture.keyOrganizationsByCity.get(city.code);
        chosen.add(keyOrgs && keyOrgs.length > 0 && random.chance(0.3) ? random.pick(keyOrgs) : cultureOrganization(city.code));
      }
      for (const o of chosen) {
        const kind = culture.operatorsByCity.get(city.code)?.includes(o) ? 'WORKSHOP' : random.chance(0.6) ? 'KEY_ENTERPRISE' : 'KEY_PROJECT';
        await units.push([++unitId, brandId, world.organization(o).uscc, kind, isoDate(dayNumber('2022-09-01') + random.int(0, 1100))]);
      }
    }
  }
  await brands.flush();
  await units.flush();

  // The Shandong Handmade training catalogue, built on ICH items.
  const entries = await open('training_catalog_entry', ['id', 'code', 'title', 'occupation_code', 'ability_spec', 'class_hours', 'subsidy_per_hour', 'region_code', 'status', 'published_on']);
  const entryItems = await open('training_catalog_item', ['entry_id', 'item_key'], entries);
  interface Entry { id: number; cityCode: string; hours: number; rate: number; publishedDay: number; specialized: boolean }
  const published: Entry[] = [];
  for (let e = 1; e <= plan.catalogEntries; e++) {
    const city = random.pick(cities);
    const item = craftItem(city.code);
    const specialized = random.chance(0.35);
    const craft = item.name.replace(/（.*）/, '');
    const title = specialized ? `${craft}专项职业能力培训` : `${craft}技能培训`;
    const hours = random.pick([24, 32, 40, 48, 56, 64, 80]);
    const rate = random.pick([8, 10, 10, 12]);
    const status = random.weighted([['PUBLISHED', 85], ['DRAFT', 10], ['WITHDRAWN', 5]] as const);
    const publishedDay = dayNumber('2022-05-01') + random.int(0, 900);
    await entries.push([
      e, `SDSZ-${yearOf(publishedDay)}-${String(e).padStart(5, '0')}`, title,
      specialized ? null : random.pick(OCCUPATION_CODES), specialized ? `${craft}制作` : null,
      hours, money(rate), city.code, status, status === 'DRAFT' ? null : isoDate(publishedDay),
    ]);
    const keys = new Set([item.key]);
    if (random.chance(0.3)) keys.add(craftItem(city.code).key);
    for (const k of keys) await entryItems.push([e, k]);
    if (status === 'PUBLISHED') published.push({ id: e, cityCode: city.code, hours, rate, publishedDay, specialized });
  }
  await entries.flush();
  await entryItems.flush();
  if (published.length === 0) throw new Error('seed: no published catalogue entry to run cohorts on');

  // Filed training providers: training schools known to HR, and some workshop operators.
  const providers = await open('training_provider', ['id', 'uscc', 'name', 'filing_number', 'region_code', 'filed_on', 'credit_rating']);
  const providersByCity = new Map<string, number[]>();
  const providerOrgs = new Set<number>();
  for (let tries = 0; providerOrgs.size < plan.providers && tries < plan.providers * 20; tries++) {
    providerOrgs.add(random.chance(0.3) ? cultureOrganization(random.pick(cities).code) : hrOnlyOrganization());
  }
  let providerId = 0;
  for (const o of providerOrgs) {
    const org = world.organization(o);
    const city = regions.cityOf(org.regionCode)!.code;
    await providers.push([++providerId, org.uscc, org.name, `BA${city.slice(0, 4)}${String(providerId).padStart(6, '0')}`, org.regionCode, isoDate(dayNumber('2021-01-01') + random.int(0, 1200)), random.pick(['A', 'B', 'B', 'C', null])]);
    const list = providersByCity.get(city) ?? [];
    list.push(providerId);
    providersByCity.set(city, list);
  }
  await providers.flush();

  // Cohorts and their enrolments, subsidy claims and certificates, one cohort at a time.
  const cohorts = await open('training_cohort', ['id', 'code', 'catalog_entry_id', 'provider_id', 'region_code', 'starts_on', 'ends_on', 'project_based', 'planned_size'], entries, providers);
  const enrollments = await open('enrollment', ['id', 'cohort_id', 'person_id', 'enrolled_on', 'status', 'completed_on', 'passed', 'target_group'], cohorts);
  const claims = await open('subsidy_claim', ['id', 'enrollment_id', 'amount', 'status', 'claimed_on', 'paid_on'], enrollments);
  const certificates = await open('skill_certificate', ['id', 'certificate_number', 'person_id', 'kind', 'level', 'occupation_code', 'ability_title', 'evaluator_type', 'evaluator_uscc', 'issued_on', 'region_code']);
  const titles = await open('talent_title', ['id', 'person_id', 'kind', 'title_name', 'year', 'awarded_on', 'term_ends_on', 'region_code']);
  let enrollmentId = 0;
  let claimId = 0;
  let certificateId = 0;
  let titleId = 0;
  for (let c = 1; c <= plan.cohorts; c++) {
    const entry = random.pick(published);
    const cityProviders = providersByCity.get(entry.cityCode);
    const providerIdForCohort = cityProviders && random.chance(0.8) ? random.pick(cityProviders) : random.int(1, providerId);
    const county = random.pick(regions.currentCounties(entry.cityCode));
    const earliest = Math.max(entry.publishedDay + 14, PROGRAMME_START_DAY);
    const startDay = earliest + random.int(0, Math.max(1, AS_OF_DAY + 30 - earliest));
    const endDay = startDay + Math.ceil(entry.hours / 6) + random.int(0, 10);
    const plannedSize = random.int(20, 60);
    await cohorts.push([c, `BJ${yearOf(startDay)}${String(c).padStart(7, '0')}`, entry.id, providerIdForCohort, county.code, isoDate(startDay), isoDate(endDay), random.chance(0.4), plannedSize]);
    const size = Math.max(20, plannedSize - random.int(0, 5));
    const members = new Set<number>();
    for (let tries = 0; members.size < size; tries++) {
      // Local people first; past a few rounds (a small county at a small scale) anyone in the province.
      const local = tries < size * 4;
      members.add(
        !local ? random.int(0, plan.persons - 1)
          : random.chance(0.8) ? world.personInCounty(random, county.code) : world.personInCity(random, entry.cityCode),
      );
    }
    const ended = endDay < AS_OF_DAY;
    for (const index of members) {
      const person = world.person(index);
      const enrolledDay = startDay - random.int(0, 14);
      const status = !ended ? 'ENROLLED' : random.chance(0.9) ? 'COMPLETED' : 'DROPPED';
      const passed = status === 'COMPLETED' ? random.chance(0.9) : null;
      const group = world.targetGroupOn(person, isoDate(enrolledDay));
      await enrollments.push([++enrollmentId, c, person.id, isoDate(enrolledDay), status, status === 'COMPLETED' ? isoDate(endDay) : null, passed, group]);
      if (passed && group) {
        const claimDay = endDay + random.int(3, 30);
        const claimStatus = random.weighted([['PAID', 70], ['APPROVED', 15], ['FILED', 10], ['REJECTED', 5]] as const);
        const paidDay = claimDay + random.int(20, 60);
        await claims.push([
          ++claimId, enrollmentId, money(Math.min(entry.hours * entry.rate, SUBSIDY_CAP_YUAN)), claimStatus,
          isoDate(Math.min(claimDay, AS_OF_DAY)), claimStatus === 'PAID' && paidDay <= AS_OF_DAY ? isoDate(paidDay) : null,
        ]);
      }
      if (passed && random.chance(0.55)) {
        const issuedDay = Math.min(AS_OF_DAY, endDay + random.int(10, 60));
        const level = entry.specialized ? null : random.weighted(CERT_LEVELS);
        const employer = random.chance(0.4);
        const evaluatorUscc = employer ? world.organization(cultureOrganization(entry.cityCode)).uscc : null;
        // 22 characters: evaluator type, evaluator code, province 37, site serial, year, level, serial.
        const number = `${employer ? 'Y' : 'S'}${String(random.int(0, 9999)).padStart(4, '0')}37${entry.cityCode.slice(2, 4)}${String(providerIdForCohort % 10000).padStart(4, '0')}${String(yearOf(issuedDay) % 100).padStart(2, '0')}${level ? LEVEL_DIGIT[level] : 0}${String(++certificateId).padStart(6, '0').slice(-6)}`;
        await certificates.push([
          certificateId, number.length === 22 ? number : number.slice(0, 22), person.id,
          entry.specialized ? 'SPECIALIZED_ABILITY' : 'SKILL_LEVEL', level, entry.specialized ? null : random.pick(OCCUPATION_CODES),
          entry.specialized ? 'ICH craft specialised ability' : null, employer ? 'EMPLOYER' : 'SOCIAL_ORGANIZATION', evaluatorUscc,
          isoDate(issuedDay), county.code,
        ]);
        if ((level === 'TECHNICIAN' || level === 'SENIOR_TECHNICIAN') && random.chance(0.08)) {
          const year = Math.min(2026, yearOf(issuedDay) + 1);
          await titles.push([++titleId, person.id, 'QILU_CHIEF_TECHNICIAN', '齐鲁首席技师', year, `${year}-09-10`, `${year + 4}-09-09`, person.regionCode]);
        }
      }
    }
  }
  await cohorts.flush();
  await enrollments.flush();
  await claims.flush();
  await certificates.flush();

  // Contests (职业技能竞赛): the top three of a class-one contest become 山东省技术能手.
  const contests = await open('contest', ['id', 'name', 'contest_class', 'year', 'held_on', 'region_code', 'item_key']);
  const entriesOfContests = await open('contest_entry', ['id', 'contest_id', 'person_id', 'placing', 'award'], contests);
  let contestId = 0;
  let contestEntryId = 0;
  for (let year = 2022; year <= 2026; year++) {
    for (const city of cities) {
      for (let k = 0; k < plan.contestsPerCityYear; k++) {
        const item = craftItem(city.code);
        const craft = item.name.replace(/（.*）/, '');
        const contestClass = random.weighted([['CLASS_ONE', 3], ['CLASS_TWO', 5], ['OTHER', 2]] as const);
        const heldDay = dayNumber(`${year}-04-01`) + random.int(0, 200);
        if (heldDay > AS_OF_DAY) continue;
        await contests.push([++contestId, `${year}年${shortPlaceName(city.name)}${craft}职业技能竞赛${k > 0 ? `（${k + 1}）` : ''}`, contestClass, year, isoDate(heldDay), city.code, random.chance(0.8) ? item.key : null]);
        const entrants = new Set<number>();
        const target = random.int(15, 40);
        for (let tries = 0; entrants.size < target; tries++) {
          entrants.add(tries < target * 4 ? world.personInCity(random, city.code) : random.int(0, plan.persons - 1));
        }
        let placing = 0;
        for (const index of entrants) {
          placing++;
          const person = world.person(index);
          const award = placing === 1 ? '一等奖' : placing <= 3 ? '二等奖' : placing <= 8 ? '三等奖' : null;
          await entriesOfContests.push([++contestEntryId, contestId, person.id, placing, award]);
          if (contestClass === 'CLASS_ONE' && placing <= 3) {
            const awardDay = Math.min(AS_OF_DAY, heldDay + 60);
            await titles.push([++titleId, person.id, 'SHANDONG_TECHNICAL_EXPERT', '山东省技术能手', yearOf(awardDay), isoDate(awardDay), null, person.regionCode]);
          }
        }
      }
    }
  }
  await contests.flush();
  await entriesOfContests.flush();
  await titles.flush();

  // Vacancies posted by workshop operators and other employers.
  const vacancies = await open('vacancy', ['id', 'employer_uscc', 'title', 'craft', 'item_key', 'headcount', 'pay_min', 'pay_max', 'region_code', 'posted_on', 'closes_on', 'status', 'ich_category']);
  for (let v = 1; v <= plan.vacancies; v++) {
    const city = random.pick(cities);
    const employer = world.organization(random.chance(0.75) ? cultureOrganization(city.code) : hrOnlyOrganization());
    const item = craftItem(city.code);
    const craft = item.name.replace(/（.*）/, '');
    const postedDay = PROGRAMME_START_DAY + random.int(0, AS_OF_DAY - PROGRAMME_START_DAY);
    const closesDay = postedDay + random.int(30, 120);
    const payMin = random.int(25, 60) * 100;
    let keyed = false;
    await vacancies.push([
      v, employer.uscc, `${craft}${random.pick(['学徒', '技工', '师傅', '设计师', '销售'])}`, craft, (keyed = random.chance(0.5)) ? item.key : null,
      random.int(1, 20), money(payMin), money(payMin + random.int(5, 40) * 100), employer.regionCode,
      isoDate(postedDay), isoDate(closesDay), closesDay < AS_OF_DAY ? 'CLOSED' : 'OPEN', keyed ? item.category : null,
    ]);
  }
  await vacancies.flush();

  // Guaranteed start-up loans (创业担保贷款) to persons and to small firms.
  const loans = await open('startup_loan', ['id', 'borrower_person_id', 'borrower_uscc', 'amount', 'bank', 'guarantor', 'granted_on', 'term_months', 'region_code']);
  let loanId = 0;
  for (let l = 0; l < plan.personLoans; l++) {
    const person = world.person(random.int(0, plan.persons - 1));
    const grantedDay = PROGRAMME_START_DAY + random.int(0, AS_OF_DAY - PROGRAMME_START_DAY);
    await loans.push([++loanId, person.id, null, money(random.int(5, 30) * 10_000), random.pick(BANKS), `${shortPlaceName(regions.cityOf(person.regionCode)!.name)}创业担保基金`, isoDate(grantedDay), random.pick([12, 24, 36]), person.regionCode]);
  }
  for (let l = 0; l < plan.organizationLoans; l++) {
    const org = world.organization(cultureOrganization(random.pick(cities).code));
    const grantedDay = PROGRAMME_START_DAY + random.int(0, AS_OF_DAY - PROGRAMME_START_DAY);
    await loans.push([++loanId, null, org.uscc, money(random.int(5, 300) * 10_000), random.pick(BANKS), `${shortPlaceName(regions.cityOf(org.regionCode)!.name)}创业担保基金`, isoDate(grantedDay), random.pick([24, 36]), org.regionCode]);
  }
  await loans.flush();
}
