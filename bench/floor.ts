/**
 * The floor of the benchmark: the same answers as the GraphQL operations,
 * computed with hand-written SQL straight against MariaDB through mysql2
 * (no GraphQL, no ORM, no loaders): one statement per level per source,
 * joins inside a source where a person writing SQL by hand would use them,
 * window functions for per-parent pages with their counts. The results have
 * the GraphQL `data` shape, so the harness can check both give the same data.
 */
import type { Pool } from 'mysql2/promise';
import { toGlobalId } from '../src/shared/relay/global-id';
import { regionDirectory } from '../src/shared/regions';

export interface FloorPools {
  culture: Pool;
  hr: Pool;
}

type Row = Record<string, any>;

/** Counts statements, so the table can show SQL per request for the floor too. */
export class Counted {
  statements = 0;
  constructor(readonly pools: FloorPools) {}

  async query(source: keyof FloorPools, sql: string, params: unknown[] = []): Promise<Row[]> {
    this.statements++;
    const [rows] = await this.pools[source].query(sql, params);
    return rows as Row[];
  }
}

const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ') || 'NULL';

function groupBy<T extends Row>(rows: T[], key: string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = String(row[key]);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** `heritageItems(first: 20) { edges { node { id name level number regionCode } } }` */
export async function shallow(db: Counted) {
  const rows = await db.query('culture', 'SELECT id, name, level, number, region_code FROM heritage_item ORDER BY id LIMIT 21');
  return {
    heritageItems: {
      edges: rows.slice(0, 20).map((r) => ({ node: { id: toGlobalId('HeritageItem', r.id), name: r.name, level: r.level, number: r.number, regionCode: r.region_code } })),
    },
  };
}

/** `node(id:) { id ... on Person { name gender birthYear regionCode } }` for a Person id. */
export async function nodeLookup(db: Counted, personId: number) {
  const [row] = await db.query('hr', 'SELECT id, name, gender, birth_date, region_code FROM person WHERE id = ?', [personId]);
  return { node: row ? { id: toGlobalId('Person', row.id), name: row.name, gender: row.gender, birthYear: Number(String(row.birth_date).slice(0, 4)), regionCode: row.region_code } : null };
}

/**
 * A page per parent and each parent's total in one statement: ROW_NUMBER()
 * picks the page, COUNT(*) OVER the total, both partitioned by the parent.
 */
async function pagesPerParent(db: Counted, source: keyof FloorPools, columns: string, from: string, parent: string, parents: readonly unknown[], size: number) {
  if (parents.length === 0) return new Map<string, Row[]>();
  const rows = await db.query(
    source,
    `SELECT * FROM (SELECT ${columns}, ${parent} AS parent, ROW_NUMBER() OVER (PARTITION BY ${parent} ORDER BY t.id) AS rn, COUNT(*) OVER (PARTITION BY ${parent}) AS total ` +
      `FROM ${from} WHERE ${parent} IN (${marks(parents)})) w WHERE w.rn <= ${size} ORDER BY w.rn`,
    [...parents],
  );
  return groupBy(rows, 'parent');
}

const connection = <T>(rows: Row[] | undefined, node: (r: Row) => T, withCount = true) => ({
  ...(withCount ? { totalCount: rows?.length ? Number(rows[0].total) : 0 } : {}),
  edges: (rows ?? []).map((r) => ({ node: node(r) })),
});

/** schema/examples/dashboard.graphql for one region, by hand. */
export async function dashboard(db: Counted, regionCode = '370700') {
  const regions = regionDirectory();
  const subtree = regions.subtreeCodes(regionCode);
  const where = `level IN ('NATIONAL', 'PROVINCIAL') AND category IN ('TRADITIONAL_ART', 'TRADITIONAL_CRAFTSMANSHIP') AND region_code IN (${marks(subtree)})`;
  const [items, [{ n: itemCount }]] = await Promise.all([
    db.query('culture', `SELECT id, item_key, name, number, level, region_code FROM heritage_item WHERE ${where} ORDER BY id LIMIT 20`, subtree),
    db.query('culture', `SELECT COUNT(*) AS n FROM heritage_item WHERE ${where}`, subtree),
  ]);
  const itemIds = items.map((i) => i.id);
  const itemKeys = items.map((i) => i.item_key);

  // culture: workshops per item, then their recognitions and operators
  const workshopsByItem = await pagesPerParent(db, 'culture', 't.id, t.name, t.jobs_created, t.operator_uscc', 'workshop t JOIN workshop_heritage_item j ON j.workshop_id = t.id', 'j.item_id', itemIds, 5);
  const workshops = [...workshopsByItem.values()].flat();
  const workshopIds = [...new Set(workshops.map((w) => w.id))];
  const usccs = [...new Set(workshops.map((w) => w.operator_uscc).filter(Boolean))];
  // hr, at the same time: catalogue entries per item key
  const [recognitions, organizations, units, entriesByKey] = await Promise.all([
    workshopIds.length ? db.query('culture', `SELECT workshop_id, level, year FROM workshop_recognition WHERE workshop_id IN (${marks(workshopIds)}) ORDER BY year, id`, workshopIds) : [],
    usccs.length ? db.query('culture', `SELECT uscc, name FROM organization WHERE uscc IN (${marks(usccs)})`, usccs) : [],
    usccs.length
      ? db.query('hr', `SELECT u.uscc, u.unit_kind, b.name AS brand_name FROM labor_brand_unit u JOIN labor_brand b ON b.id = u.brand_id WHERE u.uscc IN (${marks(usccs)}) ORDER BY u.id`, usccs)
      : [],
    pagesPerParent(db, 'hr', 't.id, t.title', 'training_catalog_entry t JOIN training_catalog_item j ON j.entry_id = t.id', 'j.item_key', itemKeys, 5),
  ]);
  const names = new Map(organizations.map((o) => [o.uscc, o.name as string | null]));
  const missing = usccs.filter((u) => !names.has(u));
  if (missing.length) {
    for (const p of await db.query('hr', `SELECT uscc, name FROM training_provider WHERE uscc IN (${marks(missing)})`, missing)) names.set(p.uscc, p.name);
  }
  const recognitionsBy = groupBy(recognitions, 'workshop_id');
  const unitsBy = groupBy(units, 'uscc');

  // hr: cohorts per entry, enrolments per cohort with their trainees, titles per trainee
  const entryIds = [...new Set([...entriesByKey.values()].flat().map((e) => e.id))];
  const cohortsByEntry = await pagesPerParent(db, 'hr', 't.id, t.code, t.starts_on', 'training_cohort t', 't.catalog_entry_id', entryIds, 3);
  const cohortIds = [...new Set([...cohortsByEntry.values()].flat().map((c) => c.id))];
  const enrollmentsByCohort = await pagesPerParent(db, 'hr', 't.id, t.status, p.id AS person_id, p.name AS person_name', 'enrollment t JOIN person p ON p.id = t.person_id', 't.cohort_id', cohortIds, 5);
  const personIds = [...new Set([...enrollmentsByCohort.values()].flat().map((e) => e.person_id))];
  const titlesByPerson = await pagesPerParent(db, 'hr', 't.id, t.kind, t.year', 'talent_title t', 't.person_id', personIds, 3);

  return {
    heritageItems: {
      totalCount: Number(itemCount),
      edges: items.map((item) => ({
        node: {
          name: item.name,
          number: item.number,
          level: item.level,
          region: regions.get(item.region_code) ? { name: regions.get(item.region_code)!.name } : null,
          workshops: connection(workshopsByItem.get(String(item.id)), (w) => ({
            name: w.name,
            jobsCreated: Number(w.jobs_created),
            recognitions: (recognitionsBy.get(String(w.id)) ?? []).map((r) => ({ level: r.level, year: Number(r.year) })),
            operator: w.operator_uscc
              ? {
                  name: names.get(w.operator_uscc) ?? null,
                  uscc: w.operator_uscc,
                  laborBrandUnits: (unitsBy.get(w.operator_uscc) ?? []).map((u) => ({ unitKind: u.unit_kind, brand: { name: u.brand_name } })),
                }
              : null,
          })),
          trainingCatalogEntries: connection(
            entriesByKey.get(String(item.item_key)),
            (e) => ({
              title: e.title,
              cohorts: connection(cohortsByEntry.get(String(e.id)), (c) => ({
                code: c.code,
                startsOn: c.starts_on,
                enrollments: connection(enrollmentsByCohort.get(String(c.id)), (en) => ({
                  status: en.status,
                  trainee: {
                    name: en.person_name,
                    talentTitles: connection(titlesByPerson.get(String(en.person_id)), (t) => ({ kind: t.kind, year: Number(t.year) }), false),
                  },
                })),
              })),
            }),
            false,
          ),
        },
      })),
    },
  };
}
