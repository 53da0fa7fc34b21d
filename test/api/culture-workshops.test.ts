import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { builder } from '../support/builders';
import { createContext } from '../../src/context';
import { WORKSHOP } from '../../src/modules/workshop';
import { recordsOf } from '../../src/records';
import { normalizeUscc } from '../../src/shared/identifiers';
import { globalId, nodeRowIds, rowIdOf } from '../support/ids';
import { walkBackward, walkForward } from '../support/pages';
import { Row, groupBy, rowIds, rows } from '../support/sql';
import { graphql } from '../graphql';
import type { WorkshopFilter, WorkshopOrder } from '../graphql/graphql';

const PAGE = graphql(`query WorkshopPage($first: Int, $after: String, $last: Int, $before: String, $filter: WorkshopFilter, $orderBy: WorkshopOrder) {
  workshops(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name regionCode operatorUscc jobsCreated status establishedOn } }
  }
}`);

describeEachBackend('workshops', (backend) => {
  let api: ApiHarness;
  const sql = <T = Row>(text: string, params?: unknown[]) => rows<T>(api, 'culture', text, params);
  const ids = (text: string, params?: unknown[]) => rowIds(api, 'culture', text, params);

  beforeAll(async () => {
    api = await startApi(backend);
  });
  afterAll(async () => api?.close());

  it('walks every page forward by jobs created with no duplicate and no gap, matching SQL', async () => {
    const expected = await ids('SELECT id FROM workshop ORDER BY jobs_created DESC, id');
    expect(expected.length).toBeGreaterThan(40);
    const seen = await walkForward(async (after) => {
      const { workshops } = await api.data(PAGE, { first: 17, after, orderBy: 'JOBS_CREATED_DESC' });
      expect(workshops.totalCount).toBe(expected.length);
      return workshops;
    });
    expect(seen.map((w) => rowIdOf(w.id, 'Workshop'))).toEqual(expected);
  });

  it('walks backward by name with last/before to the same list', async () => {
    const expected = await ids('SELECT id FROM workshop ORDER BY name, id');
    const seen = await walkBackward(async (before) => (await api.data(PAGE, { last: 13, before, orderBy: 'NAME' })).workshops);
    expect(seen.map((w) => rowIdOf(w.id, 'Workshop'))).toEqual(expected);
  });

  it('returns the columns as stored, dates as YYYY-MM-DD', async () => {
    const [row] = await sql('SELECT * FROM workshop WHERE operator_uscc IS NOT NULL ORDER BY id LIMIT 1');
    const page = await api.data(PAGE, { first: 1, filter: { operatorUscc: row.operator_uscc, nameContains: row.name } });
    expect(page.workshops.edges[0].node).toMatchObject({
      name: row.name,
      regionCode: row.region_code,
      operatorUscc: row.operator_uscc,
      jobsCreated: Number(row.jobs_created),
      status: row.status,
      establishedOn: String(row.established_on).slice(0, 10),
    });
    expect(page.workshops.edges[0].node.establishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  describe('filters agree with SQL', () => {
    const all = async (filter: WorkshopFilter, orderBy: WorkshopOrder = 'ID') => {
      const page = await api.data(PAGE, { first: 100, filter, orderBy });
      expect(page.workshops.pageInfo.hasNextPage).toBe(false);
      expect(page.workshops.totalCount).toBe(page.workshops.edges.length);
      return nodeRowIds(page.workshops, 'Workshop');
    };

    it('regionCode matches the whole subtree', async () => {
      const [{ city }] = await sql<{ city: string }>('SELECT SUBSTR(region_code, 1, 4) AS city FROM workshop GROUP BY SUBSTR(region_code, 1, 4) ORDER BY COUNT(*) DESC LIMIT 1');
      const expected = await ids(`SELECT id FROM workshop WHERE region_code LIKE ? ORDER BY id`, [`${city}%`]);
      expect(expected.length).toBeGreaterThan(1);
      expect(await all({ regionCode: `${city}00` })).toEqual(expected);
      const [{ region_code: county }] = await sql('SELECT region_code FROM workshop ORDER BY id LIMIT 1');
      expect(await all({ regionCode: county })).toEqual(await ids('SELECT id FROM workshop WHERE region_code = ? ORDER BY id', [county]));
    });

    it('statuses', async () => {
      const expected = await ids(`SELECT id FROM workshop WHERE status IN ('SUSPENDED', 'REVOKED') ORDER BY id`);
      expect(expected.length).toBeGreaterThan(0);
      expect(await all({ statuses: ['SUSPENDED', 'REVOKED'] })).toEqual(expected);
    });

    it('recognitionLevels and the recognised-year range, met by one recognition', async () => {
      expect(await all({ recognitionLevels: ['CITY', 'PROVINCE'] })).toEqual(
        await ids(`SELECT DISTINCT w.id FROM workshop w JOIN workshop_recognition r ON r.workshop_id = w.id WHERE r.level IN ('CITY', 'PROVINCE') ORDER BY w.id`),
      );
      const cityIn2024 = await ids(`SELECT DISTINCT w.id FROM workshop w JOIN workshop_recognition r ON r.workshop_id = w.id WHERE r.level = 'CITY' AND r.year BETWEEN 2024 AND 2024 ORDER BY w.id`);
      expect(cityIn2024.length).toBeGreaterThan(0);
      expect(await all({ recognitionLevels: ['CITY'], recognizedYearFrom: 2024, recognizedYearTo: 2024 })).toEqual(cityIn2024);
      const from2025 = await ids(`SELECT DISTINCT w.id FROM workshop w JOIN workshop_recognition r ON r.workshop_id = w.id WHERE r.year >= 2025 ORDER BY w.id`);
      expect(await all({ recognizedYearFrom: 2025 })).toEqual(from2025);
      const upTo2022 = await ids(`SELECT DISTINCT w.id FROM workshop w JOIN workshop_recognition r ON r.workshop_id = w.id WHERE r.year <= 2022 ORDER BY w.id`);
      expect(await all({ recognizedYearTo: 2022 })).toEqual(upTo2022);
    });

    it('operatorUscc in any spacing and case, and hasOperator', async () => {
      const [{ operator_uscc: uscc }] = await sql(`SELECT operator_uscc FROM workshop WHERE operator_uscc IS NOT NULL GROUP BY operator_uscc ORDER BY COUNT(*) DESC, operator_uscc LIMIT 1`);
      const spelled = `${uscc.slice(0, 6)} ${uscc.slice(6)}`.toLowerCase();
      expect(await all({ operatorUscc: spelled })).toEqual(await ids('SELECT id FROM workshop WHERE operator_uscc = ? ORDER BY id', [uscc]));
      const none = await ids('SELECT id FROM workshop WHERE operator_uscc IS NULL ORDER BY id');
      expect(none.length).toBeGreaterThan(0);
      expect(await all({ hasOperator: false })).toEqual(none);
      const page = await api.data(PAGE, { first: 0, filter: { hasOperator: true } });
      expect(page.workshops.totalCount).toBe(Number((await sql('SELECT COUNT(*) AS n FROM workshop WHERE operator_uscc IS NOT NULL'))[0].n));
    });

    it('accepts a USCC whose checksum fails (non-strict) and finds nothing for it', async () => {
      // Valid charset and length, wrong check character.
      const page = await api.data(PAGE, { filter: { operatorUscc: '91370000MA3C5EXA0A' } });
      expect(page.workshops.totalCount).toBe(0);
    });

    it('itemKeys, through any listing key of the item', async () => {
      const [item] = await sql(`SELECT i.id, i.item_key FROM heritage_item i JOIN workshop_heritage_item j ON j.item_id = i.id GROUP BY i.id, i.item_key ORDER BY COUNT(*) DESC, i.id LIMIT 1`);
      const expected = await ids('SELECT workshop_id AS id FROM workshop_heritage_item WHERE item_id = ? ORDER BY workshop_id', [item.id]);
      expect(await all({ itemKeys: [item.item_key.toLowerCase()] })).toEqual(expected);
      // An item listed again for another area: its extension's key finds the item's workshops too.
      const b = await builder(api);
      const extended = await b.heritageItem({ level: 'PROVINCIAL' });
      const extension = await b.heritageListing({ item: extended, areaCode: '370702' });
      const resting = await b.workshop({ items: [extended] });
      await b.workshopRecognition({ workshop: resting });
      expect(extension.listingKey).not.toBe(extended.itemKey);
      expect(await all({ itemKeys: [extension.listingKey] })).toEqual([resting.id]);
      expect(await all({ itemKeys: [] })).toEqual([]);
    });

    it('nameContains and minJobs, combined with an order', async () => {
      const expected = await ids(`SELECT id FROM workshop WHERE name LIKE ? AND jobs_created >= 30 ORDER BY jobs_created DESC, id`, ['%非遗工坊%']);
      expect(expected.length).toBeGreaterThan(0);
      expect(await all({ nameContains: '非遗工坊', minJobs: 30 }, 'JOBS_CREATED_DESC')).toEqual(expected);
      expect(await all({ nameContains: '_' })).toEqual([]);
    });
  });

  it.each([
    [{ first: 1000 }, 'first'],
    [{ last: 101 }, 'last'],
    [{ after: 'bm90LWEtY3Vyc29y' }, 'after'],
    [{ filter: { regionCode: '999999' } }, 'filter.regionCode'],
    [{ filter: { regionCode: '3707' } }, 'filter.regionCode'],
    [{ filter: { recognizedYearFrom: 2025, recognizedYearTo: 2023 } }, 'filter.recognizedYearTo'],
    [{ filter: { operatorUscc: '91370000MA3C5EXA0' } }, 'filter.operatorUscc'],
    [{ filter: { operatorUscc: '91370000MA3C5EXAOI' } }, 'filter.operatorUscc'],
    [{ filter: { itemKeys: ['NATIONAL:Ⅷ-91:371581', 'NATIONAL:XI-1:370100'] } }, 'filter.itemKeys[1]'],
    [{ filter: { minJobs: -1 } }, 'filter.minJobs'],
  ])('rejects %j with an error naming %s', async (variables, argument) => {
    const body = await api.query(PAGE, variables);
    expect(Object.values(body.data ?? {})).toEqual([null]);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('rejects bad arguments of a nested list, naming the argument', async () => {
    const body = await api.query(`{ heritageItems(first: 2) { edges { node { workshops(first: 500) { totalCount } } } } }`);
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const filtered = await api.query(`{ workshops(first: 2) { edges { node { heritageItems(filter: { regionCode: "12" }) { totalCount } } } } }`);
    expect(filtered.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.regionCode' });
  });

  it('Workshop.recognitions, .heritageItems and .region for 50 workshops: one statement per relationship, matching SQL', async () => {
    const data = await api.data(`{
      workshops(first: 50) { edges { node { id regionCode region { code name }
        recognitions { id level year recognizedOn }
        heritageItems(first: 1) { totalCount pageInfo { hasNextPage } edges { node { id itemKey } } } } } }
    }`);
    // Root page, recognitions, item pages, item counts.
    expect(api.statements().culture).toBe(1);  // same-source levels below come with it, in one chained statement
    const workshops = data.workshops.edges.map((e: any) => e.node);
    expect(workshops).toHaveLength(50);
    const workshopIds = workshops.map((w: any) => rowIdOf(w.id, 'Workshop'));
    const marks = workshopIds.map(() => '?').join(', ');
    const recognitions = groupBy(await sql(`SELECT * FROM workshop_recognition WHERE workshop_id IN (${marks}) ORDER BY year, id`, workshopIds), (r) => r.workshop_id);
    const items = groupBy(
      await sql(`SELECT j.workshop_id, i.id, i.item_key FROM workshop_heritage_item j JOIN heritage_item i ON i.id = j.item_id WHERE j.workshop_id IN (${marks}) ORDER BY i.id`, workshopIds),
      (r) => r.workshop_id,
    );
    workshops.forEach((w: any, i: number) => {
      const id = workshopIds[i];
      expect(w.region.code).toBe(w.regionCode);
      const expectedRecognitions = (recognitions.get(String(id)) ?? []).map((r) => ({
        id: globalId('WorkshopRecognition', r.id),
        level: r.level,
        year: Number(r.year),
        recognizedOn: r.recognized_on === null ? null : String(r.recognized_on).slice(0, 10),
      }));
      expect(w.recognitions).toEqual(expectedRecognitions);
      expect(w.recognitions.length).toBeGreaterThan(0);
      const expectedItems = items.get(String(id)) ?? [];
      expect(w.heritageItems.totalCount).toBe(expectedItems.length);
      expect(w.heritageItems.pageInfo.hasNextPage).toBe(expectedItems.length > 1);
      expect(w.heritageItems.edges.map((e: any) => e.node.itemKey)).toEqual(expectedItems.slice(0, 1).map((r) => r.item_key));
    });
  });

  it('pages Workshop.heritageItems by cursor', async () => {
    const [{ workshop_id: workshopId }] = await sql('SELECT workshop_id FROM workshop_heritage_item GROUP BY workshop_id HAVING COUNT(*) > 1 ORDER BY workshop_id LIMIT 1');
    const expected = (await sql('SELECT i.item_key FROM workshop_heritage_item j JOIN heritage_item i ON i.id = j.item_id WHERE j.workshop_id = ? ORDER BY i.name, i.id', [workshopId])).map((r) => r.item_key);
    const id = globalId('Workshop', workshopId);
    const query = `query ($id: ID!, $after: String) { node(id: $id) { ... on Workshop { heritageItems(first: 1, after: $after, orderBy: NAME) { pageInfo { hasNextPage endCursor } edges { node { itemKey } } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const data: any = await api.data(query, { id, after });
      seen.push(...data.node.heritageItems.edges.map((e: any) => e.node.itemKey));
      if (!data.node.heritageItems.pageInfo.hasNextPage) break;
      after = data.node.heritageItems.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('HeritageItem.workshops for 40 items through the junction: one statement for pages and one for counts, matching SQL', async () => {
    const withWorkshops = (await sql('SELECT DISTINCT item_id FROM workshop_heritage_item ORDER BY item_id')).map((r) => Number(r.item_id));
    const data = await api.data(`{
      heritageItems(first: 40, filter: { categories: [TRADITIONAL_ART, TRADITIONAL_CRAFTSMANSHIP] }) { edges { node { id
        workshops(first: 2, orderBy: JOBS_CREATED_DESC) { totalCount pageInfo { hasNextPage } edges { node { id jobsCreated recognitions { level } } } } } } }
    }`);
    // Root page, workshop pages, workshop counts, recognitions of all workshops.
    expect(api.statements().culture).toBe(1);  // same-source levels below come with it, in one chained statement
    const items = data.heritageItems.edges.map((e: any) => e.node);
    expect(items).toHaveLength(40);
    const itemIds = items.map((i: any) => rowIdOf(i.id, 'HeritageItem'));
    expect(itemIds.some((id: number) => withWorkshops.includes(id))).toBe(true);
    expect(itemIds.some((id: number) => !withWorkshops.includes(id))).toBe(true);
    const rows = groupBy(
      await sql(`SELECT j.item_id, w.id FROM workshop w JOIN workshop_heritage_item j ON j.workshop_id = w.id WHERE j.item_id IN (${itemIds.map(() => '?').join(', ')}) ORDER BY w.jobs_created DESC, w.id`, itemIds),
      (r) => r.item_id,
    );
    items.forEach((item: any, i: number) => {
      const expected = (rows.get(String(itemIds[i])) ?? []).map((r) => Number(r.id));
      expect(item.workshops.totalCount).toBe(expected.length);
      expect(item.workshops.pageInfo.hasNextPage).toBe(expected.length > 2);
      expect(item.workshops.edges.map((e: any) => rowIdOf(e.node.id, 'Workshop'))).toEqual(expected.slice(0, 2));
      for (const e of item.workshops.edges) expect(e.node.recognitions.length).toBeGreaterThan(0);
    });
  });

  it('filters HeritageItem.workshops with the same WorkshopFilter', async () => {
    const [item] = await sql(`SELECT item_id FROM workshop_heritage_item GROUP BY item_id ORDER BY COUNT(*) DESC, item_id LIMIT 1`);
    const expected = await ids(
      `SELECT w.id FROM workshop w JOIN workshop_heritage_item j ON j.workshop_id = w.id WHERE j.item_id = ? AND w.operator_uscc IS NOT NULL ORDER BY w.id`,
      [item.item_id],
    );
    const data = await api.data(`query ($id: ID!) { node(id: $id) { ... on HeritageItem { workshops(first: 100, filter: { hasOperator: true }) { totalCount edges { node { id } } } } } }`, {
      id: globalId('HeritageItem', item.item_id),
    });
    expect(data.node.workshops.edges.map((e: any) => rowIdOf(e.node.id, 'Workshop'))).toEqual(expected);
    expect(data.node.workshops.totalCount).toBe(expected.length);
  });

  it('WorkshopRecognition.workshop comes back to its workshop', async () => {
    const data = await api.data(`{ workshops(first: 30) { edges { node { id recognitions { workshop { id } } } } } }`);
    expect(api.statements().culture).toBe(1);  // same-source levels below come with it, in one chained statement
    for (const e of data.workshops.edges) for (const r of e.node.recognitions) expect(r.workshop.id).toBe(e.node.id);
  });

  it('round-trips Workshop and WorkshopRecognition through node(id:)', async () => {
    const page = await api.data(PAGE, { first: 3 });
    for (const edge of page.workshops.edges) {
      const data = await api.data(`query ($id: ID!) { node(id: $id) { id __typename ... on Workshop { name recognitions { id level } } } }`, { id: edge.node.id });
      expect(data.node).toMatchObject({ id: edge.node.id, __typename: 'Workshop', name: edge.node.name });
      const recognition = data.node.recognitions[0];
      const back = await api.data(`query ($id: ID!) { node(id: $id) { id __typename ... on WorkshopRecognition { level workshop { id } } } }`, { id: recognition.id });
      expect(back.node).toEqual({ id: recognition.id, __typename: 'WorkshopRecognition', level: recognition.level, workshop: { id: edge.node.id } });
    }
    const missing = await api.data(`query ($id: ID!) { node(id: $id) { id } }`, { id: globalId('Workshop', 999999) });
    expect(missing.node).toBeNull();
  });

  describe('loaders for other modules', () => {
    it('workshops by operator USCC: one statement, a list per key in key order, empty for a miss, any spelling', async () => {
      const operators = (await sql(`SELECT operator_uscc FROM workshop WHERE operator_uscc IS NOT NULL GROUP BY operator_uscc ORDER BY operator_uscc DESC LIMIT 25`)).map((r) => r.operator_uscc as string);
      const keys = [...operators, '91370000MA3C5EXA0A', operators[0].toLowerCase()];
      const ctx = createContext(api.db.sources);
      api.counters.culture.reset();
      const lists = await Promise.all(keys.map((k) => recordsOf(ctx, WORKSHOP).byColumn('operatorUscc', { normalise: normalizeUscc }).load(k)));
      expect(api.counters.culture.statements).toHaveLength(1);
      const byOperator = groupBy(await sql(`SELECT id, operator_uscc FROM workshop WHERE operator_uscc IS NOT NULL ORDER BY id`), (r) => r.operator_uscc);
      lists.forEach((list, i) => {
        const expected = (byOperator.get(keys[i].toUpperCase()) ?? []).map((r) => Number(r.id));
        expect(list.map((w) => w.rowId)).toEqual(expected);
      });
      expect(lists[operators.length]).toEqual([]);
      expect(lists[operators.length + 1].length).toBeGreaterThan(0);
    });

    it('workshop pages by operator USCC: one statement for all operators, pages per operator', async () => {
      const operators = (await sql(`SELECT operator_uscc FROM workshop WHERE operator_uscc IS NOT NULL GROUP BY operator_uscc ORDER BY COUNT(*) DESC, operator_uscc LIMIT 22`)).map((r) => r.operator_uscc as string);
      const keys = [...operators, '91370000MA3C5EXA0A'];
      const ctx = createContext(api.db.sources);
      api.counters.culture.reset();
      const pages = await Promise.all(keys.map((k) => recordsOf(ctx, WORKSHOP).pages<string>('operatorUscc', { filter: { statuses: ['ACTIVE', 'SUSPENDED'] }, orderBy: 'NAME', first: 1 }).load(k)));
      expect(api.counters.culture.statements).toHaveLength(1);
      const counts = await Promise.all(pages.map((p) => p.totalCount));
      expect(api.counters.culture.statements).toHaveLength(2);
      const byOperator = groupBy(await sql(`SELECT id, operator_uscc FROM workshop WHERE status IN ('ACTIVE', 'SUSPENDED') AND operator_uscc IS NOT NULL ORDER BY name, id`), (r) => r.operator_uscc);
      pages.forEach((page, i) => {
        const expected = (byOperator.get(keys[i]) ?? []).map((r) => Number(r.id));
        expect(counts[i]).toBe(expected.length);
        expect(page.edges.map((e) => e.node.rowId)).toEqual(expected.slice(0, 1));
        expect(page.pageInfo.hasNextPage).toBe(expected.length > 1);
      });
      expect(pages[pages.length - 1].edges).toEqual([]);
      // Any spelling of the USCC finds the operator's page.
      const loader = recordsOf(ctx, WORKSHOP).pages<string>('operatorUscc', { first: 3 });
      const [lowered] = await Promise.all([loader.load(operators[0].toLowerCase())]);
      expect(lowered.edges.length).toBeGreaterThan(0);
    });
  });
});
