import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { builder } from '../support/builders';
import { globalId } from '../support/ids';
import { rows } from '../support/sql';

/** The cross-agency fields not covered by the four-level chains, each checked against SQL on both sources. */
describeEachBackend('cross-agency link fields', (backend) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(backend, 0.3);
  });
  afterAll(async () => api?.close());

  it('HeritageItem.laborBrands and .contests match HR records citing the item key, in one statement each', async () => {
    const data: any = await api.data(`{ heritageItems(first: 100, filter: { categories: [TRADITIONAL_ART, TRADITIONAL_CRAFTSMANSHIP] }) {
      edges { node { itemKey laborBrands(first: 10) { totalCount edges { node { name } } } contests(first: 10) { totalCount edges { node { name } } } } } } }`);
    expect(api.statements()).toEqual({ culture: 1, hr: 4, gateway: 0 });
    let brands = 0;
    let contests = 0;
    for (const { node } of data.heritageItems.edges) {
      const b = await rows(api, 'hr', 'SELECT name FROM labor_brand WHERE item_key = ? ORDER BY id', [node.itemKey]);
      expect(node.laborBrands.totalCount).toBe(b.length);
      expect(node.laborBrands.edges.map((e: any) => e.node.name)).toEqual(b.slice(0, 10).map((r) => r.name));
      const c = await rows(api, 'hr', 'SELECT name FROM contest WHERE item_key = ? ORDER BY id', [node.itemKey]);
      expect(node.contests.totalCount).toBe(c.length);
      expect(node.contests.edges.map((e: any) => e.node.name)).toEqual(c.slice(0, 10).map((r) => r.name));
      brands += b.length;
      contests += c.length;
    }
    expect(brands).toBeGreaterThan(0);
    expect(contests).toBeGreaterThan(0);
  });

  it('Vacancy.employer, LaborBrandUnit.organization and TrainingCohort.provider resolve USCCs to organisations in batches', async () => {
    const data: any = await api.data(`{
      vacancies(first: 100) { edges { node { employerUscc employer { uscc name inDirectory } } } }
      laborBrands(first: 50) { edges { node { units(first: 20) { edges { node { uscc organization { uscc name } } } } } } }
      trainingCohorts(first: 100) { edges { node { providerUscc provider { uscc name } } } }
    }`);
    const directory = new Map((await rows(api, 'culture', 'SELECT uscc, name FROM organization')).map((r) => [r.uscc, r.name]));
    const providers = new Map((await rows(api, 'hr', 'SELECT uscc, name FROM training_provider')).map((r) => [r.uscc, r.name]));
    for (const { node } of data.vacancies.edges) {
      expect(node.employer.uscc).toBe(node.employerUscc);
      expect(node.employer.inDirectory).toBe(directory.has(node.employerUscc));
      expect(node.employer.name).toBe(directory.get(node.employerUscc) ?? providers.get(node.employerUscc) ?? null);
    }
    const units = data.laborBrands.edges.flatMap((e: any) => e.node.units.edges.map((u: any) => u.node));
    expect(units.length).toBeGreaterThan(0);
    for (const unit of units) expect(unit.organization).toEqual({ uscc: unit.uscc, name: directory.get(unit.uscc) });
    for (const { node } of data.trainingCohorts.edges) {
      expect(node.provider.uscc).toBe(node.providerUscc);
      expect(node.provider.name).toBe(directory.get(node.providerUscc) ?? providers.get(node.providerUscc));
    }
  });

  it('names an organisation by the directory first, else by its training-provider filing, else not at all', async () => {
    const b = await builder(api);
    const listed = await b.organization();
    const listedProvider = await b.trainingProvider({ uscc: listed.uscc, name: '同一机构的备案名称' });
    const filedOnly = await b.trainingProvider();
    const vacancies = [await b.vacancy({ employer: listed }), await b.vacancy({ employer: filedOnly }), await b.vacancy()];
    const cohorts = [await b.trainingCohort({ provider: listedProvider }), await b.trainingCohort({ provider: filedOnly })];
    const data: any = await api.data(
      `query ($vacancies: [ID!]!, $cohorts: [ID!]!) {
        vacancies: nodes(ids: $vacancies) { ... on Vacancy { employer { uscc name inDirectory } } }
        cohorts: nodes(ids: $cohorts) { ... on TrainingCohort { provider { uscc name } } } }`,
      { vacancies: vacancies.map((v) => globalId('Vacancy', v.id)), cohorts: cohorts.map((c) => globalId('TrainingCohort', c.id)) },
    );
    expect(data.vacancies).toEqual([
      { employer: { uscc: listed.uscc, name: listed.name, inDirectory: true } },
      { employer: { uscc: filedOnly.uscc, name: filedOnly.name, inDirectory: false } },
      { employer: { uscc: vacancies[2].employerUscc, name: null, inDirectory: false } },
    ]);
    expect(data.cohorts).toEqual([{ provider: { uscc: listed.uscc, name: listed.name } }, { provider: { uscc: filedOnly.uscc, name: filedOnly.name } }]);
  });

  it('Workshop.vacancies are the operator’s vacancies; a production point without operator has none', async () => {
    const data: any = await api.data(`{ workshops(first: 100) { edges { node { operatorUscc operator { uscc } vacancies(first: 50) { totalCount edges { node { title } } } } } } }`);
    let withOperator = 0;
    for (const { node } of data.workshops.edges) {
      if (!node.operatorUscc) {
        expect(node.operator).toBeNull();
        expect(node.vacancies.totalCount).toBe(0);
        continue;
      }
      withOperator++;
      const v = await rows(api, 'hr', 'SELECT title FROM vacancy WHERE employer_uscc = ? ORDER BY id', [node.operatorUscc]);
      expect(node.vacancies.totalCount).toBe(v.length);
      expect(node.vacancies.edges.map((e: any) => e.node.title)).toEqual(v.slice(0, 50).map((r) => r.title));
    }
    expect(withOperator).toBeGreaterThan(0);
    expect(data.workshops.edges.some((e: any) => !e.node.operatorUscc)).toBe(true);
  });

  it('Person.enrollments and .startupLoans, Enrollment.trainee and Inheritor.person agree with SQL', async () => {
    const [borrower] = await rows(api, 'hr', 'SELECT borrower_person_id AS id FROM startup_loan WHERE borrower_person_id IS NOT NULL ORDER BY id LIMIT 1');
    const id = globalId('Person', borrower.id);
    const data: any = await api.data(`query ($id: ID!) { node(id: $id) { ... on Person { name
      enrollments(first: 50) { totalCount edges { node { enrolledOn trainee { name } } } }
      startupLoans(first: 10) { totalCount edges { node { amount borrower { ... on Person { name } } } } } } } }`, { id });
    const [person] = await rows(api, 'hr', 'SELECT name FROM person WHERE id = ?', [borrower.id]);
    const enrolled = await rows(api, 'hr', 'SELECT enrolled_on FROM enrollment WHERE person_id = ? ORDER BY id', [borrower.id]);
    expect(data.node.name).toBe(person.name);
    expect(data.node.enrollments.totalCount).toBe(enrolled.length);
    for (const e of data.node.enrollments.edges) expect(e.node.trainee.name).toBe(person.name);
    const loans = await rows(api, 'hr', 'SELECT amount FROM startup_loan WHERE borrower_person_id = ? ORDER BY id', [borrower.id]);
    expect(data.node.startupLoans.edges.map((e: any) => e.node.amount)).toEqual(loans.map((r) => Number(r.amount).toFixed(2)));
    for (const e of data.node.startupLoans.edges) expect(e.node.borrower.name).toBe(person.name);

    const inheritors: any = await api.data(`{ inheritors(first: 100) { edges { node { name person { name } } } } }`);
    for (const { node } of inheritors.inheritors.edges) expect(node.person?.name).toBe(node.name);
  });
});
