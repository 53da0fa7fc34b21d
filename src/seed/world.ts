import { RegionDirectory } from '../shared/regions';
import { Region } from '../shared/regions/region';
import { citizenIdCheckChar, orgCodeCheckChar, usccCheckChar } from '../shared/identifiers';
import { compactDate, dayNumber, isoDate } from './dates';
import { personName, shortPlaceName, tradeWord } from './names';
import { SeedPlan } from './plan';
import { hashParts, Random } from './random';

/** The day the synthetic world is observed: fixed, so a seed always gives the same data. */
export const AS_OF_DAY = dayNumber('2026-11-15');
/** The programme started with the 2022 notice; activity is generated from then on. */
export const PROGRAMME_START_DAY = dayNumber('2022-04-01');

const BIRTH_FIRST_DAY = dayNumber('1961-01-01');
const BIRTH_DAYS = dayNumber('2006-12-31') - BIRTH_FIRST_DAY + 1;
/** Coprime with BIRTH_DAYS, so i → i·STRIDE mod BIRTH_DAYS is a bijection and IDs never collide. */
const BIRTH_STRIDE = 7919;
/**
 * Order codes (digits 15–17) come in 500 pairs, even for women and odd for
 * men. Persons sharing a birth day are told apart by their block
 * (index ÷ BIRTH_DAYS); a block is mapped to a pair by b → (b·ORDER_STRIDE +
 * an offset drawn per day) mod 500, a bijection (ORDER_STRIDE is coprime
 * with 500), so IDs never collide and the codes spread over the whole range
 * as real ones do, rather than 000–00x, which would leave a masked number
 * about 730 candidates on the demo data instead of the ~182,500 the masks
 * are designed for (README, How masks are chosen).
 */
const ORDER_PAIRS = 500;
const ORDER_STRIDE = 197;

export type TargetGroup = 'RURAL_TRANSFER_LABORER' | 'REGISTERED_UNEMPLOYED' | 'POVERTY_ALLEVIATED';

export interface SeedPerson {
  id: number;
  citizenId: string;
  name: string;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
  phone: string;
  regionCode: string;
  statuses: Array<{ group: TargetGroup; validFrom: string; validTo: string | null }>;
}

export interface SeedOrganization {
  index: number;
  uscc: string;
  name: string;
  orgType: 'ENTERPRISE' | 'INDIVIDUAL_BUSINESS' | 'FARMERS_COOPERATIVE' | 'PUBLIC_INSTITUTION' | 'SOCIAL_ORGANIZATION';
  regionCode: string;
}

/** Populations by city, in ten-thousands (2020 census, rounded): persons are spread in proportion. */
const CITY_WEIGHTS: Record<string, number> = {
  '370100': 920, '370200': 1007, '370300': 470, '370400': 386, '370500': 219, '370600': 710, '370700': 939,
  '370800': 836, '370900': 547, '371000': 291, '371100': 297, '371300': 1102, '371400': 561, '371500': 595,
  '371600': 393, '371700': 880,
};

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * Everything the generators derive from the index of a record rather than
 * from stored state: a person's ID number, an organisation's USCC. Either
 * source can compute the other's keys, so the seed needs no lookup table and
 * memory stays flat at any scale.
 */
export class SeedWorld {
  readonly counties: Region[];
  /** counties[k] holds persons with indexes [personStart[k], personStart[k+1]). */
  private readonly personStart: number[];
  private readonly orgCounties: Region[];

  constructor(
    readonly seed: number,
    readonly plan: SeedPlan,
    readonly regions: RegionDirectory,
  ) {
    this.counties = regions.currentCounties();
    const weights = this.counties.map((c) => {
      const city = c.parentCode!;
      const siblings = regions.currentCounties(city).length;
      return (CITY_WEIGHTS[city] ?? 300) / siblings;
    });
    const total = weights.reduce((a, b) => a + b, 0);
    this.personStart = [0];
    let acc = 0;
    for (const w of weights) {
      acc += w;
      this.personStart.push(Math.round((acc / total) * plan.persons));
    }
    this.personStart[this.personStart.length - 1] = plan.persons;
    this.orgCounties = this.counties;
  }

