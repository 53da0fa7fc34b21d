import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { CheckpointStore, FileCheckpointStore } from '../../src/auth/audit-checkpoint';
import { AuditSigner, ephemeralAuditSigner } from '../../src/auth/audit-keys';
import { attachAuditSigner } from '../../src/auth/audit-log';
import { auditCommand, AuditCommandSetup } from '../../src/auth/audit.command';
import { CommandIo } from '../../src/auth/command-io';

export function collectingIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io, out, err };
}

/** A signing key of the test's own, attached to the gateway, and what `audit` needs to verify with it. */
export class AuditFixture {
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-audit-'));
  readonly checkpointFile = path.join(this.dir, 'audit-checkpoint.json');
  stores: () => CheckpointStore[] = () => [new FileCheckpointStore(this.checkpointFile)];

  constructor(
    readonly gateway: () => DataSource,
    readonly signer: AuditSigner = ephemeralAuditSigner(),
  ) {}

  attach(): void {
    attachAuditSigner(this.gateway(), this.signer);
  }

  setup(): AuditCommandSetup {
    return { signer: () => this.signer, previousPublicKeys: [], checkpoints: this.stores };
  }

  /** `audit <args>`: exit code and everything printed. */
  async run(...args: string[]) {
    const run = collectingIo();
    const code = await auditCommand(args, this.gateway(), run.io, this.setup());
    return { code, out: run.out, err: run.err, text: [...run.out, ...run.err].join('\n') };
  }

  file(name: string, text: string): string {
    const file = path.join(this.dir, name);
    fs.writeFileSync(file, text);
    return file;
  }

  cleanup(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Empties the log, persons rows first. */
export async function clearAuditLog(gateway: DataSource): Promise<void> {
  await gateway.query('DELETE FROM audit_event_person');
  await gateway.query('DELETE FROM audit_event');
}
