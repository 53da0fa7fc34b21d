import crypto from 'node:crypto';
import { appendAuditEvent } from '../auth/audit-log';
import type { RequestContext } from '../context';
import { redactIdentifiers, redactIdentifiersIn } from '../shared/identifiers';

/** Longest query text and variables kept verbatim in an event; past it, the hash identifies them. */
const QUERY_CHARS = 16_000;
const VARIABLES_CHARS = 4_000;

export interface ExportSummary {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | null;
  /** The rows' path, as the file was laid out. */
  path: string;
  personTypes: string[];
  /** Rows that left in the file. */
  rows: number;
  /** Persons whose ID number or phone the file showed unmasked (each also in a GraphQL-style audit event). */
  unmaskedPersons: number;
  /** complete, stopped (a limit or an error after the file began; `stoppedBy` says which), or client-closed. */
  outcome: 'complete' | 'stopped' | 'client-closed';
  stoppedBy: string | null;
}

const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * The event of one export that touched persons, masked or not: who, which
 * query with which variables, the rows that left, whether anything was
 * unmasked, how it ended. Written when the export ends, whatever the way.
 */
export function writeExportAudit(ctx: Pick<RequestContext, 'sources' | 'viewer'>, summary: ExportSummary) {
  const { viewer } = ctx;
  const variables = JSON.stringify(summary.variables);
  // The event says what was asked without holding the ID numbers or phones a filter named:
  // those are masked, and the hashes of the exact texts let an auditor holding them match.
  const query = redactIdentifiers(summary.query);
  return appendAuditEvent(ctx.sources.gateway, {
    clientId: viewer.clientId,
    operationName: summary.operationName,
    detail: {
      viewer: { clientId: viewer.clientId, name: viewer.name, role: viewer.role, regionCode: viewer.regionCode, scopes: [...viewer.scopes].sort() },
      operation: { name: summary.operationName, type: 'query' },
      export: {
        query: query.length > QUERY_CHARS ? query.slice(0, QUERY_CHARS) : query,
        ...(query.length > QUERY_CHARS ? { queryTruncated: true } : {}),
        querySha256: sha256(summary.query),
        ...(variables.length > VARIABLES_CHARS
          ? { variablesSha256: sha256(variables), variablesChars: variables.length }
          : { variables: redactIdentifiersIn(summary.variables), variablesSha256: sha256(variables) }),
        path: summary.path,
        personTypes: summary.personTypes,
        rows: summary.rows,
        masked: summary.unmaskedPersons === 0,
        unmaskedPersons: summary.unmaskedPersons,
        outcome: summary.outcome,
        ...(summary.stoppedBy ? { stoppedBy: summary.stoppedBy } : {}),
      },
    },
  });
}
