import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { builder } from '../support/builders';
import { globalId } from '../support/ids';
import { maskedId } from '../support/masks';
import { rows } from '../support/sql';

const WORKSHOP_CHAIN = `query ($first: Int) {
  heritageItems(first: $first, filter: { categories: [TRADITIONAL_ART, TRADITIONAL_CRAFTSMANSHIP] }) {
    edges { node { itemKey workshops(first: 5) { edges { node { name operator { uscc name laborBrandUnits { uscc brand { name } } } } } } } }
  }
}`;

const TRAINING_CHAIN = `query ($first: Int) {
  heritageItems(first: $first, filter: { categories: [TRADITIONAL_ART, TRADITIONAL_CRAFTSMANSHIP] }) {
    edges { node { itemKey trainingCatalogEntries(first: 3) { edges { node { code cohorts(first: 3) { edges { node { code enrollments(first: 5) {
      edges { node { status trainee { name talentTitles(first: 5) { edges { node { kind year } } } } } } } } } } } } } } }
  }
}`;

describeEachBackend('cross-agency queries', (backend) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(backend, 0.3);
  });
  afterAll(async () => api?.close());

  it('item → workshops → operator → labour-brand units: right data, statements bounded by levels, not rows', async () => {
    const small: any = await api.data(WORKSHOP_CHAIN, { first: 5 });
    const smallCount = api.statements();
    const large: any = await api.data(WORKSHOP_CHAIN, { first: 80 });
    const largeCount = api.statements();
    expect(large.heritageItems.edges.length).toBeGreaterThanOrEqual(50);
    // culture: items with their workshops (one chained statement), operators; hr: units with their brands (one chained statement).
    expect(largeCount).toEqual({ culture: 2, hr: 1, gateway: 0 });
    expect(smallCount.culture + smallCount.hr).toBeLessThanOrEqual(largeCount.culture + largeCount.hr);

    let operators = 0;
    let units = 0;
    for (const { node: item } of large.heritageItems.edges) {
      const expected = await rows(
        api, 'culture',
        `SELECT w.name, w.operator_uscc FROM workshop w JOIN workshop_heritage_item j ON j.workshop_id = w.id JOIN heritage_item i ON i.id = j.item_id WHERE i.item_key = ? ORDER BY w.id LIMIT 5`,
        [item.itemKey],
      );
      expect(item.workshops.edges.map((e: any) => e.node.name)).toEqual(expected.map((r) => r.name));
      for (const [i, { node: workshop }] of item.workshops.edges.entries()) {
        const uscc = expected[i].operator_uscc;
        if (!uscc) {
          expect(workshop.operator).toBeNull();
          continue;
        }
        operators++;
        const [org] = await rows(api, 'culture', 'SELECT name FROM organization WHERE uscc = ?', [uscc]);
        expect(workshop.operator).toMatchObject({ uscc, name: org.name });
        const brandRows = await rows(api, 'hr', 'SELECT u.uscc, b.name FROM labor_brand_unit u JOIN labor_brand b ON b.id = u.brand_id WHERE u.uscc = ? ORDER BY u.id', [uscc]);
        expect(workshop.operator.laborBrandUnits.map((u: any) => u.brand.name)).toEqual(brandRows.map((r) => r.name));
        units += brandRows.length;
      }
    }
    expect(operators).toBeGreaterThan(10);
    expect(units).toBeGreaterThan(0);
  });

  it('item → catalogue → cohorts → enrolments → trainee → talent titles: statements bounded by levels, not rows', async () => {
    await api.data(TRAINING_CHAIN, { first: 40 });
    const smallCount = api.statements();
    const data: any = await api.data(TRAINING_CHAIN, { first: 80 });
    const largeCount = api.statements();
    // culture: items. hr: entries, cohorts, enrolments, trainees and titles in one chained statement (each level windowed).
    expect(largeCount).toEqual({ culture: 1, hr: 1, gateway: 0 });
    expect(smallCount).toEqual(largeCount);

    let trainees = 0;
    for (const { node: item } of data.heritageItems.edges) {
      const entries = await rows(api, 'hr', 'SELECT e.id, e.code FROM training_catalog_entry e JOIN training_catalog_item j ON j.entry_id = e.id WHERE j.item_key = ? ORDER BY e.id LIMIT 3', [item.itemKey]);
      expect(item.trainingCatalogEntries.edges.map((e: any) => e.node.code)).toEqual(entries.map((r) => r.code));
      for (const [i, { node: entry }] of item.trainingCatalogEntries.edges.entries()) {
        const cohorts = await rows(api, 'hr', 'SELECT id, code FROM training_cohort WHERE catalog_entry_id = ? ORDER BY id LIMIT 3', [entries[i].id]);
        expect(entry.cohorts.edges.map((e: any) => e.node.code)).toEqual(cohorts.map((r) => r.code));
        for (const [k, { node: cohort }] of entry.cohorts.edges.entries()) {
          const enrolled = await rows(api, 'hr', 'SELECT p.id, p.name FROM enrollment e JOIN person p ON p.id = e.person_id WHERE e.cohort_id = ? ORDER BY e.id LIMIT 5', [cohorts[k].id]);
          expect(cohort.enrollments.edges.map((e: any) => e.node.trainee.name)).toEqual(enrolled.map((r) => r.name));
          for (const [m, { node: enrollment }] of cohort.enrollments.edges.entries()) {
            trainees++;
            const titles = await rows(api, 'hr', 'SELECT kind, year FROM talent_title WHERE person_id = ? ORDER BY id LIMIT 5', [enrolled[m].id]);
            expect(enrollment.trainee.talentTitles.edges.map((e: any) => e.node)).toEqual(titles.map((r) => ({ kind: r.kind, year: Number(r.year) })));
          }
        }
      }
    }
    expect(trainees).toBeGreaterThan(100);
  });

  it('joins persons and inheritors by ID number in both directions', async () => {
    const [link] = await rows(api, 'culture', 'SELECT citizen_id, name FROM inheritor ORDER BY id LIMIT 1');
    const data: any = await api.as('ANALYST').data(
      `query ($id: String) { persons(filter: { idNumber: $id }) { edges { node { name idNumber inheritorOf { name heritageItem { name } person { name } } } } } }`,
      { id: link.citizen_id },
    );
    const person = data.persons.edges[0].node;
    expect(person.name).toBe(link.name);
    expect(person.idNumber).toBe(maskedId(link.citizen_id));
    const expected = await rows(api, 'culture', 'SELECT i.name FROM inheritor h JOIN heritage_item i ON i.id = h.item_id WHERE h.citizen_id = ? ORDER BY h.id', [link.citizen_id]);
    expect(person.inheritorOf.map((h: any) => h.heritageItem.name)).toEqual(expected.map((r) => r.name));
    for (const h of person.inheritorOf) expect(h.person.name).toBe(link.name);
  });

  it('gathers an organisation from both agencies by USCC', async () => {
    // One organisation in every record that cites a USCC: the directory, workshops, a labour brand, a provider filing, vacancies, loans.
    const b = await builder(api);
    const { uscc } = await b.organization();
    for (let i = 0; i < 2; i++) await b.workshop({ operatorUscc: uscc });
    await b.laborBrandUnit({ uscc });
    await b.trainingProvider({ uscc });
    for (let i = 0; i < 3; i++) await b.vacancy({ employerUscc: uscc });
    await b.startupLoan({ borrowerUscc: uscc });
    const data: any = await api.data(
      `query ($u: String!) { organization(uscc: $u) { uscc name inDirectory
         workshops(first: 100) { totalCount edges { node { name } } }
         laborBrandUnits { brand { name } }
         trainingProvider { filingNumber }
         vacancies(first: 100) { totalCount }
         startupLoans(first: 100) { totalCount } } }`,
      { u: uscc },
    );
    const org = data.organization;
    const workshops = await rows(api, 'culture', 'SELECT name FROM workshop WHERE operator_uscc = ? ORDER BY id', [uscc]);
    expect(org.workshops.edges.map((e: any) => e.node.name)).toEqual(workshops.map((r) => r.name));
    expect(org.workshops.totalCount).toBe(workshops.length);
    const units = await rows(api, 'hr', 'SELECT b.name FROM labor_brand_unit u JOIN labor_brand b ON b.id = u.brand_id WHERE u.uscc = ? ORDER BY u.id', [uscc]);
    expect(org.laborBrandUnits.map((u: any) => u.brand.name)).toEqual(units.map((r) => r.name));
    const [provider] = await rows(api, 'hr', 'SELECT filing_number FROM training_provider WHERE uscc = ?', [uscc]);
    expect(org.trainingProvider).toEqual({ filingNumber: provider.filing_number });
    expect([org.inDirectory, org.workshops.totalCount, org.laborBrandUnits.length, org.vacancies.totalCount, org.startupLoans.totalCount]).toEqual([true, 2, 1, 3, 1]);
    const [vacancies] = await rows(api, 'hr', 'SELECT COUNT(*) AS n FROM vacancy WHERE employer_uscc = ?', [uscc]);
    expect(org.vacancies.totalCount).toBe(Number(vacancies.n));
    const [loans] = await rows(api, 'hr', 'SELECT COUNT(*) AS n FROM startup_loan WHERE borrower_uscc = ?', [uscc]);
    expect(org.startupLoans.totalCount).toBe(Number(loans.n));
  });

  it('lists the trainees of a workshop: distinct persons trained by its operator as a provider', async () => {
    // The operator trains as a provider: three enrolments of two persons in two cohorts.
    const b = await builder(api);
    const operator = await b.organization();
    const provider = await b.trainingProvider({ uscc: operator.uscc });
    const workshop = await b.workshop({ operator });
    const [first, second] = [await b.trainingCohort({ provider }), await b.trainingCohort({ provider })];
    const [one, two] = [await b.person(), await b.person()];
    for (const [cohort, person] of [[first, one], [first, two], [second, one]] as const) await b.enrollment({ cohort, person });
    const data: any = await api.data(`query ($id: ID!) { node(id: $id) { ... on Workshop { trainees(first: 100) { totalCount edges { node { name } } } } } }`, {
      id: globalId('Workshop', workshop.id),
    });
    const expected = await rows(
      api, 'hr',
      'SELECT DISTINCT t.id, t.name FROM person t JOIN enrollment e ON e.person_id = t.id JOIN training_cohort c ON c.id = e.cohort_id JOIN training_provider p ON p.id = c.provider_id WHERE p.uscc = ? ORDER BY t.id',
      [workshop.operatorUscc],
    );
    expect(expected.map((r) => r.name)).toEqual([one.name, two.name]);
    expect(data.node.trainees.totalCount).toBe(expected.length);
    expect(data.node.trainees.edges.map((e: any) => e.node.name)).toEqual(expected.slice(0, 100).map((r) => r.name));
  });

  it('resolves a start-up loan borrower to a person or an organisation', async () => {
    const data: any = await api.data(`{ startupLoans(first: 100) { edges { node { borrowerKind borrower { __typename ... on Person { name } ... on Organization { uscc } } } } } }`);
    const kinds = new Set(data.startupLoans.edges.map((e: any) => `${e.node.borrowerKind}:${e.node.borrower?.__typename}`));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['PERSON:Person']));
    for (const e of data.startupLoans.edges) {
      expect(e.node.borrower).not.toBeNull();
      expect(e.node.borrower.__typename).toBe(e.node.borrowerKind === 'PERSON' ? 'Person' : 'Organization');
    }
  });
});
