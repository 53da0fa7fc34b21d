import { RequestContext } from '../../context';
import { validateUscc } from '../../shared/identifiers';
import { toGlobalId } from '../../shared/relay/global-id';
import { SqlFilter } from '../../shared/sql/filter';
import { Organization } from './organization.type';

/** rowId is the directory row id (0 outside the directory), used only as the keyset tie-breaker. */
export type OrganizationRecord = Organization & { __typename: 'Organization'; rowId: number };

const TYPE_BY_PREFIX: Record<string, Organization['orgType']> = {
  '91': 'ENTERPRISE', '92': 'INDIVIDUAL_BUSINESS', '93': 'FARMERS_COOPERATIVE', '12': 'PUBLIC_INSTITUTION',
  '51': 'SOCIAL_ORGANIZATION', '52': 'SOCIAL_ORGANIZATION', '53': 'SOCIAL_ORGANIZATION',
};

function record(uscc: string, fields: Partial<OrganizationRecord>): OrganizationRecord {
  const checked = validateUscc(uscc, { strict: false });
  return {
    __typename: 'Organization',
    id: toGlobalId('Organization', uscc),
    uscc,
    name: null,
    inDirectory: false,
    orgType: TYPE_BY_PREFIX[uscc.slice(0, 2)] ?? 'OTHER',
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

export function organizationFromDirectoryRow(row: Record<string, unknown>): OrganizationRecord {
  return record(String(row.uscc), {
    name: String(row.name),
    inDirectory: true,
    orgType: row.org_type as Organization['orgType'],
    regionCode: String(row.region_code),
    keyEnterprise: Number(row.key_enterprise) === 1 || row.key_enterprise === true,
    keyProject: Number(row.key_project) === 1 || row.key_project === true,
    listedYear: row.listed_year === null ? null : Number(row.listed_year),
    select100Field: (row.select100_field as Organization['select100Field']) ?? null,
    rowId: Number(row.id),
  });
}

/**
 * Organizations by USCC, wherever the USCC is known: one culture statement
 * (the directory, and workshop operators outside it) and, only for USCCs the
 * culture side does not know, one HR statement over every table citing USCCs.
 * Null when no source knows the USCC.
 */
export function organizationsByUscc(ctx: RequestContext) {
  return ctx.loaders.get<string, OrganizationRecord | null>('organizationsByUscc', undefined, async (usccs) => {
    const found = new Map<string, OrganizationRecord>();
    const culture = new SqlFilter().in('o.uscc', usccs);
    const operators = new SqlFilter().in('w.operator_uscc', usccs);
    const rows: Array<Record<string, unknown>> = await ctx.sources.culture.query(
      `SELECT o.id, o.uscc, o.name, o.org_type, o.region_code, o.key_enterprise, o.key_project, o.listed_year, o.select100_field, 1 AS in_directory FROM organization o WHERE ${culture.sql} ` +
        `UNION ALL SELECT DISTINCT NULL, w.operator_uscc, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0 FROM workshop w WHERE ${operators.sql}`,
      [...culture.params, ...operators.params],
    );
    for (const row of rows) {
      const uscc = String(row.uscc);
      if (Number(row.in_directory) === 1) found.set(uscc, organizationFromDirectoryRow(row));
      else if (!found.has(uscc)) found.set(uscc, record(uscc, {}));
    }
    const rest = usccs.filter((u) => !found.has(u));
    if (rest.length > 0) {
      const parts: string[] = [];
      const params: unknown[] = [];
      for (const [table, column, name] of [
        ['training_provider', 'uscc', 'name'],
        ['labor_brand_unit', 'uscc', 'NULL'],
        ['vacancy', 'employer_uscc', 'NULL'],
        ['startup_loan', 'borrower_uscc', 'NULL'],
        ['skill_certificate', 'evaluator_uscc', 'NULL'],
      ]) {
        const where = new SqlFilter().in(column, rest);
        parts.push(`SELECT DISTINCT ${column} AS uscc, ${name} AS name FROM ${table} WHERE ${where.sql}`);
        params.push(...where.params);
      }
      const hrRows: Array<{ uscc: string; name: string | null }> = await ctx.sources.hr.query(parts.join(' UNION ALL '), params);
      for (const row of hrRows) {
        const existing = found.get(row.uscc);
        if (!existing) found.set(row.uscc, record(row.uscc, { name: row.name }));
        else if (!existing.name && row.name) existing.name = row.name;
      }
    }
    return usccs.map((u) => found.get(u) ?? null);
  });
}
