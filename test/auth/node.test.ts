import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { inPartnerRegion, PARTNER_CODES, PARTNER_REGION, rows, inList } from './helpers';
import { globalId } from '../support/ids';

// For each person type: how to find one row of a person inside and one
// outside the partner's region (the person's residence decides).
const PERSON_TYPES: Array<{ type: string; sql: string }> = [
  { type: 'Person', sql: 'SELECT t.id FROM person t JOIN person sp ON sp.id = t.id' },
  { type: 'TargetGroupStatus', sql: 'SELECT t.id FROM target_group_status t JOIN person sp ON sp.id = t.person_id' },
  { type: 'Enrollment', sql: 'SELECT t.id FROM enrollment t JOIN person sp ON sp.id = t.person_id' },
  { type: 'SubsidyClaim', sql: 'SELECT t.id FROM subsidy_claim t JOIN enrollment e ON e.id = t.enrollment_id JOIN person sp ON sp.id = e.person_id' },
  { type: 'SkillCertificate', sql: 'SELECT t.id FROM skill_certificate t JOIN person sp ON sp.id = t.person_id' },
  { type: 'TalentTitle', sql: 'SELECT t.id FROM talent_title t JOIN person sp ON sp.id = t.person_id' },
  { type: 'ContestEntry', sql: 'SELECT t.id FROM contest_entry t JOIN person sp ON sp.id = t.person_id' },
  { type: 'StartupLoan', sql: 'SELECT t.id FROM startup_loan t JOIN person sp ON sp.id = t.borrower_person_id' },
  { type: 'JobSeeker', sql: 'SELECT t.id FROM job_seeker t JOIN person sp ON sp.id = t.person_id' },
  { type: 'EmploymentService', sql: 'SELECT t.id FROM employment_service t JOIN person sp ON sp.id = t.person_id' },
];

