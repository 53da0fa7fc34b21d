import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { Builder, builder } from '../support/builders';
import { globalId, rowIdOf } from '../support/ids';
import { graphql } from '../graphql';
import type { IchCategoryName, JobSeekerStatus, SkillLevel } from '../../src/sources/hr';

const CANDIDATES = graphql(`query VacancyCandidates($id: ID!, $first: Int, $after: String) {
  node(id: $id) {
    ... on Vacancy {
      candidates(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { jobSeeker { id } score { total craft certificate region availability } } }
      }
    }
  }
}`);

const MATCHING_VACANCIES = graphql(`query JobSeekerMatchingVacancies($id: ID!) {
  node(id: $id) {
    ... on JobSeeker {
      matchingVacancies(first: 10) { totalCount edges { node { vacancy { id } score { total craft certificate region availability } } } }
    }
  }
}`);

const MANY_CANDIDATES = graphql(`query ManyVacancyCandidates($first: Int) {
  vacancies(first: $first, orderBy: ID) {
    edges { node { id candidates(first: 3) { totalCount edges { node { jobSeeker { id person { name } skills { itemKey } } score { total } } } } } }
  }
}`);

const K1 = 'NATIONAL:Ⅶ-59:370700';
const K2 = 'NATIONAL:Ⅶ-60:370700';