  countyIndexOfPerson(index: number): number {
    let lo = 0;
    let hi = this.counties.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.personStart[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** A random person living in the county (or, failing that, anywhere). */
  personInCounty(random: Random, countyCode: string): number {
    const k = this.counties.findIndex((c) => c.code === countyCode);
    const start = this.personStart[k] ?? 0;
    const end = this.personStart[k + 1] ?? this.plan.persons;
    return end > start ? random.int(start, end - 1) : random.int(0, this.plan.persons - 1);
  }

  /** A random person of the city the county belongs to. */
  personInCity(random: Random, cityCode: string): number {
    const ks = this.counties.map((c, k) => (c.parentCode === cityCode ? k : -1)).filter((k) => k >= 0);
    const start = this.personStart[ks[0]];
    const end = this.personStart[ks[ks.length - 1] + 1];
    return end > start ? random.int(start, end - 1) : random.int(0, this.plan.persons - 1);
  }

  person(index: number): SeedPerson {
    const random = Random.stream(this.seed, 'person', index);
    const county = this.counties[this.countyIndexOfPerson(index)];
    const gender = random.chance(0.52) ? 'FEMALE' : 'MALE';
    const birthDay = BIRTH_FIRST_DAY + ((index * BIRTH_STRIDE) % BIRTH_DAYS);
    const pair = (Math.floor(index / BIRTH_DAYS) * ORDER_STRIDE + (hashParts(this.seed, 'order-code', birthDay) % ORDER_PAIRS)) % ORDER_PAIRS;
    const sequence = 2 * pair + (gender === 'MALE' ? 1 : 0);
    // ID numbers keep the code of the household registration when it was issued:
    // people from Laiwu still carry 3712xx after the 2018 merger into Jinan.
    const issuedIn = county.code === '370116' ? '371202' : county.code === '370117' ? '371203' : county.code;
    const body = `${issuedIn}${compactDate(birthDay)}${String(sequence).padStart(3, '0')}`;
    const citizenId = body + citizenIdCheckChar(body);
    const phone = `1${random.pick(['3', '5', '7', '8', '9'])}${String(random.int(0, 999_999_999)).padStart(9, '0')}`;
    const statuses: SeedPerson['statuses'] = [];
    if (random.chance(0.3)) {
      statuses.push({ group: 'RURAL_TRANSFER_LABORER', validFrom: isoDate(PROGRAMME_START_DAY - random.int(0, 2000)), validTo: null });
    }
    if (random.chance(0.1)) {
      const from = PROGRAMME_START_DAY + random.int(-400, 1200);
      statuses.push({ group: 'REGISTERED_UNEMPLOYED', validFrom: isoDate(from), validTo: random.chance(0.6) ? isoDate(from + random.int(60, 500)) : null });
    }
    if (random.chance(0.05)) {
      statuses.push({ group: 'POVERTY_ALLEVIATED', validFrom: isoDate(dayNumber('2020-12-31')), validTo: null });
    }
    return {
      id: index + 1,
      citizenId,
      name: personName(random, gender),
      gender,
      birthDate: isoDate(birthDay),
      phone,
      regionCode: county.code,
      statuses,
    };
  }

  /** The target group a person belonged to on a day, if any (the first that applies). */
  targetGroupOn(person: SeedPerson, day: string): TargetGroup | null {
    for (const s of person.statuses) if (s.validFrom <= day && (s.validTo === null || day < s.validTo)) return s.group;
    return null;
  }

  get organizationCount(): number {
    return this.plan.cultureOrganizations + this.plan.hrOnlyOrganizations;
  }

  /**
   * Organisation `index`: indexes below `cultureOrganizations` are in the
   * culture directory; the rest (training schools, other employers) are known
   * to HR only.
   */
  organization(index: number): SeedOrganization {
    const random = Random.stream(this.seed, 'organization', index);
    const county = this.orgCounties[hashParts(this.seed, 'org-county', index) % this.orgCounties.length];
    const place = shortPlaceName(county.name);
    const hrOnly = index >= this.plan.cultureOrganizations;
    const kind: SeedOrganization['orgType'] = hrOnly
      ? random.weighted([['SOCIAL_ORGANIZATION', 6], ['ENTERPRISE', 4]] as const)
      : random.weighted([['ENTERPRISE', 55], ['INDIVIDUAL_BUSINESS', 25], ['FARMERS_COOPERATIVE', 15], ['PUBLIC_INSTITUTION', 5]] as const);
    const prefix = { ENTERPRISE: '91', INDIVIDUAL_BUSINESS: '92', FARMERS_COOPERATIVE: '93', PUBLIC_INSTITUTION: '12', SOCIAL_ORGANIZATION: '52' }[kind];
    // New-style organisation codes: "MA" + six symbols encoding the index, unique by construction.
    let n = index + 31 * 31 * 31;
    let tail = '';
    for (let i = 0; i < 6; i++) {
      tail = USCC_CHARS[n % 31] + tail;
      n = Math.floor(n / 31);
    }
    const orgBody = `MA${tail}`;
    const first17 = `${prefix}${county.code}${orgBody}${orgCodeCheckChar(orgBody)}`;
    const uscc = first17 + usccCheckChar(first17);
    const craft = random.pick(['手造', '工艺', '文化', '刺绣', '陶艺', '木作', '编织', '年画', '剪纸', '食品']);
    const name = {
      ENTERPRISE: hrOnly ? `${place}${tradeWord(random)}人力资源服务有限公司` : `${place}${tradeWord(random)}${craft}有限公司`,
      INDIVIDUAL_BUSINESS: `${place}${tradeWord(random)}${craft}坊`,
      FARMERS_COOPERATIVE: `${place}${tradeWord(random)}${craft}专业合作社`,
      PUBLIC_INSTITUTION: `${place}文化馆`,
      SOCIAL_ORGANIZATION: `${place}${tradeWord(random)}职业培训学校`,
    }[kind];
    return { index, uscc, name: `${name}`, orgType: kind, regionCode: county.code };
  }
}
