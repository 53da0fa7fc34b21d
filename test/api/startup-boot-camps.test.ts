import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { builder, usccOf } from '../support/builders';
import { column } from '../support/sql';
import { graphql } from '../graphql';

/* Start-up services and boot camps (issue 13 item 2), read end to end and checked against SQL written here. */

const CAMPS = graphql(`query BootCampsWithParticipants($filter: BootCampFilter) {
  bootCamps(first: 50, filter: $filter, orderBy: STARTS_ON) {
    totalCount
    edges { node { code name organiser regionCode region { code } startsOn endsOn intake
      participants(first: 50) { totalCount edges { node { enterpriseUscc enterpriseKind status
        bootCamp { code }
        organization { uscc name inDirectory: workshops(first: 1) { totalCount } }
        operator { name }
        startupLoans(first: 10, orderBy: GRANTED_ON) { edges { node { grantedOn borrowerKind } } } } } } } }
  }
}`);

const SERVICES = graphql(`query StartupServicesPage($filter: StartupServiceFilter) {
  startupServices(first: 50, filter: $filter, orderBy: SERVED_ON) {
    totalCount
    edges { node { kind clientKind clientUscc centre topic servedOn regionCode person { name } organization { uscc } } }
  }
}`);

const PERSON_SIDE = graphql(`query PersonStartupSide($id: ID!) {
  node(id: $id) { ... on Person { name startupServices(first: 10) { totalCount edges { node { kind } } } bootCampParticipations(first: 10) { edges { node { bootCamp { code } } } } } }
}`);

const ORGANIZATION_SIDE = graphql(`query OrganizationStartupSide($uscc: String!) {
  organization(uscc: $uscc) { uscc startupServices(first: 10) { totalCount } bootCampParticipations(first: 10) { edges { node { bootCamp { code } operator { name } } } } }
}`);

