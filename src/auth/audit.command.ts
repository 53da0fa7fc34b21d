import fs from 'node:fs';
import type { KeyObject } from 'node:crypto';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../sources/gateway/audit-event.entity';
import { CheckpointStore, FileCheckpointStore } from './audit-checkpoint';
import { AuditKeyring, auditKeyId, auditPublicKeysOf, AuditSigner, publicKeyPem } from './audit-keys';
import { checkpointHead, ExpectedHead, verifyAuditChain } from './audit-verify';
import { CommandIo } from './command-io';

export const AUDIT_USAGE = `Usage: npm run audit -- <verify|public-key|list> [options]

  verify [--public-key FILE]... [--expect-head COUNT:HASH]... [--checkpoint FILE]... [--no-checkpoint]
                  check every event's link, hash and signature, and that the log still reaches
                  the server's checkpoints (and each head or checkpoint file given); exit 1 if not,
                  and also when the log holds events but no checkpoint or head can be found to
                  compare with, unless --no-checkpoint accepts the chain alone.
                  With --public-key, only the keys in those PEM files are trusted (no private key needed)
  public-key      print the public key the audit log is signed with (PEM), for auditors
  list [--last N] the newest N events (default 20), oldest first`;

/** What the command needs of the configuration; each part is resolved only by the actions that use it. */
export interface AuditCommandSetup {
  /** The configured signing key (AUDIT_SIGNING_KEY or the key file under DATA_DIR). */
  signer(): AuditSigner;
  /** AUDIT_PUBLIC_KEYS: earlier keys, still trusted. */
  previousPublicKeys: KeyObject[];
  /** Where the server anchors its checkpoints. */
  checkpoints(): CheckpointStore[];
}

class UsageError extends Error {}

function publicKeysFrom(files: string[]): KeyObject[] {
  return files.flatMap((file) => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`--public-key ${file}: ${(error as Error).message}`);
    }
    try {
      return auditPublicKeysOf(text);
    } catch (error) {
      throw new UsageError(`--public-key ${file} ${(error as Error).message}`);
    }
  });
}

function expectedHeads(values: string[]): ExpectedHead[] {
  return values.map((value) => {
    const match = /^(\d+):([0-9a-f]{64})$/.exec(value.trim());
    if (!match) throw new UsageError(`--expect-head must be COUNT:HASH as verify prints it (e.g. 120:3f…), got "${value}"`);
    return { source: '--expect-head', events: Number(match[1]), hash: match[2] };
  });
}

interface VerifyValues {
  'public-key'?: string[];
  'expect-head'?: string[];
  checkpoint?: string[];
  'no-checkpoint'?: boolean;
}

