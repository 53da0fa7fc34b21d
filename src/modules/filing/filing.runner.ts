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
  if (!probe) return (await fileOnce(ctx, info, spec, input, null)).result;
  // The unit is taken before anything is looked up, so concurrent guesses cannot all pass a check none of them was counted in.
  await ctx.idProbes.take(ctx.viewer);
  let answered = false;
  try {
    const outcome = await fileOnce(ctx, info, spec, input, probe);
    answered = outcome.answered;
    return outcome.result;
  } finally {
    if (!answered) await ctx.idProbes.giveBack(ctx.viewer);
  }
}

/** One filing; `answered` when its outcome told the caller something about the ID number it named (see probedAnswers). */
async function fileOnce<R>(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  spec: FilingSpec<R>,
  input: object & { strict?: boolean | null },
  probe: ProbedAnswers | null,
): Promise<{ result: FilingResult; answered: boolean }> {
  const told = (errors: FilingProblemValue[]) => probe !== null && errors.some((e) => e.field === probe.field && probe.codes.includes(e.code));
  const key = ctx.idempotencyKey;
  const clientId = ctx.viewer.clientId ?? 0;
  const store = new IdempotencyStore(ctx.sources.gateway);
  if (key !== null) {
    if (key.trim() === '' || key.length > MAX_KEY_LENGTH) {
      return { result: refused(spec.field, [{ field: KEY_FIELD, code: 'IDEMPOTENCY_KEY_INVALID', message: `The Idempotency-Key header must have 1 to ${MAX_KEY_LENGTH} characters` }]), answered: false };
    }
    const hash = requestHash({ operationName: info.operation.name?.value ?? null, field: info.fieldName, args: { input }, viewer: ctx.viewer });
    const reservation = await store.reserve(clientId, key, hash);
    if (reservation.kind === 'replay') return { result: await replay(ctx, spec, reservation.stored), answered: false };
    if (reservation.kind === 'reused') {
      return { result: refused(spec.field, [{ field: KEY_FIELD, code: 'IDEMPOTENCY_KEY_REUSED', message: 'This Idempotency-Key was already used for a different request; use a new key for a new filing' }]), answered: false };
    }
    if (reservation.kind === 'in-progress') {
      return { result: refused(spec.field, [{ field: KEY_FIELD, code: 'IDEMPOTENCY_KEY_IN_PROGRESS', message: 'A request with this Idempotency-Key is still being processed; retry in a moment' }]), answered: false };
    }
  }

  let written: { key: number | string; warnings: FilingProblemValue[] };
  try {
    written = await fileInTransaction(ctx, spec, input);
  } catch (error) {
    if (key !== null) await store.release(clientId, key);
    if (error instanceof FilingRefused) {
      return { result: refused(spec.field, error.problems.errors, error.problems.warnings), answered: told(error.problems.errors) };
    }
    if (isUniqueViolation(error)) {
      // A concurrent filing took the natural key between our check and our insert.
      const field = spec.rule.batchKey ? `input.${spec.rule.batchKey.field}` : 'input';
      const errors: FilingProblemValue[] = [{ field, code: 'DUPLICATE', message: 'The same record was filed concurrently; it is now on file' }];
      return { result: refused(spec.field, errors), answered: told(errors) };
    }
    throw error;
  }

  const stored: StoredFiling = { field: spec.field, typename: spec.typename, key: written.key, warnings: written.warnings };
  if (key !== null) await store.complete(clientId, key, stored);
  const result = { errors: [], warnings: written.warnings, [spec.field]: await spec.load(ctx, written.key) };
  return { result, answered: probe?.onSuccess === true };
}

interface ProbedAnswers {
  /** The input path of the ID number. */
  field: string;
  /** Refusals on that field that answer whether the number is on file. */
  codes: string[];
  /** Whether the record being written answers it too (a registration: "not on file"). */
  onSuccess: boolean;
}

/**
 * Which outcomes of this filing answer a question about an ID number the
 * caller could not otherwise ask (see auth/id-probes.ts), and so spend a
 * unit of its budget: NOT_FOUND when the caller sees numbers masked; for a
 * registration by a caller without pii:read, both DUPLICATE ("on file") and
 * the registration itself ("not on file": the person rule reports DUPLICATE
 * only for an otherwise valid draft, so a refusal for anything else says
 * nothing); for a region-limited caller with pii:read, DUPLICATE, which may
 * name a person outside its region.
 */
function probedAnswers(ctx: RequestContext, rule: AnyFilingRule, input: object): ProbedAnswers | null {
  const personKey = rule.personKey;
  if (!personKey || typeof (input as Record<string, unknown>)[personKey.field] !== 'string') return null;
  const masked = lookupsConfirmGuesses(ctx.viewer);
  const registration = personKey.duplicateDisclosesRegistration === true;
  const codes: string[] = [];
  if (masked) codes.push('NOT_FOUND');
  if (registration && (masked || ctx.viewer.regionCode !== null)) codes.push('DUPLICATE');
  const onSuccess = registration && masked;
  return codes.length || onSuccess ? { field: `input.${personKey.field}`, codes, onSuccess } : null;
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