describeEachBackend('start-up services and boot camps', (backend) => {
  let api: ApiHarness;
  const hr = () => api.db.sources.hr;
  let fixture: { camp: any; operator: any; enterprise: any; other: any; loans: any[] };
  beforeAll(async () => {
    api = await startApi(backend, 0);
    const b = await builder(api);
    const enterprise = await b.organization({ regionCode: '370702' });
    const operator = await b.person({ regionCode: '370702' });
    const other = await b.person({ regionCode: '370102' });
    const camp = await b.bootCamp({ code: 'CYXLY-2024-3707', name: '潍坊市“山东手造”创业训练营', organiser: '潍坊市公共就业和人才服务中心', regionCode: '370700', startsOn: '2024-05-10', endsOn: '2024-05-14', intake: 40 });
    const later = await b.bootCamp({ code: 'CYXLY-2025-3701', name: '济南市创业训练营', organiser: '济南市公共就业服务中心', regionCode: '370100', startsOn: '2025-04-01', endsOn: '2025-04-03', intake: 30 });
    await b.bootCampParticipant({ camp, person: operator, enterpriseUscc: enterprise.uscc, enterpriseKind: 'SMALL_MICRO', status: 'COMPLETED' });
    await b.bootCampParticipant({ camp: later, person: other, enterpriseUscc: usccOf(900, '370102'), enterpriseKind: 'STARTUP', status: 'SELECTED' });
    // Loans: one before the camp (not later), one to the operator after, one to the enterprise after.
    const loans = [
      await b.startupLoan({ borrowerPersonId: operator.id, grantedOn: '2024-01-05', regionCode: '370702' }),
      await b.startupLoan({ borrowerPersonId: operator.id, grantedOn: '2024-08-01', regionCode: '370702' }),
      await b.startupLoan({ borrowerPersonId: null, borrowerUscc: enterprise.uscc, grantedOn: '2024-05-10', regionCode: '370702' }),
    ];
    await b.startupService({ kind: 'GUIDANCE', person: operator, clientUscc: enterprise.uscc, centre: '潍城区公共就业服务中心', topic: 'SYB 创办你的企业', servedOn: '2024-03-01', regionCode: '370702' });
    await b.startupService({ kind: 'CONSULTATION', personId: null, clientUscc: enterprise.uscc, centre: '潍坊市创业服务中心', topic: '创业担保贷款政策', servedOn: '2024-04-01', regionCode: '370700' });
    await b.startupService({ kind: 'CONSULTATION', person: other, clientUscc: null, centre: '历下区公共就业服务中心', servedOn: '2024-06-01', regionCode: '370102' });
    fixture = { camp, operator, enterprise, other, loans };
  });
  afterAll(async () => api?.close());

  it('lists camps with their participants, each reaching its enterprise, operator and later loans, as SQL holds them', async () => {
    const data = await api.data(CAMPS);
    const camps = await hr().query('SELECT * FROM boot_camp ORDER BY starts_on, id');
    expect(data.bootCamps.totalCount).toBe(camps.length);
    expect(data.bootCamps.edges.map((e: any) => e.node.code)).toEqual(column(camps, 'code'));
    const first = data.bootCamps.edges[0].node;
    expect(first).toMatchObject({ code: 'CYXLY-2024-3707', organiser: '潍坊市公共就业和人才服务中心', regionCode: '370700', region: { code: '370700' }, startsOn: '2024-05-10', endsOn: '2024-05-14', intake: 40 });
    const [participant] = first.participants.edges.map((e: any) => e.node);
    expect(participant).toMatchObject({ enterpriseUscc: fixture.enterprise.uscc, enterpriseKind: 'SMALL_MICRO', status: 'COMPLETED', bootCamp: { code: first.code }, organization: { uscc: fixture.enterprise.uscc, name: fixture.enterprise.name }, operator: { name: fixture.operator.name } });
    // Later loans by SQL: to the operator or the enterprise, granted from the opening day on.
    const later = await hr().query(
      `SELECT l.granted_on FROM startup_loan l, boot_camp_participant p, boot_camp c WHERE p.camp_id = c.id AND c.code = ? AND l.granted_on >= c.starts_on AND (l.borrower_person_id = p.person_id OR l.borrower_uscc = p.enterprise_uscc) ORDER BY l.granted_on DESC, l.id`,
      ['CYXLY-2024-3707'],
    );
    expect(participant.startupLoans.edges.map((e: any) => e.node.grantedOn)).toEqual(column(later, 'granted_on'));
    expect(later).toHaveLength(2);
  });

  it('filters camps by region subtree and opening days', async () => {
    const inWeifang = await api.data(CAMPS, { filter: { regionCode: '370700' } });
    expect(inWeifang.bootCamps.edges.map((e: any) => e.node.code)).toEqual(column(await hr().query(`SELECT code FROM boot_camp WHERE region_code LIKE '3707%' ORDER BY starts_on, id`), 'code'));
    const in2025 = await api.data(CAMPS, { filter: { startsFrom: '2025-01-01' } });
    expect(in2025.bootCamps.edges.map((e: any) => e.node.code)).toEqual(['CYXLY-2025-3701']);
  });

  it('lists services with their person and enterprise, and filters by kind, client kind and USCC as SQL does', async () => {
    const all = await api.data(SERVICES);
    const rows = await hr().query('SELECT * FROM startup_service ORDER BY served_on DESC, id');
    expect(all.startupServices.edges.map((e: any) => [e.node.kind, e.node.servedOn, e.node.clientKind])).toEqual(rows.map((r: any) => [r.kind, r.served_on, r.person_id == null ? 'ENTERPRISE' : 'PERSON']));
    const consulted = await api.data(SERVICES, { filter: { kinds: ['CONSULTATION'], clientKinds: ['ENTERPRISE'] } });
    expect(consulted.startupServices.totalCount).toBe(Number((await hr().query(`SELECT COUNT(*) AS n FROM startup_service WHERE kind = 'CONSULTATION' AND person_id IS NULL`))[0].n));
    const ofEnterprise = await api.data(SERVICES, { filter: { clientUscc: fixture.enterprise.uscc } });
    expect(ofEnterprise.startupServices.totalCount).toBe(2);
    expect(ofEnterprise.startupServices.edges.every((e: any) => e.node.organization.uscc === fixture.enterprise.uscc)).toBe(true);
  });

  it('reaches them from the person and from the organisation', async () => {
    const id = (await api.data(`{ persons(first: 50) { edges { node { id name } } } }`)).persons.edges.find((e: any) => e.node.name === fixture.operator.name).node.id;
    const person = (await api.data(PERSON_SIDE, { id })).node as any;
    expect(person.startupServices.totalCount).toBe(1);
    expect(person.bootCampParticipations.edges.map((e: any) => e.node.bootCamp.code)).toEqual(['CYXLY-2024-3707']);
    const org = (await api.data(ORGANIZATION_SIDE, { uscc: fixture.enterprise.uscc })).organization!;
    expect(org.startupServices!.totalCount).toBe(2);
    expect(org.bootCampParticipations!.edges.map((e) => e.node.operator?.name)).toEqual([fixture.operator.name]);
  });

  it('keeps persons private: without person:read no participant and no service to a person; a region-limited viewer sees its own region’s', async () => {
    const publicServices = await api.as('PUBLIC').data(`{ startupServices(first: 10) { totalCount edges { node { clientKind clientUscc } } } }`);
    expect(publicServices.startupServices.edges.map((e: any) => e.node.clientKind)).toEqual(['ENTERPRISE']);
    expect(publicServices.startupServices.totalCount).toBe(1);
    const publicCamps = await api.as('PUBLIC').query(`{ bootCamps(first: 5) { totalCount edges { node { code participants(first: 5) { totalCount } } } } }`);
    expect(publicCamps.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.as('PUBLIC').data(`{ bootCamps(first: 5) { totalCount } }`)).bootCamps.totalCount).toBe(2);
    // A participant's global id does not open it to PUBLIC either.
    const [participant] = (await api.data(`{ bootCamps(first: 1, orderBy: STARTS_ON) { edges { node { participants(first: 1) { edges { node { id } } } } } } }`)).bootCamps.edges[0].node.participants.edges;
    const byId = await api.as('PUBLIC').query(`query ($id: ID!) { node(id: $id) { id } }`, { id: participant.node.id });
    expect(byId.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const partner = api.as('PARTNER', { region: '370100' });
    const theirs = await partner.data(SERVICES);
    expect(theirs.startupServices.edges.map((e: any) => e.node.regionCode).sort()).toEqual(['370102', '370700']);
    const camps = await partner.data(`{ bootCamps(first: 5, orderBy: STARTS_ON) { edges { node { code participants(first: 5) { totalCount } } } } }`);
    expect(camps.bootCamps.edges.map((e: any) => e.node.participants.totalCount)).toEqual([0, 1]);
  });
});