async function verify(values: VerifyValues, gateway: DataSource, io: CommandIo, setup: AuditCommandSetup): Promise<number> {
  const given = values['public-key'] ?? [];
  const keys = given.length > 0 ? publicKeysFrom(given) : [setup.signer().publicKey, ...setup.previousPublicKeys];
  const keyring = new AuditKeyring(keys);
  const heads = expectedHeads(values['expect-head'] ?? []);
  const untrusted: string[] = [];
  const notes: string[] = [];
  const stores = [...setup.checkpoints(), ...(values.checkpoint ?? []).map((file) => new FileCheckpointStore(file))];
  try {
    for (const store of stores) {
      try {
        const cp = await store.read();
        if (cp === null) {
          notes.push(`no checkpoint in ${store.name} yet`);
          continue;
        }
        const head = checkpointHead(cp, keyring, store.name);
        if ('reason' in head) untrusted.push(`${head.source}: ${head.reason}`);
        else heads.push(head);
      } catch (error) {
        untrusted.push(`${store.name} could not be read: ${(error as Error).message}`);
      }
    }
  } finally {
    for (const store of stores) await store.close();
  }
  const report = await verifyAuditChain(gateway, { keyring, heads });
  if (report.broken) {
    io.err(`audit log BROKEN at event ${report.broken.id}: ${report.broken.reason} (${report.events} event(s) before it check out)`);
    return 1;
  }
  for (const line of untrusted) io.err(`checkpoint NOT TRUSTED: ${line}`);
  for (const missing of report.missing) io.err(`audit log TRUNCATED OR REWRITTEN: ${missing.reason}`);
  if (untrusted.length > 0 || report.missing.length > 0) return 1;
  // A chain checked against nothing proves nothing about its end: deleting the newest events together with the
  // checkpoint would pass. So events with no head to compare with fail, unless the operator accepts that in so many words.
  const acknowledged = values['no-checkpoint'] === true;
  if (report.head && heads.length === 0 && !acknowledged) {
    const where = stores.length > 0 ? stores.map((s) => s.name).join(', ') : 'any checkpoint store (none is configured)';
    io.err(
      `audit log UNANCHORED: its ${report.events} event(s) check out, but there is no checkpoint in ${where} and no --expect-head to compare with, so the deletion of the newest events (with the checkpoint) would not show; find the checkpoint (another volume, Redis, an auditor's copy: --checkpoint FILE, --expect-head COUNT:HASH), or pass --no-checkpoint to accept the chain alone`,
    );
    return 1;
  }
  if (report.head) {
    const unsigned = report.unsigned > 0 ? `, ${report.unsigned} of them from before events were signed` : '';
    io.out(`audit log intact: ${report.events} event(s)${unsigned}, signed by key ${report.keyIds.join(', ') || '(none)'}; head ${report.head.seq}:${report.head.hash} (event ${report.head.id})`);
  } else {
    io.out('audit log intact: no events yet');
  }
  for (const head of heads) io.out(`  reaches ${head.source}: ${head.events} event(s)`);
  for (const note of notes) io.out(`  ${note}`);
  if (heads.length === 0) {
    io.out(
      report.head
        ? '  compared with no checkpoint (--no-checkpoint): the loss of the newest events would not show'
        : '  compared with no checkpoint: a log emptied together with its checkpoint would look the same (keep the checkpoint on another volume or in Redis)',
    );
  }
  return 0;
}

/** `audit verify|public-key|list`; returns the exit code. */
export async function auditCommand(args: string[], gateway: DataSource, io: CommandIo, setup: AuditCommandSetup): Promise<number> {
  const [action, ...rest] = args;
  try {
    const { values } = parseArgs({
      args: rest,
      options: {
        last: { type: 'string' },
        'public-key': { type: 'string', multiple: true },
        'expect-head': { type: 'string', multiple: true },
        checkpoint: { type: 'string', multiple: true },
        'no-checkpoint': { type: 'boolean' },
      },
      strict: true,
    });
    switch (action) {
      case 'verify':
        return await verify(values, gateway, io, setup);
      case 'public-key': {
        const signer = setup.signer();
        io.out(publicKeyPem(signer.publicKey).trimEnd());
        io.err(`key id ${auditKeyId(signer.publicKey)}`);
        return 0;
      }
      case 'list': {
        const last = values.last === undefined ? 20 : Number(values.last);
        if (!Number.isInteger(last) || last <= 0) throw new UsageError(`--last must be a positive whole number, got "${values.last}"`);
        const events = await gateway.getRepository(AuditEventEntity).find({ order: { seq: 'DESC' }, take: last });
        if (events.length === 0) io.out('no events');
        for (const e of events.reverse()) {
          const persons = e.personsCount === null ? '' : `  ${e.personsCount} person(s)`;
          io.out(`${e.seq}  #${e.id}  ${e.occurredAt.toISOString()}  client ${e.clientId ?? '-'}  ${e.operationName ?? '(anonymous)'}${persons}  key ${e.keyId ?? 'unsigned'}  ${e.detail}`);
        }
        return 0;
      }
      default:
        io.err(action ? `unknown audit action "${action}"\n\n${AUDIT_USAGE}` : AUDIT_USAGE);
        return 1;
    }
  } catch (error) {
    // parseArgs' errors are TypeErrors with an ERR_PARSE_ARGS_* code (from Node's own realm, so no instanceof).
    const code = String((error as { code?: unknown }).code ?? '');
    if (error instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(error as Error).message}\n\n${AUDIT_USAGE}`);
      return 1;
    }
    throw error;
  }
}