describeEachBackend('node(id:) and nodes(ids:) of person records, per role', (backend) => {
  let api: ApiHarness;
  const ids: Record<string, { inside: string; outside: string }> = {};
  beforeAll(async () => {
    api = await startApi(backend, 0.2);
    const list = inList(PARTNER_CODES);
    for (const { type, sql } of PERSON_TYPES) {
      const [inside] = await rows(api, 'hr', `${sql} WHERE sp.region_code IN ${list.sql} ORDER BY t.id LIMIT 1`, list.params);
      const [outside] = await rows(api, 'hr', `${sql} WHERE sp.region_code NOT IN ${list.sql} ORDER BY t.id LIMIT 1`, list.params);
      ids[type] = { inside: globalId(type, inside.id), outside: globalId(type, outside.id) };
    }
  });
  afterAll(async () => api?.close());

  const NODE = 'query ($id: ID!) { node(id: $id) { __typename id } }';

  it.each(PERSON_TYPES.filter((t) => t.type !== 'StartupLoan'))('$type: PUBLIC gets FORBIDDEN before any lookup', async ({ type }) => {
    const body = await api.as('PUBLIC').query(NODE, { id: ids[type].inside });
    expect(body.data).toEqual({ node: null });
    expect(body.errors).toEqual([
      expect.objectContaining({ path: ['node'], extensions: expect.objectContaining({ code: 'FORBIDDEN', field: 'Query.node', argument: 'id' }) }),
    ]);
    expect(body.errors![0].message).toContain(type);
    expect(api.statements().hr).toBe(0);
  });

  it('StartupLoan: PUBLIC sees a loan to an organisation, and a loan to a person as missing (null)', async () => {
    const [organisation] = await rows(api, 'hr', 'SELECT id FROM startup_loan WHERE borrower_person_id IS NULL ORDER BY id LIMIT 1');
    const publicCaller = api.as('PUBLIC');
    expect((await publicCaller.data(NODE, { id: globalId('StartupLoan', organisation.id) })).node).toEqual({ __typename: 'StartupLoan', id: globalId('StartupLoan', organisation.id) });
    expect((await publicCaller.data(NODE, { id: ids.StartupLoan.inside })).node).toBeNull();
  });

  it.each(PERSON_TYPES)('$type: a partner gets its own region\'s record, and null outside it', async ({ type }) => {
    const partner = api.as('PARTNER', { region: PARTNER_REGION });
    expect((await partner.data(NODE, { id: ids[type].inside })).node).toEqual({ __typename: type, id: ids[type].inside });
    expect((await partner.data(NODE, { id: ids[type].outside })).node).toBeNull();
    for (const role of ['ANALYST', 'HR_AGENCY', 'CULTURE_AGENCY', 'ADMIN'] as const) {
      expect((await api.as(role).data(NODE, { id: ids[type].outside })).node).toEqual({ __typename: type, id: ids[type].outside });
    }
  });

  it('nodes(ids:): a PUBLIC caller gets FORBIDDEN for the person items only, the rest resolve', async () => {
    const [item] = await rows(api, 'culture', 'SELECT id FROM heritage_item ORDER BY id LIMIT 1');
    const itemId = globalId('HeritageItem', item.id);
    const body = await api.as('PUBLIC').query('query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: [itemId, ids.Person.inside, ids.Enrollment.outside] });
    expect(body.data!.nodes).toEqual([{ __typename: 'HeritageItem', id: itemId }, null, null]);
    expect(body.errors!.map((e) => [e.path, e.extensions?.code, e.extensions?.argument])).toEqual([
      [['nodes', 1], 'FORBIDDEN', 'ids[1]'],
      [['nodes', 2], 'FORBIDDEN', 'ids[2]'],
    ]);
  });

  it('nodes(ids:): a partner gets its region\'s persons and null for the others, in order', async () => {
    const partner = api.as('PARTNER', { region: PARTNER_REGION });
    const data = await partner.data('query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Person { regionCode } } }', {
      ids: [ids.Person.outside, ids.Person.inside, ids.SkillCertificate.outside, ids.SkillCertificate.inside],
    });
    expect(data.nodes[0]).toBeNull();
    expect(inPartnerRegion(data.nodes[1].regionCode)).toBe(true);
    expect(data.nodes[2]).toBeNull();
    expect(data.nodes[3]).toEqual({ id: ids.SkillCertificate.inside });
  });

  it('a partner reaches no outside person through an inheritor or a workshop either', async () => {
    const partner = api.as('PARTNER', { region: PARTNER_REGION });
    const list = inList(PARTNER_CODES);
    // An inheritor of another region: invisible to the partner, by node as in lists.
    const [foreign] = await rows(api, 'culture', `SELECT id FROM inheritor WHERE region_code NOT IN ${list.sql} ORDER BY id LIMIT 1`, list.params);
    expect((await partner.data(NODE, { id: globalId('Inheritor', foreign.id) })).node).toBeNull();
    expect((await api.as('ANALYST').data(NODE, { id: globalId('Inheritor', foreign.id) })).node).not.toBeNull();
    // A workshop anywhere shows only the partner's trainees.
    const workshops = await rows(api, 'culture', 'SELECT id FROM workshop WHERE operator_uscc IS NOT NULL ORDER BY id');
    const query = 'query ($ids: [ID!]!) { nodes(ids: $ids) { ... on Workshop { trainees(first: 100) { edges { node { regionCode } } } } } }';
    const variables = { ids: workshops.slice(0, 100).map((w) => globalId('Workshop', w.id)) };
    const mine = (await partner.data(query, variables)).nodes.flatMap((w: any) => w.trainees.edges.map((e: any) => e.node.regionCode));
    const all = (await api.as('ANALYST').data(query, variables)).nodes.flatMap((w: any) => w.trainees.edges.map((e: any) => e.node.regionCode));
    expect(all.some((code: string) => !inPartnerRegion(code))).toBe(true);
    expect(mine.every(inPartnerRegion)).toBe(true);
    expect(mine.length).toBe(all.filter(inPartnerRegion).length);
  });
});
