import { RequestContext } from '../../context';
import { badInput } from '../../shared/errors';
import { recordsOf } from '../../records';
import { ConnectionValue } from '../../shared/relay/connection';
import { encodeCursor, Ordering, pagingWindow, requireCursorRowId, Window } from '../../shared/relay/paging';
import { SKILL_LEVELS } from '../../sources/hr';
import { JOB_SEEKER } from './job-seeking.record';

/**
 * Job matching (人岗匹配) in SQL: one statement scores and pages every
 * (vacancy, job seeker) pair of a batch of parents, paged per parent by a
 * window; one more counts them if `totalCount` is read. Both backends run the
 * same text. The points (see MATCH_FORMULA, quoted in the schema):
 */
export const MATCH_POINTS = {
  sameItem: 40,
  sameCategory: 20,
  /** Per grade of the best certificate held in a matching craft: APPRENTICE 2 … CHIEF_TECHNICIAN 16. */
  certificateGrade: 2,
  sameCounty: 30,
  sameCity: 20,
  sameProvince: 10,
  availableByPosting: 10,
  availableByClosing: 5,
} as const;

export const MATCH_FORMULA =
  'total = craft + certificate + region + availability. craft: 40 when the job seeker offers the vacancy\'s own ICH item, else 20 for another item of the same ICH category ' +
  '(a pair with neither is no match and is not listed). certificate: 2 per grade of the highest skill level certified in a matching craft ' +
  '(APPRENTICE 2, JUNIOR 4, INTERMEDIATE 6, SENIOR 8, TECHNICIAN 10, SENIOR_TECHNICIAN 12, PRINCIPAL_TECHNICIAN 14, CHIEF_TECHNICIAN 16; none 0). ' +
  'region: the best of the wished regions against the place of work: 30 the same region code (county), 20 the same city (first four digits), 10 the same province (first two). ' +
  'availability: 10 when the job seeker can start by the day the vacancy was posted, 5 by its closing day, else 0. ' +
  'Ranked by total, highest first, then by the other side\'s registration order; only ACTIVE job seekers and OPEN vacancies are matched. ' +
  '— 匹配分 = 技艺 + 证书 + 地域 + 到岗：同一非遗项目40分、同一门类20分；匹配技艺中最高技能等级每级2分（学徒工2分至首席技师16分）；意向工作地与工作地同县30分、同市20分、同省10分；发布日前可到岗10分、截止日前5分。';

const CERTIFICATE_POINTS = `CASE s.certificate_level ${SKILL_LEVELS.map((level, i) => `WHEN '${level}' THEN ${(i + 1) * MATCH_POINTS.certificateGrade}`).join(' ')} ELSE 0 END`;

export interface MatchRow {
  vacancyId: number;
  jobSeekerId: number;
  craft: number;
  certificate: number;
  region: number;
  availability: number;
  total: number;
}

export type MatchSide = 'candidates' | 'vacancies';

/** The scored pairs of the parents: `candidates` for vacancy ids, `vacancies` for job-seeker ids. */
function scoredPairs(side: MatchSide, parents: readonly number[], scope: { sql: string; params: unknown[] }): { sql: string; params: unknown[] } {
  const parentColumn = side === 'candidates' ? 'v.id' : 'j.id';
  const state = side === 'candidates' ? "j.status = 'ACTIVE'" : "v.status = 'OPEN'";
  const p = MATCH_POINTS;
  const grouped = `
    SELECT v.id AS vacancy_id, j.id AS job_seeker_id, v.region_code AS vacancy_region, v.posted_on, v.closes_on, j.available_from,
      MAX(CASE WHEN s.item_key = v.item_key THEN ${p.sameItem} ELSE ${p.sameCategory} END) AS craft,
      MAX(${CERTIFICATE_POINTS}) AS certificate
    FROM vacancy v
    JOIN job_seeker_skill s ON (s.item_key = v.item_key OR s.ich_category = v.ich_category)
    JOIN job_seeker j ON j.id = s.job_seeker_id
    WHERE ${parentColumn} IN (${parents.map(() => '?').join(', ')}) AND ${state} AND (${scope.sql})
    GROUP BY v.id, j.id, v.region_code, v.posted_on, v.closes_on, j.available_from`;
  const scored = `
    SELECT g.vacancy_id, g.job_seeker_id, g.craft, g.certificate,
      COALESCE((SELECT MAX(CASE WHEN w.region_code = g.vacancy_region THEN ${p.sameCounty}
                              WHEN SUBSTR(w.region_code, 1, 4) = SUBSTR(g.vacancy_region, 1, 4) THEN ${p.sameCity}
                              WHEN SUBSTR(w.region_code, 1, 2) = SUBSTR(g.vacancy_region, 1, 2) THEN ${p.sameProvince} ELSE 0 END)
                FROM job_seeker_wished_region w WHERE w.job_seeker_id = g.job_seeker_id), 0) AS region,
      CASE WHEN g.available_from <= g.posted_on THEN ${p.availableByPosting}
           WHEN g.closes_on IS NOT NULL AND g.available_from <= g.closes_on THEN ${p.availableByClosing} ELSE 0 END AS availability
    FROM (${grouped}) g`;
  return {
    sql: `SELECT m.*, m.craft + m.certificate + m.region + m.availability AS total FROM (${scored}) m`,
    params: [...parents, ...scope.params],
  };
}

