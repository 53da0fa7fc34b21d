import { RawBuilder, sql } from 'kysely';
import type { DataSource } from 'typeorm';
import { SqlFilter } from '../../../shared/sql/filter';
import { sqlOf } from '../../../sources/sql-builder';
import type { FamilyQuery } from '../dispatch.queries';
import type { Period } from '../period';

/** A hand-written condition with `?` placeholders (a person scope) as a Kysely expression with the same values. */
export function filterExpression(filter: SqlFilter): RawBuilder<boolean> {
  const parts = filter.sql.split('?');
  return sql<boolean>`${sql.join(
    parts.map((part, i) => (i < filter.params.length ? sql`${sql.raw(part)}${filter.params[i]}` : sql.raw(part))),
    sql``,
  )}`;
}

const FEN = sql<number>`CAST(ROUND(t.amount * 100) AS SIGNED INTEGER)`;

/**
 * Subsidy claims filed in the period and claims paid in it. Each is its own
 * branch of a UNION ALL, so each reads only its own date index: one
 * condition `claimed_on in period OR paid_on in period` uses neither, and
 * scans every claim (531k at scale 100).
 */
export function subsidyFamily(hr: DataSource, period: Period, codes: readonly string[], scope?: SqlFilter): FamilyQuery {
  const db = sqlOf('hr', hr);
  const branch = (claimed: boolean) =>
    db
      .selectFrom('subsidyClaim as t')
      .innerJoin('enrollment as e', 'e.id', 't.enrollmentId')
      .innerJoin('trainingCohort as c', 'c.id', 'e.cohortId')
      .select([
        'c.regionCode as regionCode',
        sql<number>`${claimed ? 1 : 0}`.as('claims'),
        (claimed ? FEN : sql<number>`0`).as('claimedFen'),
        sql<number>`${claimed ? 0 : 1}`.as('paidClaims'),
        (claimed ? sql<number>`0` : FEN).as('paidFen'),
      ])
      .where(claimed ? 't.claimedOn' : 't.paidOn', '>=', period.from)
      .where(claimed ? 't.claimedOn' : 't.paidOn', '<=', period.to)
      .$if(!claimed, (q) => q.where('t.status', '=', 'PAID'))
      .where('c.regionCode', 'in', codes.length ? [...codes] : [''])
      .$if(scope !== undefined, (q) => q.where(filterExpression(scope!)));
  const query = db
    .selectFrom(branch(true).unionAll(branch(false)).as('x'))
    .select([
      'x.regionCode as region_code',
      sql<number>`SUM(x.claims)`.as('subsidy_claims'),
      sql<number>`SUM(x.claimed_fen)`.as('subsidy_claimed_fen'),
      sql<number>`SUM(x.paid_claims)`.as('subsidy_paid_claims'),
      sql<number>`SUM(x.paid_fen)`.as('subsidy_paid_fen'),
    ])
    .groupBy('x.regionCode');
  const compiled = query.compile();
  return {
    family: 'subsidies',
    source: 'hr',
    sql: compiled.sql,
    params: [...compiled.parameters],
    figures: ['subsidy_claims', 'subsidy_claimed_fen', 'subsidy_paid_claims', 'subsidy_paid_fen'],
  };
}
