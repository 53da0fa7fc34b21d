import { Kysely } from 'kysely';
import type { RequestContext } from '../../context';
import { recordsOf } from '../../records';
import { connectionOf } from '../../records/record-connection';
import { ConnectionValue } from '../../shared/relay/connection';
import { MAX_PAGE_SIZE, pagingWindow, Window } from '../../shared/relay/paging';
import type { HrTables } from '../../sources/hr/hr.tables';
import { runSql, sqlOf } from '../../sources/sql-builder';
import { OrganizationFilter, OrganizationsArgs } from './organization.inputs';
import { ORGANIZATION, OrganizationRecord } from './organization.record';

/** The filter's HR facts, each the HR table whose `uscc` column makes an organisation one. */
const HR_FLAGS = { laborBrandUnit: 'laborBrandUnit', trainingProvider: 'trainingProvider' } as const;
type HrFlagTable = (typeof HR_FLAGS)[keyof typeof HR_FLAGS];

/** The most HR keys one statement carries: far above the units and providers of a province, far below every backend's parameter limit. */
const HR_KEYS_PER_STATEMENT = 1000;

/**
 * The HR flags a filter asks about. With a flag asked true, the HR USCCs
 * that decide them are those meeting every flag, and a directory row passes
 * when it is one of them (`wanted`); with every flag asked false, they are
 * those in any flagged table, and a row passes when it is none of them.
 */
interface HrFlags {
  asked: Array<{ table: HrFlagTable; value: boolean }>;
  wanted: boolean;
}

function hrFlags(filter: OrganizationFilter | null | undefined): HrFlags | null {
  const asked = (Object.keys(HR_FLAGS) as Array<keyof typeof HR_FLAGS>)
    .filter((flag) => filter?.[flag] != null)
    .map((flag) => ({ table: HR_FLAGS[flag], value: filter![flag]! }));
  return asked.length ? { asked, wanted: asked.some((f) => f.value) } : null;
}

/** The deciding HR USCCs (see HrFlags), in USCC order: after a key, among candidates, at most `limit`. */
function hrKeysStatement(db: Kysely<HrTables>, flags: HrFlags, options: { after?: string; among?: readonly string[]; limit?: number }) {
  const usccsOf = (table: HrFlagTable) => db.selectFrom(table).select('uscc');
  // Wanted: the USCCs of the tables asked true (then checked against every flag); else of every table asked.
  const tables = flags.asked.filter((f) => f.value === flags.wanted).map((f) => f.table);
  const universe = tables.slice(1).reduce((union, table) => union.union(usccsOf(table)), usccsOf(tables[0]).distinct());
  let keys = db.selectFrom(universe.as('hrKey')).select('hrKey.uscc');
  if (flags.wanted) {
    // The tables' USCCs are never null, so NOT IN is safe.
    for (const { table, value } of flags.asked) keys = keys.where('hrKey.uscc', value ? 'in' : 'not in', usccsOf(table));
  }
  if (options.after !== undefined) keys = keys.where('hrKey.uscc', '>', options.after);
  if (options.among) keys = keys.where('hrKey.uscc', 'in', options.among);
  keys = keys.orderBy('hrKey.uscc');
  return options.limit === undefined ? keys : keys.limit(options.limit);
}

/**
 * The directory of organisations with its cross-agency flags. No SQL joins
 * the two databases, and no list of HR keys may grow without bound, so the
 * HR USCCs deciding the flags are asked first, at most a statement's worth.
 * When they fit (the usual case: a province has hundreds of labour-brand
 * units and training providers), the page and its count are one culture
 * statement each, with the keys as `uscc IN (…)` (or `NOT IN`). When they do
 * not, the page walks the directory in its own order, a full page at a time,
 * asking HR only about each page's candidates, until it has its rows and one
 * more; the count adds up the directory rows of each statement's worth of
 * HR keys. Either way cursors are the directory list's own.
 */