/** How many pairs match per parent: the craft join alone, since the other components never exclude a pair. */
function pairCounts(side: MatchSide, parents: readonly number[], scope: { sql: string; params: unknown[] }): { sql: string; params: unknown[] } {
  const parentColumn = side === 'candidates' ? 'v.id' : 'j.id';
  const otherColumn = side === 'candidates' ? 'j.id' : 'v.id';
  const state = side === 'candidates' ? "j.status = 'ACTIVE'" : "v.status = 'OPEN'";
  return {
    sql: `SELECT ${parentColumn} AS parent, COUNT(DISTINCT ${otherColumn}) AS n FROM vacancy v
      JOIN job_seeker_skill s ON (s.item_key = v.item_key OR s.ich_category = v.ich_category)
      JOIN job_seeker j ON j.id = s.job_seeker_id
      WHERE ${parentColumn} IN (${parents.map(() => '?').join(', ')}) AND ${state} AND (${scope.sql}) GROUP BY ${parentColumn}`,
    params: [...parents, ...scope.params],
  };
}

const parentOf = (side: MatchSide) => (side === 'candidates' ? 'vacancy_id' : 'job_seeker_id');
const otherOf = (side: MatchSide) => (side === 'candidates' ? 'job_seeker_id' : 'vacancy_id');

/** Keyset of a match list: the total, highest first, then the other side's row id. */
export const MATCH_ORDERING: Ordering = { key: 'MATCH_SCORE', columns: [{ column: 'total', property: 'total', direction: 'DESC' }] };

function toRow(r: Record<string, unknown>): MatchRow {
  return {
    vacancyId: Number(r.vacancy_id),
    jobSeekerId: Number(r.job_seeker_id),
    craft: Number(r.craft),
    certificate: Number(r.certificate),
    region: Number(r.region),
    availability: Number(r.availability),
    total: Number(r.total),
  };
}

export interface MatchArgs {
  first?: number | null;
  after?: string | null;
}

/**
 * One page of matches per parent: all parents of a request asking for the
 * same page share one statement (and one COUNT when totalCount is read).
 */
export function matchPages(ctx: RequestContext, side: MatchSide, args: MatchArgs, argumentPrefix = '') {
  const window: Window = pagingWindow({ first: args.first, after: args.after }, MATCH_ORDERING, argumentPrefix);
  requireCursorRowId(window);
  if (window.cursor && !Number.isSafeInteger(window.cursor[0])) throw badInput(window.cursorArgument, 'the cursor does not hold a match score, so no match list issued it; start again without it');
  const hr = ctx.sources.hr;
  const scope = recordsOf(ctx, JOB_SEEKER).whereSql(null, 'j');
  const counts = ctx.loaders.get<number, number>(`matchCounts:${side}`, {}, async (parents) => {
    const counted = pairCounts(side, parents, scope);
    const rows: Array<Record<string, unknown>> = await hr.query(counted.sql, counted.params);
    const byParent = new Map(rows.map((r) => [Number(r.parent), Number(r.n)]));
    return parents.map((p) => byParent.get(p) ?? 0);
  });
  return ctx.loaders.get<number, ConnectionValue<MatchRow>>(`matchPages:${side}`, { first: window.size, after: args.after ?? null }, async (parents) => {
    const pairs = scoredPairs(side, parents, scope);
    const params = [...pairs.params];
    let after = '';
    if (window.cursor) {
      const [total, rowId] = window.cursor as [number, number];
      after = `WHERE m.total < ? OR (m.total = ? AND m.${otherOf(side)} > ?)`;
      params.push(total, total, rowId);
    }
    params.push(window.size + 1);
    const statement = `SELECT x.* FROM (
        SELECT m.*, ROW_NUMBER() OVER (PARTITION BY m.${parentOf(side)} ORDER BY m.total DESC, m.${otherOf(side)} ASC) AS rn
        FROM (${pairs.sql}) m ${after}
      ) x WHERE x.rn <= ? ORDER BY x.${parentOf(side)}, x.rn`;
    const raw: Array<Record<string, unknown>> = await hr.query(statement, params);
    const byParent = new Map<number, MatchRow[]>();
    for (const r of raw) {
      const row = toRow(r);
      const parent = side === 'candidates' ? row.vacancyId : row.jobSeekerId;
      const list = byParent.get(parent) ?? [];
      list.push(row);
      byParent.set(parent, list);
    }
    return parents.map((parent) => {
      const all = byParent.get(parent) ?? [];
      const rows = all.slice(0, window.size);
      const edges = rows.map((node) => ({ cursor: encodeCursor(MATCH_ORDERING, [node.total, side === 'candidates' ? node.jobSeekerId : node.vacancyId]), node }));
      let counted: Promise<number> | undefined;
      return {
        edges,
        pageInfo: { hasNextPage: all.length > window.size, hasPreviousPage: window.hadCursor, startCursor: edges[0]?.cursor ?? null, endCursor: edges[edges.length - 1]?.cursor ?? null },
        get totalCount() {
          counted ??= counts.load(parent);
          return counted;
        },
      };
    });
  });
}
