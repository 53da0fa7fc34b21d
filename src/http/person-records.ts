import { defaultFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { PERSON_RECORD_TYPES } from '../auth/permissions';

/**
 * The person records one request served through /graphql, each counted
 * once however many of its fields were read or however often it appears
 * (by type and row id): what it is charged against the client's daily
 * quota of person rows (see person-row-quota.plugin.ts). An enrolment and
 * its trainee are two records.
 */
export class PersonRecordTally {
  private readonly objects = new WeakSet<object>();
  private readonly keys = new Set<string>();
  private anonymous = 0;

  note(type: string, record: unknown): void {
    if (record === null || typeof record !== 'object' || this.objects.has(record)) return;
    this.objects.add(record);
    const rowId = (record as { rowId?: unknown }).rowId;
    if (typeof rowId === 'number') this.keys.add(`${type}:${rowId}`);
    else this.anonymous++;
  }

  /** The records noted since the last call, and forgets them (each operation of a batch is charged its own). */
  take(): number {
    const count = this.keys.size + this.anonymous;
    this.keys.clear();
    this.anonymous = 0;
    return count;
  }
}

const TALLIED = Symbol('person records tallied');

/**
 * Makes every field of a person-record type (PERSON_RECORD_TYPES) note its
 * parent record in the request's tally, so that whatever path serves a
 * record (a list, node(id:), a nested link, a mutation's payload), it is
 * counted. A record whose fields are all refused still counts: it was
 * looked up for the caller.
 */
export function tallyPersonRecords(schema: GraphQLSchema): void {
  for (const name of PERSON_RECORD_TYPES) {
    const type = schema.getType(name);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      if ((resolve as { [TALLIED]?: boolean })[TALLIED]) continue;
      const tallied: typeof resolve = (source, args, ctx, info) => {
        (ctx as { personRecords?: PersonRecordTally } | undefined)?.personRecords?.note(name, source);
        return resolve(source, args, ctx, info);
      };
      field.resolve = Object.assign(tallied, { [TALLIED]: true });
    }
  }
}
