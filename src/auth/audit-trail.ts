import { DataSource } from 'typeorm';
import { AppConfig, ConfigError } from '../config';
import type { Logger } from '../observability/logger';
import { startAnchoring } from './audit-anchor';
import { CheckpointStore, FileCheckpointStore, RedisCheckpointStore } from './audit-checkpoint';
import { auditSigner, AuditSigner, ephemeralAuditSigner, loadOrCreateKeyFile } from './audit-keys';
import { attachAuditSigner, attachedAuditSigner } from './audit-log';
import type { AuditCommandSetup } from './audit.command';

/** What the server needs to sign the audit log and anchor its head. */
export interface AuditTrail {
  signer: AuditSigner;
  checkpoints: CheckpointStore[];
  checkpointIntervalMs: number;
}

type TrailConfig = Pick<AppConfig, 'env' | 'databases' | 'audit'>;

/**
 * The signing key: AUDIT_SIGNING_KEY when set. Otherwise a key file under
 * DATA_DIR, made on first start: what the embedded default (all SQLite, one
 * machine) uses, and development on MySQL too, with a warning. Production
 * on MySQL refuses: there, copies of the server come and go with their
 * disks, and each would sign with a key of its own that nobody keeps.
 */
export function resolveAuditSigner(config: TrailConfig, warn: (line: string) => void): AuditSigner {
  if (config.audit.signingKey) return auditSigner(config.audit.signingKey);
  const onMysql = config.databases.gateway.driver === 'mysql';
  if (onMysql && config.env === 'production') {
    throw new ConfigError(
      'AUDIT_SIGNING_KEY',
      'is not set; with the gateway database on MySQL, production needs an Ed25519 private key (PEM text or a file; openssl genpkey -algorithm ed25519) kept apart from the databases',
    );
  }
  const file = config.audit.keyFile;
  let key;
  try {
    key = loadOrCreateKeyFile(file);
  } catch (error) {
    throw new ConfigError('AUDIT_SIGNING_KEY', `is not set, and the key file used instead cannot be used: ${(error as Error).message}`);
  }
  if (key.created) warn(`audit log: created the signing key ${file} (key id ${key.signer.keyId}); give auditors its public key: npm run audit -- public-key`);
  if (key.readableByOthers) warn(`audit log: the signing key ${file} can be read by other users; chmod 600 it`);
  if (onMysql) warn(`audit log: AUDIT_SIGNING_KEY is not set, so events are signed with ${file} on this machine's disk; production refuses to start like this`);
  return key.signer;
}

/** Where checkpoints go: AUDIT_CHECKPOINT_FILE (by default under DATA_DIR unless Redis is used), and Redis with REDIS_URL. */
export function checkpointStores(settings: AppConfig['audit']): CheckpointStore[] {
  const stores: CheckpointStore[] = [];
  if (settings.checkpointFile) stores.push(new FileCheckpointStore(settings.checkpointFile));
  if (settings.checkpointRedis) stores.push(new RedisCheckpointStore(settings.checkpointRedis.url, settings.checkpointRedis.key));
  return stores;
}

export function openAuditTrail(config: TrailConfig, warn: (line: string) => void): AuditTrail {
  return {
    signer: resolveAuditSigner(config, warn),
    checkpoints: checkpointStores(config.audit),
    checkpointIntervalMs: config.audit.checkpointIntervalSeconds * 1000,
  };
}

/** The configuration as `npm run audit` uses it. */
export function auditCommandSetup(config: TrailConfig, warn: (line: string) => void): AuditCommandSetup {
  let signer: AuditSigner | null = null;
  return {
    signer: () => (signer ??= resolveAuditSigner(config, warn)),
    previousPublicKeys: config.audit.previousPublicKeys,
    checkpoints: () => checkpointStores(config.audit),
  };
}

/**
 * What a server does with its trail: signs this gateway's events with its
 * key and anchors the head in its stores until stopped. Without a trail
 * (tests), events are signed with a key that dies with the process, and
 * nothing is anchored.
 */
export function startAuditTrail(gateway: DataSource, trail: AuditTrail | undefined, options: { env: AppConfig['env']; logger: Logger }): { stop(): Promise<void> } {
  if (!trail && options.env !== 'test') options.logger.warn('audit events are signed with a throw-away key and not anchored: pass the audit trail to createServer');
  const { signer, checkpoints, checkpointIntervalMs } = trail ?? { signer: attachedAuditSigner(gateway) ?? ephemeralAuditSigner(), checkpoints: [], checkpointIntervalMs: 60_000 };
  attachAuditSigner(gateway, signer);
  const anchor = checkpoints.length > 0 ? startAnchoring(gateway, signer, checkpoints, { intervalMs: checkpointIntervalMs, logger: options.logger }) : null;
  return { stop: async () => anchor?.stop() };
}
