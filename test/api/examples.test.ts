import fs from 'node:fs';
import path from 'node:path';
import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { MASKED_ID } from '../support/masks';
import { exampleViewer } from '../../src/ide/ide.examples';

const EXAMPLES = path.join(__dirname, '../../schema/examples');
const example = (name: string) => fs.readFileSync(path.join(EXAMPLES, `${name}.graphql`), 'utf8');

/** The IDE's example operations, run against the demo data a fresh `npm start` seeds (scale 1, seed 1). */
describeEachBackend('example operations', (backend) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(backend, 1, 1);
  });
  afterAll(async () => api?.close());

  it('has the examples the IDE opens with', () => {
    expect(fs.readdirSync(EXAMPLES).sort()).toEqual(['dashboard.graphql', 'paging.graphql', 'partnerLookup.graphql', 'personAcrossAgencies.graphql', 'quarterlyDispatch.graphql']);
  });

  it('names its viewer in its first line, and runs cleanly as that viewer', async () => {
    const viewers: Record<string, string | null> = {};
    for (const file of fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.graphql'))) {
      const query = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
      const viewer = exampleViewer(query);
      viewers[file] = viewer;
      if (!viewer) continue;
      const body = await api.as(viewer).query(query);
      expect({ file, viewer, errors: body.errors }).toEqual({ file, viewer, errors: undefined });
    }
    expect(viewers).toEqual({
      'dashboard.graphql': 'ANALYST',
      'paging.graphql': 'PUBLIC',
      'partnerLookup.graphql': 'PUBLIC',
      'personAcrossAgencies.graphql': 'ANALYST',
      'quarterlyDispatch.graphql': 'PUBLIC',
    });
  });

  it('the ANALYST examples are refused to PUBLIC with an error naming the permission, as their first line warns', async () => {
    for (const name of ['dashboard', 'personAcrossAgencies']) {
      const body = await api.as('PUBLIC').query(example(name));
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(body.errors?.[0]?.message).toMatch(/needs permission person:read/);
    }
  });

  it('dashboard: Weifang craft items with workshops, operators, brands and training', async () => {
    const data: any = await api.as('ANALYST').data(example('dashboard'));
    const items = data.heritageItems.edges.map((e: any) => e.node);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(['NATIONAL', 'PROVINCIAL']).toContain(item.level);
    const workshops = items.flatMap((i: any) => i.workshops.edges.map((e: any) => e.node));
    expect(workshops.some((w: any) => w.operator !== null)).toBe(true);
    const cohorts = items.flatMap((i: any) => i.trainingCatalogEntries.edges.flatMap((e: any) => e.node.cohorts.edges));
    expect(cohorts.length).toBeGreaterThan(0);
  });

  it('partnerLookup: the default USCC is known to both agencies', async () => {
    const data: any = await api.as('PUBLIC').data(example('partnerLookup'));
    const org = data.organization;
    expect(org).not.toBeNull();
    expect(org.inDirectory).toBe(true);
    expect(org.workshops.totalCount).toBeGreaterThan(0);
    expect(org.laborBrandUnits.length).toBeGreaterThan(0);
    expect(org.trainingProvider).not.toBeNull();
    expect(org.vacancies.totalCount).toBeGreaterThan(0);
  });

  it('personAcrossAgencies and paging return data', async () => {
    const persons: any = await api.as('ANALYST').data(example('personAcrossAgencies'));
    expect(persons.persons.edges.length).toBe(10);
    for (const e of persons.persons.edges) expect(e.node.idNumber).toMatch(MASKED_ID);
    const page: any = await api.as('PUBLIC').data(example('paging'));
    expect(page.heritageItems.edges.length).toBe(5);
  });

  it('quarterlyDispatch: a row per city and a total, and trainees grouped by city and target group', async () => {
    const data: any = await api.as('ANALYST').data(example('quarterlyDispatch'));
    const rows = data.dispatchReport.rows;
    expect(rows.filter((r: any) => r.kind === 'REGION')).toHaveLength(16);
    expect(rows[rows.length - 1].kind).toBe('TOTAL');
    expect(rows[rows.length - 1].traineesEnrolled.total).toBeGreaterThan(0);
    const enrolled = data.enrollmentStatistics.groups.reduce((sum: number, g: any) => sum + g.enrollments, 0);
    expect(enrolled).toBe(rows[rows.length - 1].traineesEnrolled.total);
  });
});
