import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi, testToken } from '../support/api';
import { parseCsv } from '../../src/shared/files/csv';
import { maskedId } from '../support/masks';
import { globalId } from '../support/ids';

type Row = Record<string, any>;


describeEachBackend('CSV export', (backend) => {
  let api: ApiHarness;
  let admin: string;
  const hr = () => api.db.sources.hr;
  beforeAll(async () => {
    api = await startApi(backend, 0.3);
    admin = await testToken('ADMIN', { scopes: ['pii:read'] });
  });
  afterAll(async () => api?.close());

  const exportUrl = () => api.url.replace(/\/graphql$/, '/export/csv');

  /** POSTs an export; the body as bytes, so the byte-order mark is seen as sent. */
  async function download(body: unknown, headers: Record<string, string> = { authorization: `Bearer ${admin}` }) {
    for (const counter of Object.values(api.counters)) counter.reset();
    const response = await fetch(exportUrl(), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { status: response.status, headers: response.headers, bytes, text: bytes.toString('utf8') };
  }

  /** The CSV as records, after checking the byte-order mark and CRLF line ends. */
  function records(bytes: Buffer): string[][] {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
    return parseCsv(text);
  }

  it('exports a whole connection page by page with its cursors, every row once and in order, as SQL lists it', async () => {
    const query = `query ($statuses: [EnrollmentStatus!]) {
      enrollments(filter: { statuses: $statuses }) { totalCount edges { node { id enrolledOn status targetGroup cohort { code } } } }
    }`;
    const res = await download({ query, variables: { statuses: ['COMPLETED', 'DROPPED'] } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="enrollments.csv"; filename*=UTF-8''enrollments.csv`);
    const [header, ...rows] = records(res.bytes);
    expect(header).toEqual(['id', 'enrolledOn', 'status', 'targetGroup', 'cohort.code']);
    const expected: Row[] = await hr().query(
      `SELECT e.id, e.enrolled_on, e.status, e.target_group, c.code FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id WHERE e.status IN ('COMPLETED', 'DROPPED') ORDER BY e.id`,
    );
    expect(expected.length).toBeGreaterThan(250);
    expect(rows).toEqual(expected.map((r) => [globalId('Enrollment', r.id), r.enrolled_on, r.status, r.target_group ?? '', r.code]));
    // 100 rows a page, two statements a page (the page and its cohorts), and no COUNT for the totalCount the file does not hold.
    const pages = Math.ceil(expected.length / 100);
    expect(api.statements().hr).toBeLessThanOrEqual(2 * pages + 1);
    expect(api.counters.hr.statements.some((s) => /COUNT\(\*\)/i.test(s))).toBe(false);
  });

  it('exports a dispatch report with Chinese headers and names intact, row for row as GraphQL answers', async () => {
    const query = `{ dispatchReport(period: { kind: YEAR, year: 2024 }) { rows { label region { code } traineesEnrolled { total } subsidies { paidAmount } } } }`;
    const res = await download({ query, headers: 'labels', filename: '调度表 2024' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="____2024.csv"; filename*=UTF-8''${encodeURIComponent('调度表_2024.csv')}`);
    const [header, ...rows] = records(res.bytes);
    expect(header).toEqual(['行名称', '地区·行政区划代码', '培训人次（报名）·合计', '培训补贴·本期拨付金额（元）']);
    const { dispatchReport } = await api.data(query);
    expect(rows).toEqual(dispatchReport.rows.map((r: Row) => [r.label, r.region.code, String(r.traineesEnrolled.total), r.subsidies.paidAmount]));
    expect(rows[0][0]).toBe('济南市');
    expect(rows[rows.length - 1][0]).toBe('合计');
  });

  it('exports a group-by result’s groups by default, or the list a path names, and asks for a path when in doubt', async () => {
    const query = `{ enrollmentStatistics(groupBy: [CITY, TARGET_GROUP]) { groupBy groups { keys { city { name } targetGroup } enrollments completed } total { enrollments } } }`;
    const { enrollmentStatistics } = await api.data(query);
    const expected = enrollmentStatistics.groups.map((g: Row) => [g.keys.city.name, g.keys.targetGroup ?? '', String(g.enrollments), String(g.completed)]);
    for (const path of [null, 'enrollmentStatistics.groups']) {
      const res = await download({ query, path });
      const [header, ...rows] = records(res.bytes);
      expect(header).toEqual(['keys.city.name', 'keys.targetGroup', 'enrollments', 'completed']);
      expect(rows).toEqual(expected);
    }
    const scalars = await download({ query, path: 'enrollmentStatistics.groupBy' });
    expect(records(scalars.bytes)).toEqual([['groupBy'], ['CITY'], ['TARGET_GROUP']]);
    const ambiguous = await download({ query: `{ dispatchReport(period: { kind: YEAR, year: 2024 }) { rows { label } other: rows { kind } } }` });
    expect(ambiguous.status).toBe(400);
    expect(JSON.parse(ambiguous.text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'path' });
    const limited = await download({ query: '{ enrollments { edges { node { id } } } }', limit: 150 });
    expect(records(limited.bytes)).toHaveLength(151);
  });

  it('shows personal data as GraphQL does: masked for an analyst, in full (and audited) with pii:read, refused to the public', async () => {
    const query = '{ enrollments(filter: { statuses: [COMPLETED] }) { edges { node { id trainee { name idNumber phone } } } } }';
    const [first] = await hr().query(`SELECT p.citizen_id, p.phone FROM enrollment e JOIN person p ON p.id = e.person_id WHERE e.status = 'COMPLETED' ORDER BY e.id LIMIT 1`);
    const analyst = await download({ query, limit: 5 }, { authorization: `Bearer ${await testToken('ANALYST')}` });
    expect(analyst.status).toBe(200);
    const [, masked] = records(analyst.bytes);
    expect(masked[2]).toBe(maskedId(first.citizen_id));

    const audits = async () => Number((await api.db.sources.gateway.query('SELECT COUNT(*) AS n FROM audit_event'))[0].n);
    const before = await audits();
    const full = await download({ query, limit: 5 });
    const [, plain] = records(full.bytes);
    expect(plain[2]).toBe(first.citizen_id);
    // the unmasked reads, as GraphQL writes them, and the export's own event
    expect(await audits()).toBe(before + 2);

    const anonymous = await download({ query, limit: 5 }, {});
    expect(anonymous.status).toBe(403);
    expect(JSON.parse(anonymous.text).errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it.each<[string, unknown, Record<string, string> | undefined, number, Record<string, unknown>]>([
    ['a query that does not validate', { query: '{ enrollments { nope } }' }, undefined, 400, { code: 'GRAPHQL_VALIDATION_FAILED' }],
    ['a bad argument', { query: '{ dispatchReport(period: { kind: MONTH, year: 2024, number: 13 }) { rows { label } } }' }, undefined, 400, { code: 'BAD_USER_INPUT', argument: 'period.number' }],
    ['a mutation', { query: 'mutation { __typename }' }, undefined, 400, { code: 'BAD_USER_INPUT' }],
    ['a path that is not selected', { query: '{ enrollments { edges { node { id } } } }', path: 'enrollments.pageInfo' }, undefined, 400, { code: 'BAD_USER_INPUT', argument: 'path' }],
    ['a path into a nested connection that does not say how long', { query: '{ heritageItems { edges { node { listings { edges { node { number } } } } } } }', path: 'heritageItems.edges.node.listings.edges.node' }, undefined, 400, { argument: 'heritageItems.edges.node.listings.first' }],
    ['a bad limit', { query: '{ enrollments { edges { node { id } } } }', limit: 0 }, undefined, 400, { argument: 'limit' }],
    ['a credential that does not check out', { query: '{ enrollments { edges { node { id } } } }' }, { authorization: 'Bearer not-a-token' }, 401, { code: 'UNAUTHENTICATED' }],
  ])('refuses %s before sending anything, with the status and error GraphQL would give', async (_name, body, headers, status, extensions) => {
    const res = await download(body, headers);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(JSON.parse(res.text).errors[0].extensions).toMatchObject(extensions);
  });

  it('follows aliases and named fragments, in columns and in the path', async () => {
    const query = `query Rows { list: enrollments(orderBy: ENROLLED_ON) { edges { row: node { ...Place when: enrolledOn } } } }
      fragment Place on Enrollment { id cohort { code } }`;
    const res = await download({ query, operationName: 'Rows', limit: 120 });
    const [header, ...rows] = records(res.bytes);
    expect(header).toEqual(['id', 'cohort.code', 'when']);
    const expected: Row[] = await hr().query('SELECT e.id, c.code, e.enrolled_on FROM enrollment e JOIN training_cohort c ON c.id = e.cohort_id ORDER BY e.enrolled_on, e.id LIMIT 120');
    expect(rows).toEqual(expected.map((r) => [globalId('Enrollment', r.id), r.code, r.enrolled_on]));
    expect(res.headers.get('content-disposition')).toContain('filename="list.csv"');
  });

  it('applies the query limits of /graphql to the operation and to each page', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: id`).join(' ');
    const res = await download({ query: `{ enrollments { edges { node { ${aliases} } } } }` });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).errors[0].extensions).toEqual(expect.objectContaining({ code: 'TOO_MANY_ALIASES' }));
  });

  it('takes only JSON bodies, so a browser form cannot start an export', async () => {
    const response = await fetch(exportUrl(), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ regions { edges { node { code } } } }' }) });
    expect(response.status).toBe(415);
  });
});
