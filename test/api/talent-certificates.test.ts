import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi, Variables } from '../support/api';
import { globalId, nodeRowIds, rowIdOf } from '../support/ids';
import { rowIds } from '../support/sql';
import { graphql } from '../graphql';
import { walkBackward, walkForward } from '../support/pages';
import type { SkillCertificateFilter } from '../graphql/graphql';

const CERTIFICATES = graphql(`query SkillCertificatePage($first: Int, $after: String, $last: Int, $before: String, $filter: SkillCertificateFilter, $orderBy: SkillCertificateOrder) {
  skillCertificates(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id certificateNumber kind level occupationCode abilityTitle evaluatorType evaluatorUscc issuedOn regionCode region { code } } }
  }
}`);

const TITLES = graphql(`query TalentTitlePage($first: Int, $after: String, $last: Int, $before: String, $filter: TalentTitleFilter, $orderBy: TalentTitleOrder, $on: Date) {
  talentTitles(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { id kind titleName year awardedOn termEndsOn regionCode region { code } inTerm(on: $on) } }
  }
}`);

interface CertificateRow {
  id: number;
  certificate_number: string;
  person_id: number;
  kind: string;
  level: string | null;
  occupation_code: string | null;
  ability_title: string | null;
  evaluator_type: string;
  evaluator_uscc: string | null;
  issued_on: string;
  region_code: string;
}

interface TitleRow {
  id: number;
  person_id: number;
  kind: string;
  title_name: string | null;
  year: number;
  awarded_on: string;
  term_ends_on: string | null;
  region_code: string;
}

