import crypto from 'node:crypto';
import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { builder } from '../support/builders';
import { citizenIdOf } from '../support/builders/identifiers';
import { rows } from '../support/sql';
import { writeLinkKeys } from '../../src/modules/links/link-keys';
import { currentPersonLinkSecret } from '../../src/shared/identifiers/person-link-key';

/** The linkage key as the two bureaus agree to compute it, written out here rather than imported. */
const hmac = (secret: Uint8Array, citizenId: string) => crypto.createHmac('sha256', secret).update(citizenId).digest('hex');

describeEachBackend('person linkage keys', (backend) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(backend, 0.05);
  });
  afterAll(async () => api?.close());

  it('the seed stores HMAC-SHA-256 of the ID number under the shared secret, for every HR person and culture inheritor', async () => {
    const secret = currentPersonLinkSecret();
    const persons = await rows(api, 'hr', 'SELECT citizen_id, link_key FROM person');
    const inheritors = await rows(api, 'culture', 'SELECT citizen_id, link_key FROM inheritor');
    expect(persons.length).toBeGreaterThan(100);
    expect(inheritors.length).toBeGreaterThan(10);
    for (const r of [...persons, ...inheritors]) expect(r.link_key).toBe(hmac(secret, r.citizen_id));
    expect(persons.some((r) => r.link_key.includes(r.citizen_id))).toBe(false);
  });

  it('Person.linkKey and Inheritor.personLinkKey agree for the same person, and HR finds the person by it', async () => {
    const [link] = await rows(api, 'culture', 'SELECT citizen_id, link_key FROM inheritor ORDER BY id LIMIT 1');
    const data: any = await api.as('ANALYST').data(
      `query ($id: String) { persons(filter: { idNumber: $id }) { edges { node { linkKey inheritorOf { personLinkKey person { linkKey } } } } } }`,
      { id: link.citizen_id },
    );
    const person = data.persons.edges[0].node;
    expect(person.linkKey).toBe(link.link_key);
    expect(person.inheritorOf.length).toBeGreaterThan(0);
    for (const h of person.inheritorOf) expect([h.personLinkKey, h.person.linkKey]).toEqual([link.link_key, link.link_key]);
    const [byKey] = await rows(api, 'hr', 'SELECT citizen_id FROM person WHERE link_key = ?', [link.link_key]);
    expect(byKey.citizen_id).toBe(link.citizen_id);
  });

  it('the link key needs person:read like the person it stands for', async () => {
    const body = await api.as('PUBLIC').query('{ inheritors(first: 1) { edges { node { name personLinkKey } } } }');
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(body.errors?.[0].path).toEqual(['inheritors', 'edges', 0, 'node', 'personLinkKey']);
  });

  it('a registered person gets its key in the same write', async () => {
    const idNumber = citizenIdOf('370102', '1961-02-03', 'MALE', 321);
    const data: any = await api.data(`mutation ($input: RegisterPersonInput!) { registerPerson(input: $input) { errors { field message } person { linkKey } } }`, {
      input: { idNumber, name: '关联测试', regionCode: '370102' },
    });
    expect(data.registerPerson.errors).toEqual([]);
    const [row] = await rows(api, 'hr', 'SELECT link_key FROM person WHERE citizen_id = ?', [idNumber]);
    expect(row.link_key).toBe(hmac(currentPersonLinkSecret(), idNumber));
    expect(data.registerPerson.person.linkKey).toBe(row.link_key);
  });

  it('rotation recomputes every key under the new secret; filling touches only rows without one', async () => {
    const b = await builder(api);
    const person = await b.person();
    await b.inheritor({ person });
    await api.db.sources.hr.query('UPDATE person SET link_key = NULL WHERE citizen_id = ?', [person.citizenId]);
    expect(await writeLinkKeys(api.db.sources.hr, 'hr', currentPersonLinkSecret(), { all: false })).toBe(1);
    const [filled] = await rows(api, 'hr', 'SELECT link_key FROM person WHERE citizen_id = ?', [person.citizenId]);
    expect(filled.link_key).toBe(hmac(currentPersonLinkSecret(), person.citizenId));

    const next = new TextEncoder().encode(crypto.randomBytes(32).toString('hex'));
    const [{ n: personCount }] = await rows(api, 'hr', 'SELECT COUNT(*) AS n FROM person');
    expect(await writeLinkKeys(api.db.sources.hr, 'hr', next, { all: true })).toBe(Number(personCount));
    await writeLinkKeys(api.db.sources.culture, 'culture', next, { all: true });
    for (const r of await rows(api, 'hr', 'SELECT citizen_id, link_key FROM person')) expect(r.link_key).toBe(hmac(next, r.citizen_id));
    for (const r of await rows(api, 'culture', 'SELECT citizen_id, link_key FROM inheritor')) expect(r.link_key).toBe(hmac(next, r.citizen_id));
    // Back under the process's secret, so the fields that compute it agree with the rows again.
    await writeLinkKeys(api.db.sources.hr, 'hr', currentPersonLinkSecret(), { all: true });
    await writeLinkKeys(api.db.sources.culture, 'culture', currentPersonLinkSecret(), { all: true });
  });
});
