import express, { Request, Response, Router } from 'express';
import { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { QueryLimits } from '../config';
import { checkDocument } from '../http/limits/document-limits';
import { limitError } from '../http/limits/limit-error';
import { queryCost } from '../http/limits/query-cost';
import { checkTextArguments } from '../http/limits/text-arguments';
import { PersonRowQuota, quotaKey } from '../http/person-row-quota';
import { bodyReadError } from '../http/request-body';
import { RateLimiter, rateLimitKey } from '../http/rate-limit';
import { flushPiiAudit } from '../auth/pii-audit';
import type { RequestContext } from '../context';
import { requestScope } from '../observability/request-scope';
import { MAX_PAGE_SIZE } from '../shared/relay/paging';
import { ExportBudget } from './export-budget';
import { ExportError } from './export-error';
import { ExportSummary, writeExportAudit } from './export-audit';
import { exportPages, startOf } from './export-pages';
import { EXPORT_NAMES, exportPlan, ExportPlan } from './export-plan';
import { exportRequest, ExportRequest } from './export-request';
import { contentDisposition, sendExportError, writeChunk } from './export-response';
import { ExportSession } from './export-session';
import { csvRecord, UTF8_BOM } from './csv';

export interface ExportRouterOptions {
  schema(): Promise<GraphQLSchema>;
  /** The context /graphql builds for a request (viewer from its credentials), so authorisation and masking are the same. */
  context(req: Request): Promise<RequestContext> | RequestContext;
  /** The limits /graphql applies (size, depth, aliases, root fields, cost): each page of an export stays within them. */
  limits?: QueryLimits;
  /** The rate-limit budget /graphql charges: an export is charged the cost of every page it reads. */
  rateLimiter?: RateLimiter | null;
  /** EXPORT_PERSON_ROWS_PER_DAY: rows of person records a client may export per day. */
  personRowQuota?: PersonRowQuota | null;
  /** Writes the audit event of unmasked personal data before it leaves; by default the one GraphQL responses use. */
  audit?(ctx: RequestContext, operation: { name: string | null; type: string }): Promise<unknown>;
  logger?: { error(object: object, message: string): void };
}

/** Everything an export needs once the request checked out and its first page ran. */
interface Started {
  request: ExportRequest;
  plan: ExportPlan;
  ctx: RequestContext;
  session: ExportSession;
  chunks: AsyncGenerator<string>;
  first: IteratorResult<string>;
}

/** The request checked, authenticated, charged, planned and its first page run: anything refused here is refused before a byte is sent. */
async function start(req: Request, options: ExportRouterOptions, held: { budget: ExportBudget | null }): Promise<Started> {
  const scope = requestScope();
  // The request deadline (REQUEST_TIMEOUT_MS) bounds each page, not the whole download, which may run for minutes.
  const pageBudget = scope ? scope.deadline - scope.startedAt : 0;
  const request = exportRequest(req.body);
  const ctx = await options.context(req);
  const budget = budgetOf(req, ctx, options);
  held.budget = budget;
  await budget.arrive();
  const refusal = options.limits ? checkDocument(request.query, options.limits) : null;
  if (refusal) throw refusal;
  const schema = await options.schema();
  const plan = exportPlan(schema, request.query, request);
  const costOf = (document: typeof plan.document, variables: Record<string, unknown>) =>
    queryCost(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
  // The same cap on text arguments as /graphql, before anything runs.
  const overLong = checkTextArguments(plan.document, plan.document.definitions[0] as OperationDefinitionNode, request.variables);
  if (overLong) throw overLong;
  if (options.limits) {
    // The largest page this export will run: a full one, unless its first says fewer.
    const cost = costOf(plan.document, { ...request.variables, [EXPORT_NAMES.first]: Math.min(MAX_PAGE_SIZE, plan.bounds.first ?? MAX_PAGE_SIZE) });
    if (cost > options.limits.maxCost) {
      throw limitError('QUERY_TOO_COSTLY', `A page of this export could cost ${cost} points; the limit is ${options.limits.maxCost}. Ask for fewer nested lists.`, {
        cost,
        maximumCost: options.limits.maxCost,
      });
    }
  }
  if (plan.personTypes.length > 0) await budget.checkQuota();
  const audit = options.audit ?? flushPiiAudit;
  let fresh = false;
  const run = {
    schema,
    plan,
    variables: request.variables,
    limit: request.limit,
    // The first page reuses the context that authenticated the request; later pages get fresh loaders.
    contextFor: async () => {
      if (scope) scope.deadline = Date.now() + pageBudget;
      if (!fresh) {
        fresh = true;
        return ctx;
      }
      return options.context(req);
    },
    beforePage: (page: { document: typeof plan.document; variables: Record<string, unknown> }) => budget.chargePage(costOf(page.document, page.variables)),
    beforeSend: async (pageCtx: RequestContext) => {
      session.unmaskedPersons += pageCtx.piiReads.list().length;
      return audit(pageCtx, { name: plan.operationName, type: 'query' });
    },
  };
  const from = await startOf(run);
  const session = new ExportSession(plan, budget, from);
  const chunks = session.chunks(exportPages(run, from));
  return { request, plan, ctx, session, chunks, first: await chunks.next() };
}

/** The rate-limit key as /graphql keeps it, and the quota's key (which follows a JWT's subject rather than its IP). */
function budgetOf(req: Request, ctx: RequestContext, options: ExportRouterOptions): ExportBudget {
  const scope = requestScope();
  const ip = scope?.ip ?? req.ip ?? 'unknown';
  const rate = rateLimitKey(ctx.viewer, ip);
  if (scope) scope.client = rate;
  return new ExportBudget(options.rateLimiter ?? null, options.personRowQuota ?? null, { rate, quota: quotaKey(ctx.viewer, ip) });
}

/** Writes the last text and waits until it is handed to the socket, so cutting the transfer next does not lose it. */
function finish(res: Response, text: string): Promise<void> {
  return new Promise((resolve) => res.write(text, () => resolve()));
}

/**
 * POST /csv with a JSON body { query, variables?, operationName?, path?,
 * limit?, headers?, filename? }: runs the query through the schema with the
 * request's own context and sends the rows at `path` as CSV (UTF-8 with a
 * BOM, RFC 4180). Connections are paged with their cursors and streamed,
 * page after page, so memory stays flat however long the list. Each page is
 * charged to the client's rate-limit budget, person rows to its daily
 * quota; a limit reached after the file began ends it with a notice record
 * and a cut transfer. Only JSON bodies are taken: a browser form cannot post
 * one without a CORS preflight.
 */
export function exportRouter(options: ExportRouterOptions): Router {
  const router = express.Router();
  const maxBodyBytes = options.limits?.maxBodyBytes ?? 1024 * 1024;
  router.post('/csv', express.json({ limit: maxBodyBytes }), async (req, res) => {
    if (!req.is('application/json')) {
      sendExportError(res, ExportError.of(415, 'BAD_REQUEST', 'send the export request as JSON (content-type: application/json)'));
      return;
    }
    let closed = false;
    res.on('close', () => {
      closed = true;
    });
    const held: { budget: ExportBudget | null } = { budget: null };
    let started: Started;
    try {
      started = await start(req, options, held);
    } catch (error) {
      for (const [name, value] of held.budget?.headers() ?? []) res.setHeader(name, value);
      sendExportError(res, error);
      return;
    }
    const { request, plan, ctx, session, chunks, first } = started;
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', contentDisposition(request.filename ?? plan.rootKey));
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-store');
    for (const [name, value] of held.budget!.headers()) res.setHeader(name, value);
    let stop: unknown = null;
    await writeChunk(res, `${UTF8_BOM}${csvRecord(plan.columns.map((c) => c.header))}${first.done ? '' : first.value}`);
    try {
      while (!first.done && !closed) {
        const next = await chunks.next();
        if (next.done) break;
        await writeChunk(res, next.value);
      }
    } catch (error) {
      stop = error;
    } finally {
      if (closed) await chunks.return(undefined);
    }
    const notice = stop === null || closed ? null : session.stopNotice(stop);
    if (notice?.code === 'INTERNAL_SERVER_ERROR') options.logger?.error({ err: stop }, 'export failed after the file began; the download is cut');
    if (notice) await finish(res, notice.record);
    const summary: ExportSummary = {
      query: request.query,
      variables: request.variables,
      operationName: plan.operationName,
      path: plan.rowKeys.join('.'),
      personTypes: plan.personTypes,
      rows: session.rows,
      unmaskedPersons: session.unmaskedPersons,
      outcome: closed ? 'client-closed' : notice ? 'stopped' : 'complete',
      stoppedBy: notice?.code ?? null,
    };
    let audited = true;
    if (plan.personTypes.length > 0 || session.unmaskedPersons > 0) {
      try {
        await writeExportAudit(ctx, summary);
      } catch (error) {
        audited = false;
        options.logger?.error({ err: error }, 'export audit event not written; the download is cut');
      }
    }
    // Headers are gone: a stopped export, or one whose audit event failed, is cut so the client sees a failed download, never a quietly short file.
    if (notice || !audited || closed) res.destroy();
    else res.end();
  });
  // A body that could not be read (not JSON, too large, not UTF-8) is refused in the export's own JSON shape, not with
  // express's HTML error page, which carries a stack and the server's paths; anything else is an internal error, logged.
  router.use('/csv', ((error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const refusal = bodyReadError(error, maxBodyBytes);
    if (!refusal) options.logger?.error({ err: error }, 'export request failed before it started');
    sendExportError(res, refusal ?? error);
  }) as express.ErrorRequestHandler);
  return router;
}
