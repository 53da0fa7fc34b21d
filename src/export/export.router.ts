import express, { Request, Router } from 'express';
import { GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { QueryLimits } from '../config';
import { checkDocument } from '../http/limits/document-limits';
import { limitError } from '../http/limits/limit-error';
import { queryCost } from '../http/limits/query-cost';
import { flushPiiAudit } from '../auth/pii-audit';
import type { RequestContext } from '../context';
import { requestScope } from '../observability/request-scope';
import { cellText, Column } from './export-columns';
import { ExportError } from './export-error';
import { exportPages, pageVariables } from './export-pages';
import { exportPlan } from './export-plan';
import { exportRequest } from './export-request';
import { contentDisposition, sendExportError, writeChunk } from './export-response';
import { csvRecord, UTF8_BOM } from './csv';

export interface ExportRouterOptions {
  schema(): Promise<GraphQLSchema>;
  /** The context /graphql builds for a request (viewer from its credentials), so authorisation and masking are the same. */
  context(req: Request): Promise<RequestContext> | RequestContext;
  /** The limits /graphql applies (size, depth, aliases, root fields, cost): each page of an export stays within them. */
  limits?: QueryLimits;
  /** Writes the audit event of unmasked personal data before it leaves; by default the one GraphQL responses use. */
  audit?(ctx: RequestContext, operation: { name: string | null; type: string }): Promise<unknown>;
}

/** Each page of rows as CSV text, one chunk per page. */
async function* csvChunks(columns: Column[], pages: AsyncGenerator<unknown[]>): AsyncGenerator<string> {
  for await (const rows of pages) yield rows.map((row) => csvRecord(columns.map((c) => cellText(row, c.path)))).join('');
}

/**
 * POST /csv with a JSON body { query, variables?, operationName?, path?,
 * limit?, headers?, filename? }: runs the query through the schema with the
 * request's own context and sends the rows at `path` as CSV (UTF-8 with a
 * BOM, RFC 4180). Connections are paged with their cursors and streamed,
 * page after page, so memory stays flat however long the list. Only JSON
 * bodies are taken: a browser form cannot post one without a CORS preflight.
 */
export function exportRouter(options: ExportRouterOptions): Router {
  const router = express.Router();
  const audit = options.audit ?? flushPiiAudit;
  router.post('/csv', express.json({ limit: '1mb' }), async (req, res) => {
    if (!req.is('application/json')) {
      sendExportError(res, ExportError.of(415, 'BAD_REQUEST', 'send the export request as JSON (content-type: application/json)'));
      return;
    }
    let closed = false;
    res.on('close', () => {
      closed = true;
    });
    let pages: AsyncGenerator<string>;
    let first: IteratorResult<string>;
    let header: string;
    let filename: string;
    // The request deadline (REQUEST_TIMEOUT_MS) bounds each page, not the whole download, which may run for minutes.
    const scope = requestScope();
    const pageBudget = scope ? scope.deadline - scope.startedAt : 0;
    try {
      const request = exportRequest(req.body);
      const refusal = options.limits ? checkDocument(request.query, options.limits) : null;
      if (refusal) throw refusal;
      const schema = await options.schema();
      const plan = exportPlan(schema, request.query, request);
      if (options.limits) {
        const cost = queryCost(schema, plan.document, plan.document.definitions[0] as OperationDefinitionNode, pageVariables(plan, request.variables, null));
        if (cost > options.limits.maxCost) {
          throw limitError('QUERY_TOO_COSTLY', `A page of this export could cost ${cost} points; the limit is ${options.limits.maxCost}. Ask for fewer nested lists.`, {
            cost,
            maximumCost: options.limits.maxCost,
          });
        }
      }
      header = csvRecord(plan.columns.map((c) => c.header));
      filename = request.filename ?? plan.rootKey;
      pages = csvChunks(plan.columns, exportPages({
        schema,
        plan,
        variables: request.variables,
        limit: request.limit,
        contextFor: async () => {
          if (scope) scope.deadline = Date.now() + pageBudget;
          return options.context(req);
        },
        beforeSend: (ctx) => audit(ctx, { name: plan.operationName, type: 'query' }),
      }));
      // The first page runs before any byte is sent, so a bad argument or a refusal still gets its status.
      first = await pages.next();
    } catch (error) {
      sendExportError(res, error);
      return;
    }
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', contentDisposition(filename));
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('cache-control', 'no-store');
    await writeChunk(res, `${UTF8_BOM}${header}${first.done ? '' : first.value}`);
    try {
      while (!first.done && !closed) {
        const next = await pages.next();
        if (next.done) break;
        await writeChunk(res, next.value);
      }
    } catch (error) {
      // Headers are gone: cut the response so the client sees a failed download, never a silently short file.
      res.destroy(error as Error);
      return;
    } finally {
      if (closed) await pages.return(undefined);
    }
    res.end();
  });
  return router;
}
