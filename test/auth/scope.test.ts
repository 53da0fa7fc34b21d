import { getMetadataStorage } from 'type-graphql';
import { openTestSources, TestSources } from '../support/backends';
import { createContext } from '../../src/context';
import { PERSON_TYPES } from '../../src/auth/permissions';
import { viewerRegionCodes } from '../../src/auth/person-scope';
import { Viewer } from '../../src/shared/auth/viewer';
import { graphqlSchema } from '../../src/schema';
import { RECORD_TYPES } from '../../src/modules/record-types';
import { recordsOf } from '../../src/records';

const viewer = (role: Viewer['role'], regionCode: string | null = null): Viewer => ({ clientId: null, name: 't', role, scopes: new Set(), regionCode });
const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** Every record type whose rows are about persons: its scope is a condition inside every statement over it. */
const PERSONAL = RECORD_TYPES.filter((d) => d.personLink).map((d) => [snake(d.table), d] as const);

describe('person scope on record types', () => {
  let db: TestSources;
  beforeAll(async () => {
    db = await openTestSources('sqlite');
  });
  afterAll(async () => db?.close());

  it('every HR table that holds a person or points at one is a record type with a person link', () => {
    const personal = db.sources.hr.entityMetadatas
      .filter((m) => m.tableName === 'person' || m.columns.some((c) => ['person_id', 'borrower_person_id', 'enrollment_id'].includes(c.databaseName)))
      .map((m) => m.tableName)
      .sort();
    expect(personal).toEqual(PERSONAL.map(([table]) => table).filter((t) => t !== 'inheritor').sort());
    expect(PERSONAL.map(([table]) => table)).toContain('inheritor');
  });

  it.each(PERSONAL)('%s: no scope for whole-province readers, a region filter for a partner, nothing personal for PUBLIC', (table, definition) => {
    const scope = (v?: Viewer) => recordsOf(createContext(db.sources, v ? { viewer: v } : {}), definition).whereSql(null, 't');
    expect(scope(viewer('ADMIN')).sql).toBe('1 = 1');
    expect(scope(viewer('ANALYST')).sql).toBe('1 = 1');
    const partner = scope(viewer('PARTNER', '370702'));
    expect(partner.sql).toMatch(/region_code"? in \(\?/);
    expect(partner.params).toEqual(expect.arrayContaining(['370702']));
    const anonymous = scope();
    if (table === 'inheritor') expect(anonymous.sql).toBe('1 = 1');
    else if (table === 'startup_loan') expect(anonymous.sql).toMatch(/borrower_person_id"? is null/);
    // A start-up service to an enterprise alone names no person.
    else if (table === 'startup_service') expect(anonymous.sql).toMatch(/"t"\."person_id" is null/);
    else expect(anonymous.sql).toBe('1 = 0');
  });

  it.each(PERSONAL)('%s: aggregates count every row, except for a partner, whose counts stop at its region', (_table, definition) => {
    const scope = (v?: Viewer) => recordsOf(createContext(db.sources, v ? { viewer: v } : {}), definition).whereSql(null, 't', { scope: 'aggregate' });
    expect(scope().sql).toBe('1 = 1');
    expect(scope(viewer('ANALYST')).sql).toBe('1 = 1');
    const partner = scope(viewer('PARTNER', '370702'));
    expect(partner.sql).toMatch(/region_code"? in \(\?/);
    expect(partner.params).toEqual(expect.arrayContaining(['370702']));
  });

  it('viewerRegionCodes: the subtree of the viewer\'s region, null for the province', () => {
    const ctx = (v: Viewer) => createContext(db.sources, { viewer: v });
    expect(viewerRegionCodes(ctx(viewer('PUBLIC')))).toBeNull();
    expect(viewerRegionCodes(ctx(viewer('ADMIN')))).toBeNull();
    const codes = viewerRegionCodes(ctx(viewer('PARTNER', '370700')))!;
    expect(codes[0]).toBe('370700');
    expect(codes).toEqual(expect.arrayContaining(['370702', '370781']));
    expect(codes.every((c) => c.startsWith('3707'))).toBe(true);
  });

  it('every person type is guarded as a whole by @Authorized', async () => {
    await graphqlSchema();
    const guarded = new Set(getMetadataStorage().authorizedResolver.map((a) => (a.target as { name: string }).name));
    for (const type of PERSON_TYPES) expect(guarded).toContain(type);
  });
});
