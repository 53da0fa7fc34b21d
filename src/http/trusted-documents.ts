import crypto from 'node:crypto';
import fs from 'node:fs';
import type express from 'express';
import { ConfigError } from '../config';
import { sendGraphqlErrors } from './error-response';
import { limitError } from './limits/limit-error';

export const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Reads the manifest of TRUSTED_DOCUMENTS: either a plain object of
 * `sha256 hex → document`, or Apollo's persisted query manifest
 * (`{ format: "apollo-persisted-query-manifest", operations: [{ id, body }] }`).
 * A 64-hex id must be the sha256 of its document, so a manifest cannot
 * quietly map a known hash to a different operation.
 */
export function loadTrustedDocuments(file: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError('TRUSTED_DOCUMENTS', `${file} is not readable JSON: ${(error as Error).message}`);
  }
  const entries: Array<[string, unknown]> =
    parsed && typeof parsed === 'object' && (parsed as { format?: unknown }).format === 'apollo-persisted-query-manifest'
      ? ((parsed as { operations?: Array<{ id: string; body: unknown }> }).operations ?? []).map((o) => [o.id, o.body])
      : Object.entries(parsed as Record<string, unknown>);
  const documents = new Map<string, string>();
  for (const [id, body] of entries) {
    if (typeof body !== 'string' || !body.trim()) throw new ConfigError('TRUSTED_DOCUMENTS', `document "${id}" in ${file} is not a GraphQL text`);
    if (/^[0-9a-f]{64}$/i.test(id) && sha256(body) !== id.toLowerCase()) {
      throw new ConfigError('TRUSTED_DOCUMENTS', `id ${id} in ${file} is not the sha256 of its document (that is ${sha256(body)})`);
    }
    documents.set(id.toLowerCase(), body);
  }
  if (documents.size === 0) throw new ConfigError('TRUSTED_DOCUMENTS', `${file} holds no documents`);
  return documents;
}

interface GraphqlParams {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

const notAllowed = (message: string) => limitError('PERSISTED_QUERY_NOT_ALLOWED', message);

/** The trusted document a request names, or why it may not run. */
function resolve(params: GraphqlParams, documents: Map<string, string>): { query: string } | { refusal: string } {
  const rawId = typeof params.documentId === 'string' ? params.documentId : params.extensions?.persistedQuery?.sha256Hash;
  if (typeof rawId !== 'string' || !rawId) {
    return { refusal: 'This server runs registered operations only: send the id of a trusted document as documentId or extensions.persistedQuery.sha256Hash.' };
  }
  const id = rawId.replace(/^sha256:/, '').toLowerCase();
  const query = documents.get(id);
  if (!query) return { refusal: `No trusted document has the id "${rawId}"; only registered operations may run.` };
  if (typeof params.query === 'string' && params.query !== query && sha256(params.query) !== id) {
    return { refusal: `The query text sent is not the trusted document "${rawId}".` };
  }
  return { query };
}

/** The params with the registered text as `query` and the id fields removed, so Apollo runs it as an ordinary query. */
function rewrite(params: GraphqlParams, query: string): GraphqlParams {
  const { documentId: _id, extensions, ...rest } = params;
  const { persistedQuery: _pq, ...otherExtensions } = extensions ?? {};
  return { ...rest, query, ...(Object.keys(otherExtensions).length ? { extensions: otherExtensions } : {}) };
}

/**
 * Allow-list mode: every operation (each one of a batch, GET or POST) must
 * name a trusted document by its hash; anything else is refused with
 * PERSISTED_QUERY_NOT_ALLOWED before Apollo sees it.
 */
export function trustedDocumentsOnly(documents: Map<string, string>): express.RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET') {
      const url = new URL(req.url, 'http://localhost');
      let extensions: GraphqlParams['extensions'];
      try {
        extensions = url.searchParams.has('extensions') ? JSON.parse(url.searchParams.get('extensions')!) : undefined;
      } catch {
        extensions = undefined;
      }
      const outcome = resolve({ query: url.searchParams.get('query') ?? undefined, documentId: url.searchParams.get('documentId') ?? undefined, extensions }, documents);
      if ('refusal' in outcome) return sendGraphqlErrors(req, res, [notAllowed(outcome.refusal)]);
      url.searchParams.set('query', outcome.query);
      url.searchParams.delete('documentId');
      url.searchParams.delete('extensions');
      req.url = `${url.pathname}?${url.searchParams}`;
      return next();
    }
    if (req.method !== 'POST' || !req.body || typeof req.body !== 'object') return next();
    const operations: GraphqlParams[] = Array.isArray(req.body) ? req.body : [req.body];
    const rewritten: GraphqlParams[] = [];
    for (const params of operations) {
      const outcome = resolve(params ?? {}, documents);
      if ('refusal' in outcome) return sendGraphqlErrors(req, res, [notAllowed(outcome.refusal)]);
      rewritten.push(rewrite(params, outcome.query));
    }
    req.body = Array.isArray(req.body) ? rewritten : rewritten[0];
    next();
  };
}
