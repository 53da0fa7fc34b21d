import type { DataSource } from 'typeorm';
import { BUILT_REGION } from './column-defaults';
import { builtBirthDate, citizenIdOf, usccOf } from './identifiers';
import type { Recipes } from './types';

/**
 * An order code free on that birth day in that region: a test that picks a
 * birth date may meet a seeded person born the same day, so the codes already
 * used there are read first.
 */
async function freeOrder(hr: DataSource, region: string, birthDate: string, n: number): Promise<number> {
  const prefix = `${region}${birthDate.replace(/-/g, '')}`;
  const rows = (await hr.query('SELECT citizen_id FROM person WHERE citizen_id LIKE ?', [`${prefix}%`])) as Array<{ citizen_id: string }>;
  const taken = new Set(rows.map((r) => Math.floor(Number(r.citizen_id.slice(14, 17)) / 2)));
  for (let i = 0; i < 500; i++) if (!taken.has((n + i) % 500)) return (n + i) % 500;
  throw new Error(`builder: every order code of ${prefix} is taken`);
}

/** The HR tables' particular rules: ID numbers that agree with birth date and gender, outcomes that agree with statuses. */
export const HR_RECIPES: Recipes = {
  person: {
    defaults: async ({ n, given, dataSource }) => {
      const gender = given.gender ?? (n % 2 ? 'MALE' : 'FEMALE');
      const regionCode = given.regionCode ?? BUILT_REGION;
      const birthDate = given.birthDate ?? builtBirthDate(n);
      const order = given.birthDate && !given.citizenId ? await freeOrder(dataSource, regionCode, birthDate, n) : n;
      return { citizenId: citizenIdOf(regionCode, birthDate, gender, order), name: `测试${n}`, gender, birthDate, regionCode };
    },
  },
  targetGroupStatus: {
    defaults: () => ({ targetGroup: 'RURAL_TRANSFER_LABORER', validFrom: '2023-01-01' }),
  },
  trainingCatalogEntry: {
    extras: ['items'],
    defaults: ({ n, given }) => ({
      code: `TEST-${n}`,
      title: `测试培训项目${n}`,
      classHours: 40,
      subsidyPerHour: '10.00',
      status: 'PUBLISHED',
      publishedOn: (given.status ?? 'PUBLISHED') === 'PUBLISHED' ? '2024-01-01' : null,
    }),
    after: async (entry, { input, b }) => {
      for (const item of input.items ?? []) await b.trainingCatalogItem({ entry, item });
    },
  },
  trainingProvider: {
    defaults: ({ n, given }) => ({ uscc: usccOf(n, given.regionCode ?? BUILT_REGION, '52'), name: `测试职业培训学校${n}`, filingNumber: `PX-TEST-${n}`, filedOn: '2023-06-01' }),
  },
  trainingCohort: {
    defaults: ({ n, given }) => ({ code: `TEST-C${n}`, startsOn: '2024-03-01', endsOn: given.startsOn ?? '2024-04-01', projectBased: false, plannedSize: 30 }),
  },
  enrollment: {
    defaults: ({ given }) => {
      const completed = given.status === 'COMPLETED';
      const on = given.enrolledOn ?? '2024-03-05';
      return { enrolledOn: on, status: 'ENROLLED', completedOn: completed ? on : null, passed: completed ? true : null };
    },
  },
  subsidyClaim: {
    defaults: ({ given }) => ({ amount: '800.00', status: 'FILED', claimedOn: '2024-03-05', paidOn: given.status === 'PAID' ? '2024-04-05' : null }),
  },
  skillCertificate: {
    defaults: ({ n, given }) => {
      const ability = given.kind === 'SPECIALIZED_ABILITY';
      return { certificateNumber: `TEST${String(n).padStart(10, '0')}`, kind: 'SKILL_LEVEL', level: ability ? null : 'JUNIOR', abilityTitle: ability ? '面塑' : null, evaluatorType: 'EMPLOYER', issuedOn: '2024-05-10' };
    },
  },
  talentTitle: {
    defaults: ({ given }) => {
      const awardedOn = given.awardedOn ?? '2024-06-01';
      return { kind: 'SHANDONG_TECHNICAL_EXPERT', awardedOn, year: Number(awardedOn.slice(0, 4)) };
    },
  },
  contest: {
    defaults: ({ n, given }) => {
      const heldOn = given.heldOn ?? '2024-09-01';
      return { name: `测试技能竞赛${n}`, contestClass: 'CLASS_TWO', heldOn, year: Number(heldOn.slice(0, 4)) };
    },
  },
  laborBrand: {
    defaults: ({ n }) => ({ name: `测试劳务品牌${n}`, craft: '鲁绣', establishedYear: 2022 }),
  },
  laborBrandUnit: {
    defaults: () => ({ unitKind: 'WORKSHOP', recognizedOn: '2023-01-01' }),
  },
  startupLoan: {
    // A loan has a borrower: a person unless a business borrows.
    defaults: async ({ given, b }) => ({
      borrowerPersonId: given.borrowerPersonId === undefined && !given.borrowerUscc ? (await b.person({ regionCode: given.regionCode })).id : given.borrowerPersonId,
      amount: '100000.00',
      bank: '测试银行',
      grantedOn: '2024-04-15',
      termMonths: 24,
    }),
  },
  vacancy: {
    defaults: ({ n }) => ({ title: `测试岗位${n}`, headcount: 1, payMin: '3000.00', payMax: '4000.00', postedOn: '2024-01-01', status: 'OPEN' }),
  },
};