describeEachBackend('start-up seed', (backend) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(backend, 0.3);
  });
  afterAll(async () => api?.close());

  it('seeds camps of directory enterprises within their intake, services to persons and enterprises, and later loans reachable from the camps', async () => {
    const hr = api.db.sources.hr;
    const culture = api.db.sources.culture;
    const camps = await hr.query('SELECT c.id, c.intake, c.region_code, COUNT(p.id) AS n FROM boot_camp c LEFT JOIN boot_camp_participant p ON p.camp_id = c.id GROUP BY c.id, c.intake, c.region_code');
    expect(camps.length).toBeGreaterThan(10);
    for (const c of camps) expect(Number(c.n)).toBeLessThanOrEqual(Number(c.intake));
    expect(camps.every((c: any) => /^37\d\d00$/.test(c.region_code))).toBe(true);
    const usccs = column(await hr.query('SELECT DISTINCT enterprise_uscc FROM boot_camp_participant'), 'enterprise_uscc');
    const directory = new Set(column(await culture.query(`SELECT uscc FROM organization WHERE org_type = 'ENTERPRISE'`), 'uscc'));
    expect(usccs.length).toBeGreaterThan(20);
    expect(usccs.filter((u) => !directory.has(u))).toEqual([]);
    const kinds = await hr.query(`SELECT SUM(CASE WHEN person_id IS NULL THEN 1 ELSE 0 END) AS alone, SUM(CASE WHEN client_uscc IS NULL THEN 1 ELSE 0 END) AS persons, COUNT(*) AS n FROM startup_service`);
    expect(Number(kinds[0].alone)).toBeGreaterThan(0);
    expect(Number(kinds[0].persons)).toBeGreaterThan(0);
    const [later] = await hr.query(
      `SELECT COUNT(DISTINCT l.id) AS n FROM startup_loan l, boot_camp_participant p, boot_camp c WHERE p.camp_id = c.id AND l.granted_on >= c.starts_on AND (l.borrower_person_id = p.person_id OR l.borrower_uscc = p.enterprise_uscc)`,
    );
    expect(Number(later.n)).toBeGreaterThan(0);
    const page = await api.data(`{ bootCamps(first: 100) { totalCount edges { node { participants(first: 100) { edges { node { startupLoans(first: 10) { totalCount } } } } } } } }`);
    expect(page.bootCamps.totalCount).toBe(camps.length);
    const reached = page.bootCamps.edges.flatMap((e: any) => e.node.participants.edges).reduce((sum: number, e: any) => sum + e.node.startupLoans.totalCount, 0);
    const [pairs] = await hr.query(
      `SELECT COUNT(*) AS n FROM (SELECT DISTINCT p.id AS pid, l.id AS lid FROM startup_loan l, boot_camp_participant p, boot_camp c WHERE p.camp_id = c.id AND l.granted_on >= c.starts_on AND (l.borrower_person_id = p.person_id OR l.borrower_uscc = p.enterprise_uscc)) x`,
    );
    expect(reached).toBe(Number(pairs.n));
  });

  it('costs statements by levels, not rows: camps → participants → operator, enterprise and later loans; pilots → enterprises, providers, programmes', async () => {
    const camps = (n: number) => `{ bootCamps(first: ${n}) { edges { node { code participants(first: 50) { edges { node { operator { name } organization { name } startupLoans(first: 5) { totalCount } } } } } } } }`;
    await api.data(camps(2));
    const few = api.statements();
    await api.data(camps(40));
    expect(api.statements()).toEqual(few);
    const pilots = (n: number) => `{ industryPilots(first: ${n}) { edges { node { code enterprises { name } providers { name } catalogEntries(first: 5) { edges { node { code designations { year } } } } } } } }`;
    await api.data(pilots(1));
    const one = api.statements();
    await api.data(pilots(30));
    expect(api.statements()).toEqual(one);
  });

  it('seeds pilots whose providers are filed providers and whose enterprises are in the directory, and one featured brand per city and year at most', async () => {
    const hr = api.db.sources.hr;
    const members = await hr.query('SELECT role, uscc FROM industry_pilot_member');
    expect(members.length).toBeGreaterThan(10);
    const providers = new Set(column(await hr.query('SELECT uscc FROM training_provider'), 'uscc'));
    const directory = new Set(column(await api.db.sources.culture.query('SELECT uscc FROM organization'), 'uscc'));
    expect(members.filter((m: any) => m.role === 'TRAINING_PROVIDER' && !providers.has(m.uscc))).toEqual([]);
    expect(members.filter((m: any) => m.role === 'ENTERPRISE' && !directory.has(m.uscc))).toEqual([]);
    const [entries] = await hr.query(`SELECT COUNT(*) AS n FROM industry_pilot_catalog_entry r JOIN training_catalog_entry e ON e.id = r.entry_id WHERE e.status <> 'PUBLISHED'`);
    expect(Number(entries.n)).toBe(0);
    const brands = await hr.query(`SELECT d.region_code, b.region_code AS brand_region FROM featured_designation d JOIN labor_brand b ON b.id = d.labor_brand_id WHERE d.kind = 'CITY_BRAND'`);
    expect(brands.length).toBeGreaterThan(0);
    expect(brands.filter((b: any) => b.brand_region.slice(0, 4) !== b.region_code.slice(0, 4))).toEqual([]);
  });
});
