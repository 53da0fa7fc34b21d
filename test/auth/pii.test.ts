import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi, testToken } from '../support/api';
import { ApiClients } from '../../src/auth/api-clients';
import { ApiRole } from '../../src/sources/gateway/api-client.entity';
import { collect, inPartnerRegion, leakedIdentifiers, PARTNER_REGION, rawIdentifiers, rows } from './helpers';
import { rowIdOf, typeOfId } from '../support/ids';
import { MASKED_ID, MASKED_PHONE, maskedId, maskedPhone } from '../support/masks';

const PERSON_WIDE = `query wide { persons(first: 60, orderBy: NAME) { edges { node { id idNumber phone regionCode
  enrollments(first: 3) { edges { node { trainee { id idNumber phone } } } }
  inheritorOf { id idNumber person { id idNumber } } } } }
  inheritors(first: 60) { edges { node { id idNumber } } } }`;


describeEachBackend('personal data: masked unless pii:read, every unmasked read audited', (backend) => {
  let api: ApiHarness;
  let raw: string[];
  let persons: Map<number, { citizen_id: string; phone: string | null; region_code: string }>;
  let inheritors: Map<number, { citizen_id: string }>;
  const auditRows = () => rows(api, 'gateway', 'SELECT * FROM audit_event ORDER BY id');
  /** The persons an event lists: a row each in audit_event_person. */
  const auditedPersons = async (eventId: unknown) =>
    (await rows(api, 'gateway', 'SELECT person_type, row_id, fields FROM audit_event_person WHERE event_id = ? ORDER BY position', [eventId])).map((r) => ({
      type: r.person_type as string,
      id: Number(r.row_id),
      fields: String(r.fields).split(','),
    }));

  beforeAll(async () => {
    api = await startApi(backend, 0.1);
    raw = await rawIdentifiers(api);
    persons = new Map((await rows(api, 'hr', 'SELECT id, citizen_id, phone, region_code FROM person')).map((r) => [Number(r.id), r as any]));
    inheritors = new Map((await rows(api, 'culture', 'SELECT id, citizen_id FROM inheritor')).map((r) => [Number(r.id), r as any]));
  });
  afterAll(async () => api?.close());

  const WITHOUT_PII: Array<[ApiRole, { region?: string }]> = [
    ['ANALYST', {}],
    ['PARTNER', { region: PARTNER_REGION }],
    ['CULTURE_AGENCY', {}],
    ['HR_AGENCY', {}],
    ['ADMIN', {}],
  ];

  it.each(WITHOUT_PII)('%s without pii:read: masked everywhere, no raw ID number or phone anywhere in the JSON, nothing audited', async (role, spec) => {
    const before = (await auditRows()).length;
    const body = await api.as(role, spec).query(PERSON_WIDE);
    expect(body.errors).toBeUndefined();
    expect(leakedIdentifiers(body, raw)).toEqual([]);
    const shown = collect(body.data, 'idNumber') as string[];
    expect(shown.length).toBeGreaterThan(50);
    for (const value of shown) expect(value).toMatch(MASKED_ID);
    for (const value of collect(body.data, 'phone') as Array<string | null>) if (value !== null) expect(value).toMatch(MASKED_PHONE);
    expect((await auditRows()).length).toBe(before);
  });

  it('PUBLIC: no ID number or phone in any response to the directory queries', async () => {
    const body = await api.as('PUBLIC').query(`{ inheritors(first: 100) { edges { node { name regionCode heritageItem { name } } } }
      workshops(first: 100) { edges { node { name operator { name uscc } } } } startupLoans(first: 100) { edges { node { borrowerKind borrowerUscc } } } }`);
    expect(body.errors).toBeUndefined();
    expect(leakedIdentifiers(body, raw)).toEqual([]);
  });

  it('ADMIN with pii:read: the real values, and ONE audit event listing every person and field shown', async () => {
    const before = await auditRows();
    const body = await api.query(PERSON_WIDE);
    expect(body.errors).toBeUndefined();
    const expected = new Map<string, Set<string>>();
    const note = (type: string, id: number, field: string) => {
      const key = `${type}:${id}`;
      expected.set(key, (expected.get(key) ?? new Set()).add(field));
    };
    const walk = (value: any): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (!value || typeof value !== 'object') return;
      if (typeof value.id === 'string' && 'idNumber' in value) {
        const type = typeOfId(value.id);
        const id = rowIdOf(value.id);
        if (type === 'Person') {
          const person = persons.get(id)!;
          expect(value.idNumber).toBe(person.citizen_id);
          note('Person', id, 'idNumber');
          if ('phone' in value) {
            expect(value.phone).toBe(person.phone);
            if (person.phone) note('Person', id, 'phone');
          }
        } else {
          expect(value.idNumber).toBe(inheritors.get(id)!.citizen_id);
          note('Inheritor', id, 'idNumber');
        }
      }
      Object.values(value).forEach(walk);
    };
    walk(body.data);
    const after = await auditRows();
    expect(after.length).toBe(before.length + 1);
    const event = after[after.length - 1];
    expect(event.operation_name).toBe('wide');
    expect(event.client_id).toBeNull();
    const detail = JSON.parse(event.detail);
    expect(detail.viewer).toEqual({ clientId: null, name: 'test-harness', role: 'ADMIN', regionCode: null, scopes: ['pii:read'] });
    expect(detail.operation).toEqual({ name: 'wide', type: 'query' });
    const listed = new Map<string, Set<string>>((await auditedPersons(event.id)).map((p) => [`${p.type}:${p.id}`, new Set(p.fields)]));
    expect(Number(event.persons_count)).toBe(listed.size);
    expect(listed).toEqual(expected);
    expect(listed.size).toBeGreaterThan(60);
  });

  it('a masked value never counts as a read: asking only names writes no event', async () => {
    const before = (await auditRows()).length;
    await api.data('{ persons(first: 20) { edges { node { name regionCode } } } }');
    expect((await auditRows()).length).toBe(before);
  });

  it('a partner with pii:read sees the real values of its own region only, audited under its API client', async () => {
    const { client, key } = await new ApiClients(api.db.sources.gateway).create({ name: 'Weifang HR', role: 'PARTNER', regionCode: PARTNER_REGION, scopes: ['pii:read'] });
    const { status, body } = await api.post('query mine { persons(first: 100) { edges { node { id idNumber regionCode } } } }', { 'x-api-key': key });
    expect(status).toBe(200);
    const nodes = body.data!.persons.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const node of nodes) {
      expect(inPartnerRegion(node.regionCode)).toBe(true);
      expect(node.idNumber).toBe(persons.get(rowIdOf(node.id))!.citizen_id);
    }
    const outside = [...persons.values()].filter((p) => !inPartnerRegion(p.region_code)).map((p) => p.citizen_id);
    expect(leakedIdentifiers(body, outside)).toEqual([]);
    const [event] = (await auditRows()).slice(-1);
    expect(Number(event.client_id)).toBe(client.id);
    expect(event.operation_name).toBe('mine');
    expect((await auditedPersons(event.id)).map((p) => p.id)).toEqual(nodes.map((n: any) => rowIdOf(n.id)).sort((a: number, b: number) => a - b));
  });

  it('masks per design: 370102************ and 138********', async () => {
    const data = await api.as('ANALYST').data('{ persons(first: 100) { edges { node { id idNumber phone } } } }');
    for (const { node } of data.persons.edges) {
      const person = persons.get(rowIdOf(node.id))!;
      expect(node.idNumber).toBe(maskedId(person.citizen_id));
      expect(node.phone).toBe(person.phone === null ? null : maskedPhone(person.phone));
    }
  });

  it('withholds the response when the audit event cannot be written', async () => {
    const gateway = api.db.sources.gateway;
    await gateway.query('ALTER TABLE audit_event RENAME TO audit_event_away');
    try {
      const { status, body } = await api.post('{ persons(first: 5) { edges { node { idNumber } } } }', { authorization: `Bearer ${await testToken('ADMIN', { scopes: ['pii:read'] })}` });
      expect(status).toBe(500);
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }) })]);
      expect(leakedIdentifiers(body, raw)).toEqual([]);
    } finally {
      await gateway.query('ALTER TABLE audit_event_away RENAME TO audit_event');
    }
  });
});

