import { sql } from 'kysely';
import { asc, Condition, defineRecord, FilterQuery } from '../../records';
import { describeUsccType, UsccEntityType, validateUscc } from '../../shared/identifiers';
import { toGlobalId } from '../../shared/relay/global-id';
import type { NodeRecord } from '../../shared/sql/record';
import { OrganizationEntity, OrganizationType } from '../../sources/culture';
import type { CultureTables } from '../../sources/culture/culture.tables';
import type { OrganizationFilter } from './organization.inputs';
import type { Organization } from './organization.type';

/** rowId is the directory row id (0 outside the directory), used only as the keyset tie-breaker. */
export type OrganizationRecord = Organization & {
  __typename: 'Organization';
  rowId: number;
  /** False for a USCC the culture subgraph does not know (src/federation): its name is then HR's. */
  knownToCulture?: boolean;
};

const TYPE_OF_ENTITY: Partial<Record<UsccEntityType, OrganizationType>> = {
  ENTERPRISE: 'ENTERPRISE',
  INDIVIDUAL_BUSINESS: 'INDIVIDUAL_BUSINESS',
  FARMERS_COOPERATIVE: 'FARMERS_COOPERATIVE',
  PUBLIC_INSTITUTION: 'PUBLIC_INSTITUTION',
  SOCIAL_ORGANISATION: 'SOCIAL_ORGANIZATION',
  PRIVATE_NON_ENTERPRISE_UNIT: 'SOCIAL_ORGANIZATION',
  FOUNDATION: 'SOCIAL_ORGANIZATION',
};

/** The kind of organisation a USCC's type prefix names (GB 32100, read by `describeUsccType`); OTHER for any other prefix. */
export function organizationTypeOfUscc(uscc: string): OrganizationType {
  return TYPE_OF_ENTITY[describeUsccType(uscc.slice(0, 2)).entityType] ?? 'OTHER';
}

/** An organisation by its USCC: what the code itself tells (kind, registering region, checksum warnings), then what a source adds. */
export function organizationRecord(uscc: string, fields: Partial<OrganizationRecord> = {}): OrganizationRecord {
  const checked = validateUscc(uscc, { strict: false });
  return {
    __typename: 'Organization',
    id: toGlobalId('Organization', uscc),
    uscc,
    name: null,
    inDirectory: false,
    orgType: organizationTypeOfUscc(uscc),
    regionCode: uscc.slice(2, 8),
    keyEnterprise: false,
    keyProject: false,
    listedYear: null,
    select100Field: null,
    rowId: 0,
    usccWarnings: checked.ok ? checked.warnings.map((w) => ({ rule: w.rule, message: w.message })) : [],
    ...fields,
  };
}

/** A directory row as its Organization, whose global id is by USCC like every Organization's. */
export function organizationOfDirectoryRow(row: NodeRecord<OrganizationEntity>): OrganizationRecord {
  return organizationRecord(row.uscc, {
    name: row.name,
    inDirectory: true,
    orgType: row.orgType,
    regionCode: row.regionCode,
    keyEnterprise: row.keyEnterprise,
    keyProject: row.keyProject,
    listedYear: row.listedYear,
    select100Field: row.select100Field ?? null,
    rowId: row.rowId,
  });
}

/** Organisations that run (or run no) ICH workshop. */
function operating(q: FilterQuery<OrganizationFilter, CultureTables['organization'], CultureTables>): Condition | null {
  const operates = q.input.operatesWorkshop;
  if (operates === null || operates === undefined) return null;
  const workshops = q.where.db.selectFrom('workshop as operated').select(sql.lit(1).as('one')).where('operated.operatorUscc', '=', q.where.col('uscc'));
  return q.where.exists(workshops, operates);
}

/**
 * The culture directory (山东手造基础信息目录), the root list of the
 * Organization aggregate. The filter's HR flags (`laborBrandUnit`,
 * `trainingProvider`) are facts of the other database, which no statement
 * here can join: `organization.service.ts` applies them, so the root list
 * goes through it.
 */
export const ORGANIZATION = defineRecord({
  typename: 'Organization',
  source: 'culture',
  table: 'organization',
  entity: OrganizationEntity,
  // node(id:) finds an Organization by USCC wherever either agency knows it (organization.lookups.ts).
  node: false,
  orderings: { ID: [], NAME: [asc('name')], USCC: [asc('uscc')] },
  filter: (_f: OrganizationFilter, q) => [
    q.regionSubtree('regionCode', 'regionCode'),
    q.oneOf('orgTypes', 'orgType'),
    q.flag('keyEnterprise', 'keyEnterprise'),
    q.flag('keyProject', 'keyProject'),
    q.oneOf('listedYears', 'listedYear'),
    q.contains('nameContains', 'name'),
    operating(q),
  ],
  hydrate: organizationOfDirectoryRow,
});