describeEachBackend('skill certificates and talent titles', (backend) => {
  let api: ApiHarness;
  let certificates: CertificateRow[];
  let titles: TitleRow[];
  beforeAll(async () => {
    api = await startApi(backend, 0.2);
    certificates = (await api.db.sources.hr.query('SELECT * FROM skill_certificate ORDER BY id')).map((r: CertificateRow) => ({ ...r, id: Number(r.id), person_id: Number(r.person_id) }));
    titles = (await api.db.sources.hr.query('SELECT * FROM talent_title ORDER BY id')).map((r: TitleRow) => ({ ...r, id: Number(r.id), person_id: Number(r.person_id), year: Number(r.year) }));
  });
  afterAll(async () => api?.close());

  const sqlIds = (sql: string, params?: unknown[]) => rowIds(api, 'hr', sql, params);
  const certificates100 = async (variables: Variables<typeof CERTIFICATES>) => (await api.data(CERTIFICATES, { first: 100, ...variables })).skillCertificates;
  const titles100 = async (variables: Variables<typeof TITLES>) => (await api.data(TITLES, { first: 100, ...variables })).talentTitles;

  describe('skillCertificates', () => {
    it('walks every page newest first with no duplicate and no gap, matching SQL, and returns every column', async () => {
      const expected = await sqlIds('SELECT id FROM skill_certificate ORDER BY issued_on DESC, id ASC');
      expect(expected.length).toBeGreaterThan(100);
      const byId = new Map(certificates.map((c) => [c.id, c]));
      const seen = await walkForward(async (after) => {
        const { skillCertificates } = await api.data(CERTIFICATES, { first: 41, after, orderBy: 'ISSUED_ON_DESC' });
        expect(skillCertificates.totalCount).toBe(expected.length);
        return skillCertificates;
      });
      expect(seen.map((node) => rowIdOf(node.id))).toEqual(expected);
      for (const node of seen) {
        const row = byId.get(rowIdOf(node.id))!;
        expect(node).toEqual({
          id: globalId('SkillCertificate', row.id),
          certificateNumber: row.certificate_number,
          kind: row.kind,
          level: row.level,
          occupationCode: row.occupation_code,
          abilityTitle: row.ability_title,
          evaluatorType: row.evaluator_type,
          evaluatorUscc: row.evaluator_uscc,
          issuedOn: row.issued_on,
          regionCode: row.region_code,
          region: { code: row.region_code },
        });
      }
    });

    it('walks backward by certificate number with last/before to the same list', async () => {
      const expected = await sqlIds('SELECT id FROM skill_certificate ORDER BY certificate_number, id');
      const pages = await walkBackward(async (before) => (await api.data(CERTIFICATES, { last: 60, before, orderBy: 'CERTIFICATE_NUMBER' })).skillCertificates);
      expect(pages.map((n) => rowIdOf(n.id))).toEqual(expected);
    });

    it('filters by level, kind, evaluator, region subtree and issue dates, agreeing with SQL', async () => {
      const filter: SkillCertificateFilter = { levels: ['JUNIOR', 'INTERMEDIATE'], kinds: ['SKILL_LEVEL'], evaluatorTypes: ['SOCIAL_ORGANIZATION'], issuedFrom: '2024-01-01', issuedTo: '2025-06-30' };
      const page = await certificates100({ filter });
      const expected = await sqlIds(
        `SELECT id FROM skill_certificate WHERE level IN ('JUNIOR', 'INTERMEDIATE') AND kind = 'SKILL_LEVEL' AND evaluator_type = 'SOCIAL_ORGANIZATION' AND issued_on BETWEEN '2024-01-01' AND '2025-06-30' ORDER BY id`,
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(nodeRowIds(page)).toEqual(expected.slice(0, 100));
      expect(page.totalCount).toBe(expected.length);

      const regional = await certificates100({ filter: { regionCode: '370700', kinds: ['SPECIALIZED_ABILITY'] } });
      const regionalExpected = await sqlIds(`SELECT id FROM skill_certificate WHERE region_code LIKE '3707%' AND kind = 'SPECIALIZED_ABILITY' ORDER BY id`);
      expect(regionalExpected.length).toBeGreaterThan(0);
      expect(nodeRowIds(regional)).toEqual(regionalExpected.slice(0, 100));
      expect(regional.totalCount).toBe(regionalExpected.length);
    });

    it('finds one certificate by its number, spaces and case ignored', async () => {
      const row = certificates[3];
      const spaced = `${row.certificate_number.slice(0, 5).toLowerCase()} ${row.certificate_number.slice(5)}`;
      expect(nodeRowIds(await certificates100({ filter: { certificateNumber: spaced } }))).toEqual([row.id]);
      expect((await certificates100({ filter: { certificateNumber: 'Y000000000000000000000' } })).totalCount).toBe(0);
    });

    it.each([
      [{ first: 1000 }, 'first'],
      [{ last: -3 }, 'last'],
      [{ filter: { regionCode: '999999' } }, 'filter.regionCode'],
      [{ filter: { issuedFrom: '2025-01-02', issuedTo: '2025-01-01' } }, 'filter.issuedTo'],
      [{ filter: { certificateNumber: 'X12345' } }, 'filter.certificateNumber'],
    ])('rejects %j with an error naming %s', async (variables, argument) => {
      const body = await api.query(CERTIFICATES, variables);
      expect(Object.values(body.data ?? {})).toEqual([null]);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    });

    it('resolves SkillCertificate.person for 100 certificates in one more statement', async () => {
      const data = await api.data(`{ skillCertificates(first: 100, orderBy: ISSUED_ON) { edges { node { id person { id name } } } } }`);
      expect(api.statements().hr).toBe(1);  // same-source levels below come with it, in one chained statement
      const names = new Map<number, string>((await api.db.sources.hr.query('SELECT id, name FROM person')).map((r: { id: unknown; name: string }) => [Number(r.id), r.name]));
      for (const { node } of data.skillCertificates.edges) {
        const row = certificates.find((c) => c.id === rowIdOf(node.id))!;
        expect(node.person).toEqual({ id: globalId('Person', row.person_id), name: names.get(row.person_id) });
      }
    });
  });

  describe('talentTitles', () => {
    it('has both kinds in the seed', () => {
      expect(titles.some((t) => t.kind === 'QILU_CHIEF_TECHNICIAN' && t.term_ends_on)).toBe(true);
      expect(titles.some((t) => t.kind === 'SHANDONG_TECHNICAL_EXPERT' && t.term_ends_on === null)).toBe(true);
    });

    it('walks every page by award date forward and backward, matching SQL', async () => {
      const expected = await sqlIds('SELECT id FROM talent_title ORDER BY awarded_on, id');
      const seen = await walkForward(async (after) => (await api.data(TITLES, { first: 13, after, orderBy: 'AWARDED_ON' })).talentTitles);
      expect(seen.map((n) => rowIdOf(n.id))).toEqual(expected);

      const newest = await sqlIds('SELECT id FROM talent_title ORDER BY awarded_on DESC, id ASC');
      const pages = await walkBackward(async (before) => (await api.data(TITLES, { last: 11, before, orderBy: 'AWARDED_ON_DESC' })).talentTitles);
      expect(pages.map((n) => rowIdOf(n.id))).toEqual(newest);
    });

    it('returns every column and inTerm on a given day (the term end day included)', async () => {
      const qilu = titles.find((t) => t.term_ends_on)!;
      for (const on of [qilu.term_ends_on!, '2100-01-01', '2000-01-01', qilu.awarded_on]) {
        const page = await titles100({ on });
        for (const { node } of page.edges) {
          const row = titles.find((t) => t.id === rowIdOf(node.id))!;
          expect(node).toEqual({
            id: globalId('TalentTitle', row.id),
            kind: row.kind,
            titleName: row.title_name,
            year: row.year,
            awardedOn: row.awarded_on,
            termEndsOn: row.term_ends_on,
            regionCode: row.region_code,
            region: { code: row.region_code },
            inTerm: row.awarded_on <= on && (row.term_ends_on === null || on <= row.term_ends_on),
          });
        }
      }
      const dayAfter = new Date(Date.parse(`${qilu.term_ends_on}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      const data = await api.data(`query ($id: ID!, $on: Date) { node(id: $id) { ... on TalentTitle { last: inTerm(on: $on) after: inTerm(on: "${dayAfter}") } } }`, {
        id: globalId('TalentTitle', qilu.id),
        on: qilu.term_ends_on,
      });
      expect(data.node).toEqual({ last: true, after: false });
    });

    it('filters by kind, year, region subtree, award dates and term, agreeing with SQL', async () => {
      const years = [...new Set(titles.map((t) => t.year))].slice(0, 2);
      const page = await titles100({ filter: { kinds: ['SHANDONG_TECHNICAL_EXPERT'], years } });
      const expected = titles.filter((t) => t.kind === 'SHANDONG_TECHNICAL_EXPERT' && years.includes(t.year)).map((t) => t.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(nodeRowIds(page)).toEqual(expected);
      expect(page.totalCount).toBe(expected.length);

      const code = titles[0].region_code.slice(0, 4);
      const regional = await titles100({ filter: { regionCode: `${code}00`, awardedFrom: '2023-01-01', awardedTo: '2025-12-31' } });
      const regionalExpected = await sqlIds(
        `SELECT id FROM talent_title WHERE region_code LIKE ? AND awarded_on >= '2023-01-01' AND awarded_on <= '2025-12-31' ORDER BY id`,
        [`${code}%`],
      );
      expect(nodeRowIds(regional)).toEqual(regionalExpected);

      const qilu = titles.find((t) => t.term_ends_on)!;
      const inTerm = await titles100({ filter: { inTermOn: qilu.term_ends_on } });
      const inTermExpected = await sqlIds(
        'SELECT id FROM talent_title WHERE awarded_on <= ? AND (term_ends_on IS NULL OR term_ends_on >= ?) ORDER BY id',
        [qilu.term_ends_on, qilu.term_ends_on],
      );
      expect(nodeRowIds(inTerm)).toEqual(inTermExpected.slice(0, 100));
      expect(inTerm.totalCount).toBe(inTermExpected.length);
    });

    it.each([
      [{ first: 101 }, 'first'],
      [{ filter: { regionCode: 'abc' } }, 'filter.regionCode'],
      [{ filter: { awardedFrom: '2025-01-02', awardedTo: '2024-12-31' } }, 'filter.awardedTo'],
    ])('rejects %j with an error naming %s', async (variables, argument) => {
      const body = await api.query(TITLES, variables);
      expect(Object.values(body.data ?? {})).toEqual([null]);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    });

    it('resolves TalentTitle.person for every title in one more statement', async () => {
      const data = await api.data(`{ talentTitles(first: 100) { edges { node { id person { id } } } } }`);
      expect(api.statements().hr).toBe(1);  // same-source levels below come with it, in one chained statement
      expect(data.talentTitles.edges.length).toBeGreaterThan(20);
      for (const { node } of data.talentTitles.edges) {
        expect(node.person.id).toBe(globalId('Person', titles.find((t) => t.id === rowIdOf(node.id))!.person_id));
      }
    });
  });

  describe('Person.skillCertificates and Person.talentTitles', () => {
    const NESTED = `query ($first: Int, $certFilter: SkillCertificateFilter) {
      persons(first: 100) { edges { node { id
        skillCertificates(first: $first, filter: $certFilter, orderBy: ISSUED_ON_DESC) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } }
        talentTitles(first: $first) { totalCount pageInfo { hasNextPage } edges { node { id } } }
      } } }
    }`;

    it('pages each person with one windowed statement per list, plus one GROUP BY per totalCount', async () => {
      const data = await api.data(NESTED, { first: 2 });
      expect(api.statements().hr).toBe(1 + 2 + 2);
      let empty = 0;
      let more = 0;
      for (const { node } of data.persons.edges) {
        const person = rowIdOf(node.id);
        const mine = certificates.filter((c) => c.person_id === person).sort((a, b) => (a.issued_on === b.issued_on ? a.id - b.id : a.issued_on < b.issued_on ? 1 : -1));
        expect(nodeRowIds(node.skillCertificates)).toEqual(mine.slice(0, 2).map((c) => c.id));
        expect(node.skillCertificates.totalCount).toBe(mine.length);
        expect(node.skillCertificates.pageInfo.hasNextPage).toBe(mine.length > 2);
        const myTitles = titles.filter((t) => t.person_id === person);
        expect(nodeRowIds(node.talentTitles)).toEqual(myTitles.slice(0, 2).map((t) => t.id));
        expect(node.talentTitles.totalCount).toBe(myTitles.length);
        if (mine.length === 0) empty++;
        if (mine.length > 2) more++;
      }
      expect(empty).toBeGreaterThan(0);
      expect(empty).toBeLessThan(100);
      expect(more).toBeGreaterThan(0);
    });

    it('continues one person past the first page and applies a nested filter', async () => {
      const counts = new Map<number, number>();
      for (const c of certificates) counts.set(c.person_id, (counts.get(c.person_id) ?? 0) + 1);
      const holder = [...counts].reduce((best, [id, n]) => (n > best.n ? { id, n } : best), { id: 0, n: 0 });
      const all = certificates.filter((c) => c.person_id === holder.id).map((c) => c.id);
      const query = `query ($id: ID!, $after: String) { node(id: $id) { ... on Person { skillCertificates(first: 1, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`;
      const seen = await walkForward<{ id: string }>(async (after) => (await api.data(query, { id: globalId('Person', holder.id), after })).node.skillCertificates);
      expect(seen.map((n) => rowIdOf(n.id))).toEqual(all);

      const data = await api.data(NESTED, { first: 10, certFilter: { kinds: ['SPECIALIZED_ABILITY'] } });
      for (const { node } of data.persons.edges) {
        const mine = certificates.filter((c) => c.person_id === rowIdOf(node.id) && c.kind === 'SPECIALIZED_ABILITY');
        expect(node.skillCertificates.totalCount).toBe(mine.length);
      }
      const bad = await api.query(NESTED, { first: 2, certFilter: { regionCode: '000000' } });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.regionCode' });
    });
  });

  it('round-trips SkillCertificate and TalentTitle through nodes(ids:), null for a miss', async () => {
    const certificate = certificates[9];
    const title = titles[2];
    const data = await api.data(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on SkillCertificate { certificateNumber } ... on TalentTitle { awardedOn } } }`,
      { ids: [globalId('SkillCertificate', certificate.id), globalId('TalentTitle', title.id), globalId('SkillCertificate', 9_999_999)] },
    );
    expect(data.nodes).toEqual([
      { __typename: 'SkillCertificate', id: globalId('SkillCertificate', certificate.id), certificateNumber: certificate.certificate_number },
      { __typename: 'TalentTitle', id: globalId('TalentTitle', title.id), awardedOn: title.awarded_on },
      null,
    ]);
  });
});
