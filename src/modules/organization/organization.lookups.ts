import { sql } from 'kysely';
import type { RequestContext } from '../../context';
import { hydrator } from '../../shared/sql/record';
import { OrganizationEntity } from '../../sources/culture';
import { runSql, sqlOf } from '../../sources/sql-builder';
import { isForeignSource } from '../../sources/foreign-source';
import { naturalKey } from '../../records';
import { ORGANIZATION, organizationOfDirectoryRow, organizationRecord, OrganizationRecord } from './organization.record';

/** The directory rows and workshop operators among the USCCs: one culture statement. */
async function knownToCulture(ctx: RequestContext, usccs: readonly string[]): Promise<Map<string, OrganizationRecord>> {
  const db = sqlOf('culture', ctx.sources.culture);
  const known = db
    .selectFrom('workshop as operated')
    .select('operated.operatorUscc as uscc')
    .where('operated.operatorUscc', 'in', usccs)
    .union(db.selectFrom('organization as listed').select('listed.uscc').where('listed.uscc', 'in', usccs));
  const statement = db.selectFrom(known.as('known')).leftJoin('organization as o', 'o.uscc', 'known.uscc').selectAll('o').select('known.uscc as knownUscc');
  const rows = await runSql<Record<string, unknown> & { id: unknown; known_uscc: string }>(ctx.sources.culture, statement);
  const directory = hydrator(ctx.sources.culture, OrganizationEntity, 'Organization');
  return new Map(rows.map((row) => [row.known_uscc, row.id === null ? organizationRecord(row.known_uscc) : organizationOfDirectoryRow(directory.hydrate(row))]));
}

/** The USCCs any HR table cites, with the name a training-provider filing gives: one HR statement. */
async function knownToHr(ctx: RequestContext, usccs: readonly string[]): Promise<Array<{ uscc: string; name: string | null }>> {
  const db = sqlOf('hr', ctx.sources.hr);
  const noName = sql<string | null>`null`.as('name');
  const statement = db
    .selectFrom('startupLoan as loan')
    .select(['loan.borrowerUscc as uscc', noName])
    .distinct()
    .where('loan.borrowerUscc', 'in', usccs)
    .unionAll(db.selectFrom('skillCertificate as certificate').select(['certificate.evaluatorUscc as uscc', noName]).distinct().where('certificate.evaluatorUscc', 'in', usccs))
    .unionAll(db.selectFrom('laborBrandUnit as unit').select(['unit.uscc', noName]).distinct().where('unit.uscc', 'in', usccs))
    .unionAll(db.selectFrom('vacancy').select(['vacancy.employerUscc as uscc', noName]).distinct().where('vacancy.employerUscc', 'in', usccs))
    .unionAll(db.selectFrom('trainingProvider as provider').select(['provider.uscc', 'provider.name']).where('provider.uscc', 'in', usccs));
  return runSql<{ uscc: string; name: string | null }>(ctx.sources.hr, statement);
}

/**
 * Organizations by USCC (normalised), wherever the USCC is known: the ONE
 * lookup of this natural key, for reads, `node(id:)` and filings. One culture
 * statement (the directory, and workshop operators outside it) and, only for
 * USCCs the culture side does not know, one HR statement over every table
 * citing USCCs. Null when no source knows the USCC.
 */
export function organizationsByUscc(ctx: RequestContext) {
  return ctx.loaders.get<string, OrganizationRecord | null>('organizationsByUscc', undefined, async (keys) => {
    // In the HR subgraph: the organisation as a reference the culture subgraph fills in (its directory fields, its name).
    if (isForeignSource(ctx.sources.culture)) return keys.map((u) => organizationRecord(u));
    const usccs = [...new Set(keys)];
    const found = await knownToCulture(ctx, usccs);
    // In the culture subgraph: what the code tells of a USCC culture does not know; HR's subgraph adds the rest (the provider's name).
    if (isForeignSource(ctx.sources.hr)) return keys.map((u) => found.get(u) ?? organizationRecord(u, { knownToCulture: false }));
    const rest = usccs.filter((u) => !found.has(u));
    if (rest.length > 0) {
      for (const row of await knownToHr(ctx, rest)) {
        const existing = found.get(row.uscc);
        if (!existing) found.set(row.uscc, organizationRecord(row.uscc, { name: row.name }));
        else if (!existing.name && row.name) existing.name = row.name;
      }
    }
    return keys.map((u) => found.get(u) ?? null);
  });
}

/** Directory rows by USCC (normalised): the culture directory's own record of an organisation, for filings and imports. */
export const DIRECTORY_ORGANIZATION_BY_USCC = naturalKey(ORGANIZATION, { column: 'uscc' });
