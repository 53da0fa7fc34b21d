import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../sources/gateway/audit-event.entity';
import { verifyAuditChain } from './audit-log';
import { CommandIo } from './command-io';

export const AUDIT_USAGE = `Usage: npm run audit -- <verify|list> [options]

  verify          walk the hash chain of the audit log; report the first broken link (exit 1)
  list [--last N] the newest N events (default 20), oldest first`;

/** `audit verify|list`; returns the exit code. */
export async function auditCommand(args: string[], gateway: DataSource, io: CommandIo): Promise<number> {
  const [action, ...rest] = args;
  const { values } = parseArgs({ args: rest, options: { last: { type: 'string' } }, strict: true });
  switch (action) {
    case 'verify': {
      const report = await verifyAuditChain(gateway);
      if (report.broken) {
        io.err(`audit log BROKEN at event ${report.broken.id}: ${report.broken.reason} (${report.events} event(s) before it check out)`);
        return 1;
      }
      io.out(
        report.head
          ? `audit log intact: ${report.events} event(s); newest is ${report.head.id} with hash ${report.head.hash} (keep it elsewhere to detect deletion of the newest events)`
          : 'audit log intact: no events yet',
      );
      return 0;
    }
    case 'list': {
      const last = values.last === undefined ? 20 : Number(values.last);
      if (!Number.isInteger(last) || last <= 0) {
        io.err(`--last must be a positive whole number, got "${values.last}"`);
        return 1;
      }
      const events = await gateway.getRepository(AuditEventEntity).find({ order: { id: 'DESC' }, take: last });
      if (events.length === 0) io.out('no events');
      for (const e of events.reverse()) io.out(`${e.id}  ${e.occurredAt.toISOString()}  client ${e.clientId ?? '-'}  ${e.operationName ?? '(anonymous)'}  ${e.detail}`);
      return 0;
    }
    default:
      io.err(action ? `unknown audit action "${action}"\n\n${AUDIT_USAGE}` : AUDIT_USAGE);
      return 1;
  }
}
