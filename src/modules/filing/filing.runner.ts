import { GraphQLResolveInfo } from 'graphql';
import { lookupsConfirmGuesses } from '../../auth/id-probes';
import { RequestContext } from '../../context';
import { assertCanWrite, filingEnv } from './filing.env';
import { IdempotencyStore, requestHash, StoredFiling } from './filing.idempotency';
import { FilingProblemValue, Problems } from './filing.problems';
import { FieldReader } from './field-reader';
import { AnyFilingRule, FilingDb, FilingRule } from './filing.rule';
import { inTransaction, isUniqueViolation } from './filing.sql';

/** How a mutation files one record and reads it back for its payload. */
export interface FilingSpec<R> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  rule: FilingRule<any, any, R>;
  /** Payload field carrying the record, e.g. `enrollment`. */
  field: string;
  /** GraphQL type of that record. */
  typename: string;
  /** The record's key for the payload: its row id, or a natural key (an Organization's USCC). */
  keyOf?: (id: number, row: R) => number | string;
  /** Reads the record after the commit, through the owning module's loader. */
  load: (ctx: RequestContext, key: number | string) => Promise<object | null>;
}

export type FilingResult = { errors: FilingProblemValue[]; warnings: FilingProblemValue[] } & Record<string, unknown>;

const MAX_KEY_LENGTH = 200;
const KEY_FIELD = 'Idempotency-Key';

/** Thrown inside the transaction so that it rolls back; carries the expected failures out. */
class FilingRefused extends Error {
  constructor(readonly problems: Problems) {
    super('filing refused');
  }
}

function refused(field: string, errors: FilingProblemValue[], warnings: FilingProblemValue[] = []): FilingResult {
  return { errors, warnings, [field]: null };
}

/**
 * A filing mutation from start to end: role, idempotency key, one transaction
 * in the source written, validation with the record type's rule, and the
 * payload with the record read back. Expected failures come back as `errors`
 * with nothing written, in any database.
 */
export async function runFiling<R>(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  spec: FilingSpec<R>,
  input: object & { strict?: boolean | null },
): Promise<FilingResult> {
  assertCanWrite(ctx.viewer, spec.rule.source, `Mutation.${info.fieldName}`);
  const probe = probedAnswers(ctx, spec.rule, input);
  if (probe) await ctx.idProbes.assertOpen(ctx.viewer);
  const key = ctx.idempotencyKey;
  const clientId = ctx.viewer.clientId ?? 0;
  const store = new IdempotencyStore(ctx.sources.gateway);
  if (key !== null) {
    if (key.trim() === '' || key.length > MAX_KEY_LENGTH) {
      return refused(spec.field, [{ field: KEY_FIELD, code: 'IDEMPOTENCY_KEY_INVALID', message: `The Idempotency-Key header must have 1 to ${MAX_KEY_LENGTH} characters` }]);
    }
    const hash = requestHash({ operationName: info.operation.name?.value ?? null, field: info.fieldName, args: { input }, viewer: ctx.viewer });
    const reservation = await store.reserve(clientId, key, hash);
    if (reservation.kind === 'replay') return replay(ctx, spec, reservation.stored);
    if (reservation.kind === 'reused') {
      return refused(spec.field, [{ field: KEY_FIELD, code: 'IDEMPOTENCY_KEY_REUSED', message: 'This Idempotency-Key was already used for a different request; use a new key for a new filing' }]);
    }
    if (reservation.kind === 'in-progress') {
      return refused(spec.field, [{ field: KEY_FIELD, code: 'IDEMPOTENCY_KEY_IN_PROGRESS', message: 'A request with this Idempotency-Key is still being processed; retry in a moment' }]);
    }
  }

  let written: { key: number | string; warnings: FilingProblemValue[] };
  try {
    written = await fileInTransaction(ctx, spec, input);
  } catch (error) {
    if (key !== null) await store.release(clientId, key);
    if (error instanceof FilingRefused) {
      if (probe) await ctx.idProbes.miss(ctx.viewer, error.problems.errors.filter((e) => e.field === probe.field && probe.codes.includes(e.code)).length);
      return refused(spec.field, error.problems.errors, error.problems.warnings);
    }
    if (isUniqueViolation(error)) {
      // A concurrent filing took the natural key between our check and our insert.
      const field = spec.rule.batchKey ? `input.${spec.rule.batchKey.field}` : 'input';
      return refused(spec.field, [{ field, code: 'DUPLICATE', message: 'The same record was filed concurrently; it is now on file' }]);
    }
    throw error;
  }

  const stored: StoredFiling = { field: spec.field, typename: spec.typename, key: written.key, warnings: written.warnings };
  if (key !== null) await store.complete(clientId, key, stored);
  return { errors: [], warnings: written.warnings, [spec.field]: await spec.load(ctx, written.key) };
}

/**
 * Which refusals of this filing answer a question about an ID number the
 * caller could not otherwise ask (see auth/id-probes.ts): NOT_FOUND when the
 * caller sees numbers masked; a registration's DUPLICATE when the caller is
 * limited to a region and the number may be registered outside it.
 */
function probedAnswers(ctx: RequestContext, rule: AnyFilingRule, input: object): { field: string; codes: string[] } | null {
  const personKey = rule.personKey;
  if (!personKey || typeof (input as Record<string, unknown>)[personKey.field] !== 'string') return null;
  const codes: string[] = [];
  if (lookupsConfirmGuesses(ctx.viewer)) codes.push('NOT_FOUND');
  if (personKey.duplicateDisclosesRegistration && ctx.viewer.regionCode !== null) codes.push('DUPLICATE');
  return codes.length ? { field: `input.${personKey.field}`, codes } : null;
}

async function fileInTransaction<R>(ctx: RequestContext, spec: FilingSpec<R>, input: object & { strict?: boolean | null }) {
  const rule = spec.rule;
  const env = filingEnv(ctx.viewer, ctx.regions, input.strict === true);
  return inTransaction(ctx.sources[rule.source], async (tx) => {
    const problems = new Problems();
    const read = new FieldReader(input as Record<string, unknown>, problems, 'input', env);
    const draft = rule.check(read, env);
    const found = await rule.lookup([draft], new FilingDb(rule.source, tx, ctx.sources), env);
    const row = rule.resolve(draft, found, read);
    if (problems.failed || row === null) {
      if (!problems.failed) problems.error('input', 'REQUIRED', 'The filing is incomplete');
      throw new FilingRefused(problems);
    }
    const [id] = await rule.write(tx, [row], true);
    return { key: spec.keyOf ? spec.keyOf(id, row) : id, warnings: problems.warnings };
  });
}

/** A retry with the same key: the same record (read now) and the same warnings, nothing written. */
async function replay<R>(ctx: RequestContext, spec: FilingSpec<R>, stored: StoredFiling): Promise<FilingResult> {
  return { errors: [], warnings: stored.warnings as FilingProblemValue[], [spec.field]: await spec.load(ctx, stored.key) };
}