export class OrganizationService {
  constructor(
    private readonly ctx: RequestContext,
    private readonly keysPerStatement = HR_KEYS_PER_STATEMENT,
  ) {}

  private get organizations() {
    return recordsOf(this.ctx, ORGANIZATION);
  }

  private hrKeys(flags: HrFlags, options: { after?: string; among?: readonly string[]; limit?: number }): Promise<string[]> {
    const statement = hrKeysStatement(sqlOf('hr', this.ctx.sources.hr), flags, options);
    return runSql<{ uscc: string }>(this.ctx.sources.hr, statement).then((rows) => rows.map((r) => r.uscc));
  }

  async list(args: OrganizationsArgs): Promise<ConnectionValue<OrganizationRecord>> {
    const flags = hrFlags(args.filter);
    if (!flags) return this.organizations.list(args);
    const { filter, orderBy, ...paging } = args;
    // The directory terms and the page are checked before HR is asked.
    this.organizations.where(filter);
    const window = pagingWindow(paging, this.organizations.ordering(orderBy));
    const keys = await this.hrKeys(flags, { limit: this.keysPerStatement + 1 });
    if (keys.length <= this.keysPerStatement) {
      return this.organizations.list(args, { extra: (w) => [flags.wanted ? w.in('uscc', keys) : w.notIn('uscc', keys)] });
    }
    return this.walk(args, flags, window, keys.slice(0, this.keysPerStatement));
  }

  private async walk(args: OrganizationsArgs, flags: HrFlags, window: Window, firstKeys: string[]): Promise<ConnectionValue<OrganizationRecord>> {
    const { filter, orderBy } = args;
    const kept: OrganizationRecord[] = [];
    let more = false;
    let cursor = (window.backward ? args.before : args.after) ?? null;
    for (let exhausted = false; !more && !exhausted; ) {
      const round = await this.organizations.list({ filter, orderBy, ...(window.backward ? { last: MAX_PAGE_SIZE, before: cursor } : { first: MAX_PAGE_SIZE, after: cursor }) });
      // Nearest the cursor first, as the page takes them.
      const edges = window.backward ? [...round.edges].reverse() : round.edges;
      const passing = await this.passing(flags, edges.map((e) => e.node.uscc));
      for (const { node } of edges) {
        if (!passing(node.uscc)) continue;
        if (kept.length === window.size) {
          more = true;
          break;
        }
        kept.push(node);
      }
      exhausted = edges.length === 0 || !(window.backward ? round.pageInfo.hasPreviousPage : round.pageInfo.hasNextPage);
      cursor = edges[edges.length - 1]?.cursor ?? cursor;
    }
    return connectionOf(kept, this.organizations.ordering(orderBy), window, more, () => this.walkedCount(filter, flags, firstKeys));
  }

  /** Whether each of the candidates passes the flags: one HR statement over the candidates only. */
  private async passing(flags: HrFlags, usccs: readonly string[]): Promise<(uscc: string) => boolean> {
    const deciding = new Set(usccs.length ? await this.hrKeys(flags, { among: usccs }) : []);
    return (uscc) => deciding.has(uscc) === flags.wanted;
  }

  /** The count, a statement's worth of HR keys at a time (keyset on the USCC): the directory rows among them, or the rest. */
  private async walkedCount(filter: OrganizationFilter | null | undefined, flags: HrFlags, firstKeys: string[]): Promise<number> {
    let among = 0;
    for (let keys = firstKeys; keys.length > 0; ) {
      const chunk = keys;
      among += await this.organizations.count(filter, { extra: (w) => [w.in('uscc', chunk)] });
      keys = chunk.length < this.keysPerStatement ? [] : await this.hrKeys(flags, { after: chunk[chunk.length - 1], limit: this.keysPerStatement });
    }
    return flags.wanted ? among : (await this.organizations.count(filter)) - among;
  }
}