describeEachBackend('job matching', (backend) => {
  let api: ApiHarness;
  let b: Builder;
  beforeAll(async () => {
    api = await startApi(backend, 0);
    b = await builder(api);
  });
  afterAll(async () => api?.close());

  /** A registered job seeker living in `home`, with skills and wished regions. */
  async function seeker(spec: {
    skills: Array<{ itemKey?: string; ichCategory: IchCategoryName; certificateLevel?: SkillLevel }>;
    wished: string[];
    availableFrom: string;
    status?: JobSeekerStatus;
    home?: string;
  }) {
    const person = await b.person({ regionCode: spec.home ?? '370702' });
    const jobSeeker = await b.jobSeeker({ person, registeredOn: '2024-01-05', centerName: '潍坊市公共就业服务中心', regionCode: '370702', availableFrom: spec.availableFrom, status: spec.status ?? 'ACTIVE' });
    for (const s of spec.skills) await b.jobSeekerSkill({ jobSeeker, itemKey: s.itemKey ?? null, ichCategory: s.ichCategory, certificateLevel: s.certificateLevel ?? null });
    for (const regionCode of spec.wished) await b.jobSeekerWishedRegion({ jobSeeker, regionCode });
    return jobSeeker.id as number;
  }

  let vacancy: number;
  let jinanVacancy: number;
  const ids: Record<string, number> = {};
  beforeAll(async () => {
    const employerUscc = '91370700MA3C000001';
    vacancy = (await b.vacancy({ employerUscc, itemKey: K1, ichCategory: 'TRADITIONAL_ART', regionCode: '370702', postedOn: '2024-03-01', closesOn: '2024-04-01', status: 'OPEN' })).id as number;
    jinanVacancy = (await b.vacancy({ employerUscc, itemKey: K2, ichCategory: 'TRADITIONAL_ART', regionCode: '370102', postedOn: '2024-03-01', closesOn: null, status: 'OPEN' })).id as number;
    await b.vacancy({ employerUscc, itemKey: K1, ichCategory: 'TRADITIONAL_ART', regionCode: '370702', postedOn: '2024-03-01', status: 'CLOSED' });
    // 40 same item + 8 SENIOR + 30 same county + 10 available by posting = 88
    ids.a = await seeker({ skills: [{ itemKey: K1, ichCategory: 'TRADITIONAL_ART', certificateLevel: 'SENIOR' }], wished: ['370702'], availableFrom: '2024-02-01' });
    // 40 + 0 + 20 same city + 5 available by closing = 65
    ids.b = await seeker({ skills: [{ itemKey: K1, ichCategory: 'TRADITIONAL_ART' }], wished: ['370705'], availableFrom: '2024-03-15' });
    // 20 same category + 16 CHIEF_TECHNICIAN + 30 + 10 = 76
    ids.c = await seeker({ skills: [{ itemKey: K2, ichCategory: 'TRADITIONAL_ART', certificateLevel: 'CHIEF_TECHNICIAN' }], wished: ['370702', '370100'], availableFrom: '2024-01-01' });
    // 40 + 0 + 10 same province + 0 = 50
    ids.d = await seeker({ skills: [{ itemKey: K1, ichCategory: 'TRADITIONAL_ART' }], wished: ['370100'], availableFrom: '2024-05-01', home: '370102' });
    // Another category only: no match.
    ids.e = await seeker({ skills: [{ ichCategory: 'TRADITIONAL_MUSIC', certificateLevel: 'CHIEF_TECHNICIAN' }], wished: ['370702'], availableFrom: '2024-01-01' });
    // Withdrawn: not a candidate.
    ids.f = await seeker({ skills: [{ itemKey: K1, ichCategory: 'TRADITIONAL_ART' }], wished: ['370702'], availableFrom: '2024-01-01', status: 'WITHDRAWN' });
    // The same as b: ties rank by registration order.
    ids.g = await seeker({ skills: [{ itemKey: K1, ichCategory: 'TRADITIONAL_ART' }], wished: ['370705'], availableFrom: '2024-03-15' });
  });

  const idOf = async (typename: 'Vacancy' | 'JobSeeker', row: number) => globalId(typename, row);

  it('ranks the registered job seekers of a vacancy by the documented score', async () => {
    const { node } = await api.data(CANDIDATES, { id: await idOf('Vacancy', vacancy), first: 10 });
    const page = node && 'candidates' in node ? node.candidates : null;
    expect(page!.totalCount).toBe(5);
    expect(page!.edges.map((e) => [rowIdOf(e.node.jobSeeker.id, 'JobSeeker'), e.node.score])).toEqual([
      [ids.a, { total: 88, craft: 40, certificate: 8, region: 30, availability: 10 }],
      [ids.c, { total: 76, craft: 20, certificate: 16, region: 30, availability: 10 }],
      [ids.b, { total: 65, craft: 40, certificate: 0, region: 20, availability: 5 }],
      [ids.g, { total: 65, craft: 40, certificate: 0, region: 20, availability: 5 }],
      [ids.d, { total: 50, craft: 40, certificate: 0, region: 10, availability: 0 }],
    ]);
  });

  it('pages the ranking with cursors, no duplicate and no gap', async () => {
    const id = await idOf('Vacancy', vacancy);
    const seen: number[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const result: { node: unknown } = await api.data(CANDIDATES, { id, first: 2, after });
      const page: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { jobSeeker: { id: string } } }> } = (result.node as { candidates: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: { jobSeeker: { id: string } } }> } }).candidates;
      seen.push(...page.edges.map((e) => rowIdOf(e.node.jobSeeker.id, 'JobSeeker')));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([ids.a, ids.c, ids.b, ids.g, ids.d]);
  });

  it('refuses a cursor it did not issue, naming after', async () => {
    const result = await api.query(CANDIDATES, { id: await idOf('Vacancy', vacancy), first: 2, after: 'bm9wZQ' });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
  });

  it('ranks the open vacancies of a job seeker the other way', async () => {
    const { node } = await api.data(MATCHING_VACANCIES, { id: await idOf('JobSeeker', ids.c) });
    const page = node && 'matchingVacancies' in node ? node.matchingVacancies : null;
    // c wishes Weifang Weicheng and Jinan: the Jinan vacancy (c's own item K2, open-ended) is 40 + 16 + 20 + 10.
    expect(page!.edges.map((e) => [rowIdOf(e.node.vacancy.id, 'Vacancy'), e.node.score.total])).toEqual([
      [jinanVacancy, 86],
      [vacancy, 76],
    ]);
    expect(page!.totalCount).toBe(2);
  });

  it('leaves out job seekers a region-limited viewer may not see', async () => {
    const partner = api.as('PARTNER', { region: '370100' });
    const { node } = await partner.data(CANDIDATES, { id: await idOf('Vacancy', vacancy), first: 10 });
    const page = node && 'candidates' in node ? node.candidates : null;
    expect(page!.edges.map((e) => rowIdOf(e.node.jobSeeker.id, 'JobSeeker'))).toEqual([ids.d]);
    expect(page!.totalCount).toBe(1);
  });

  it('is refused to a viewer without person:read', async () => {
    const result = await api.as('PUBLIC').query(CANDIDATES, { id: await idOf('Vacancy', vacancy), first: 10 });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('runs the same number of statements for 10 and for 50 vacancies', async () => {
    for (let i = 0; i < 50; i++) {
      await b.vacancy({ employerUscc: '91370700MA3C000001', itemKey: i % 2 ? K1 : K2, ichCategory: 'TRADITIONAL_ART', regionCode: i % 3 ? '370702' : '370102', postedOn: '2024-03-01', status: 'OPEN' });
    }
    await api.data(MANY_CANDIDATES, { first: 10 });
    const ten = api.statements();
    const fifty = await api.data(MANY_CANDIDATES, { first: 50 });
    expect(api.statements()).toEqual(ten);
    expect(fifty.vacancies.edges).toHaveLength(50);
    expect(fifty.vacancies.edges.every((e) => e.node.candidates.totalCount >= 1)).toBe(true);
  });
});
