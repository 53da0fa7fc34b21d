import { getMetadataStorage } from 'type-graphql';
import { openTestSources, TestSources } from '../support/backends';
import { createContext } from '../../src/context';
import { PERSON_TYPES } from '../../src/auth/permissions';
import { viewerRegionCodes } from '../../src/auth/person-scope';
import { Viewer } from '../../src/shared/auth/viewer';
import { graphqlSchema } from '../../src/schema';
import { personHydrator, targetGroupStatusHydrator } from '../../src/modules/person/person.record';
import { ENROLLMENT, SUBSIDY_CLAIM } from '../../src/modules/training';
import { contestEntryHydrator, skillCertificateHydrator, talentTitleHydrator } from '../../src/modules/talent/talent.record';
import { startupLoanHydrator } from '../../src/modules/employment/startup-loan.loader';
import { INHERITOR } from '../../src/modules/heritage';
import { AnyRecordDefinition, recordsOf } from '../../src/records';
import { RequestContext } from '../../src/context';
import { RecordSource } from '../../src/shared/loaders/rows-by-id';

const viewer = (role: Viewer['role'], regionCode: string | null = null): Viewer => ({ clientId: null, name: 't', role, scopes: new Set(), regionCode });

// The record sources of every table that holds a person or points at one.
const SCOPED: Record<string, (ctx: RequestContext) => RecordSource<unknown>> = {
  person: personHydrator,
  target_group_status: targetGroupStatusHydrator,
  skill_certificate: skillCertificateHydrator,
  talent_title: talentTitleHydrator,
  contest_entry: contestEntryHydrator,
  startup_loan: startupLoanHydrator,
};

describe('person scope on record sources', () => {
  let db: TestSources;
  beforeAll(async () => {
    db = await openTestSources('sqlite');
  });
  afterAll(async () => db?.close());

  it('covers every HR table that points at a person (a new one must be added here and scoped)', () => {
    const personal = db.sources.hr.entityMetadatas
      .filter((m) => m.tableName === 'person' || m.columns.some((c) => ['person_id', 'borrower_person_id', 'enrollment_id'].includes(c.databaseName)))
      .map((m) => m.tableName)
      .sort();
    expect(personal).toEqual([...Object.keys(SCOPED), ...Object.keys(DEFINED).filter((t) => t !== 'inheritor')].sort());
  });

  it.each(Object.entries(SCOPED))('%s: no scope for whole-province readers, a region filter for a partner', (table, source) => {
    expect(source(createContext(db.sources, { viewer: viewer('ADMIN') })).scope).toBeUndefined();
    expect(source(createContext(db.sources, { viewer: viewer('ANALYST') })).scope).toBeUndefined();
    const partner = source(createContext(db.sources, { viewer: viewer('PARTNER', '370702') })).scope!;
    expect(partner.sql).toMatch(/region_code IN \(\?/);
    expect(partner.params).toEqual(expect.arrayContaining(['370702']));
    const anonymous = source(createContext(db.sources)).scope;
    if (table === 'inheritor') expect(anonymous).toBeUndefined();
    else if (table === 'startup_loan') expect(anonymous!.sql).toBe('(t.borrower_person_id IS NULL)');
    else expect(anonymous!.sql).toBe('(1 = 0)');
  });

  // Record types defined once (records/): their scope is a condition inside every statement over them.
  const DEFINED: Record<string, AnyRecordDefinition> = { inheritor: INHERITOR, enrollment: ENROLLMENT, subsidy_claim: SUBSIDY_CLAIM };

  it.each(Object.entries(DEFINED))('%s (defined record): no scope for whole-province readers, a region filter for a partner', (table, definition) => {
    const scope = (v?: Viewer) => recordsOf(createContext(db.sources, v ? { viewer: v } : {}), definition).whereSql(null, 't');
    expect(scope(viewer('ADMIN')).sql).toBe('1 = 1');
    expect(scope(viewer('ANALYST')).sql).toBe('1 = 1');
    const partner = scope(viewer('PARTNER', '370702'));
    expect(partner.sql).toMatch(/region_code"? in \(\?/);
    expect(partner.params).toEqual(expect.arrayContaining(['370702']));
    const anonymous = scope();
    if (table === 'inheritor') expect(anonymous.sql).toBe('1 = 1');
    else if (table === 'startup_loan') expect(anonymous.sql).toMatch(/borrower_person_id"? is null/);
    else expect(anonymous.sql).toBe('1 = 0');
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
