import type { RequestContext } from '../context';
import { AuditEventEntity } from '../sources/gateway/audit-event.entity';
import { auditedOperationName, operationDetail, viewerDetail } from './audit-detail';
import { appendAuditEvent } from './audit-log';

/**
 * Writes the request's unmasked reads as ONE audit event (who, when, which
 * operation, and a row per person with its fields, however many persons),
 * then forgets them; nothing when nothing was unmasked. GraphQL calls it as the response is sent; the CSV
 * export calls it itself before the file leaves.
 */
export async function flushPiiAudit(
  ctx: Pick<RequestContext, 'sources' | 'viewer' | 'piiReads'>,
  operation: { name: string | null; type?: string | null },
): Promise<AuditEventEntity | null> {
  if (ctx.piiReads.isEmpty) return null;
  const { viewer } = ctx;
  const event = await appendAuditEvent(ctx.sources.gateway, {
    clientId: viewer.clientId,
    operationName: auditedOperationName(operation.name),
    detail: { viewer: viewerDetail(viewer), operation: operationDetail(operation.name, operation.type ?? null) },
    persons: ctx.piiReads.list(),
  });
  ctx.piiReads.clear();
  return event;
}
