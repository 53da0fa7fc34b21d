import { AUDIT_DETAIL_BYTES, auditedOperationName, fitJsonText, jsonBytes, operationDetail, sha256, viewerDetail } from '../auth/audit-detail';
import { appendAuditEvent } from '../auth/audit-log';
import type { RequestContext } from '../context';
import { redactIdentifiers, redactIdentifiersIn } from '../shared/identifiers';

/**
 * Bytes (as JSON, in UTF-8) of the variables and the path kept verbatim in an
 * event; past them, the hash identifies them. The query text gets what is
 * left of AUDIT_DETAIL_BYTES, so the event always fits its TEXT column.
 */
const VARIABLES_BYTES = 12_000;
const PATH_BYTES = 2_000;

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

/**
 * The event of one export that touched persons, masked or not: who, which
 * query with which variables, the rows that left, whether anything was
 * unmasked, how it ended. Written when the export ends, whatever the way.
 */
export function writeExportAudit(ctx: Pick<RequestContext, 'sources' | 'viewer'>, summary: ExportSummary) {
  const { viewer } = ctx;
  const variables = JSON.stringify(summary.variables);
  const redactedVariables = redactIdentifiersIn(summary.variables);
  const keepVariables = jsonBytes(redactedVariables) <= VARIABLES_BYTES;
  const path = fitJsonText(summary.path, PATH_BYTES);
  const exported = {
    querySha256: sha256(summary.query),
    ...(keepVariables ? { variables: redactedVariables, variablesSha256: sha256(variables) } : { variablesSha256: sha256(variables), variablesChars: variables.length }),
    path,
    ...(path === summary.path ? {} : { pathTruncated: true }),
    personTypes: summary.personTypes,
    rows: summary.rows,
    masked: summary.unmaskedPersons === 0,
    unmaskedPersons: summary.unmaskedPersons,
    outcome: summary.outcome,
    ...(summary.stoppedBy ? { stoppedBy: summary.stoppedBy } : {}),
  };
  const detail = { viewer: viewerDetail(viewer), operation: operationDetail(summary.operationName, 'query'), export: { query: '', queryTruncated: true, ...exported } };
  // The event says what was asked without holding the ID numbers or phones a filter named:
  // those are masked, and the hashes of the exact texts let an auditor holding them match.
  const redacted = redactIdentifiers(summary.query);
  const query = fitJsonText(redacted, AUDIT_DETAIL_BYTES - jsonBytes(detail));
  return appendAuditEvent(ctx.sources.gateway, {
    clientId: viewer.clientId,
    operationName: auditedOperationName(summary.operationName),
    detail: { ...detail, export: { query, ...(query === redacted ? {} : { queryTruncated: true }), ...exported } },
  });
}
