import fs from 'node:fs';
import path from 'node:path';
import Redis from 'ioredis';
import { GENESIS_HASH } from './audit-canonical';
import { AuditKeyring, AuditSigner } from './audit-keys';

/** The head of the chain at one moment, signed, kept outside the audit database. */
export interface Checkpoint {
  /** Events in the chain: the seq of its head (0 for an empty chain). */
  events: number;
  headId: number | null;
  headHash: string;
  /** When it was taken, ISO-8601 UTC. */
  at: string;
  keyId: string;
  signature: string;
}

export interface ChainHead {
  events: number;
  headId: number | null;
  headHash: string;
}

export const EMPTY_HEAD: ChainHead = { events: 0, headId: null, headHash: GENESIS_HASH };

function checkpointContent(cp: Omit<Checkpoint, 'signature'>): string {
  return JSON.stringify(['shh-audit-checkpoint/1', cp.events, cp.headId, cp.headHash, cp.at, cp.keyId]);
}

export function signCheckpoint(signer: AuditSigner, head: ChainHead, now = new Date()): Checkpoint {
  const unsigned = { ...head, at: now.toISOString(), keyId: signer.keyId };
  return { ...unsigned, signature: signer.sign(checkpointContent(unsigned)) };
}

export function checkpointSignatureValid(cp: Checkpoint, keyring: AuditKeyring): boolean {
  return keyring.verify(cp.keyId, checkpointContent(cp), cp.signature);
}

/** A checkpoint read back from where it was kept; throws, naming the place, on anything else. */
export function parseCheckpoint(text: string, where: string): Checkpoint {
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${where} does not hold a checkpoint: it is not JSON`);
  }
  const ok =
    value !== null &&
    typeof value === 'object' &&
    Number.isSafeInteger(value.events) &&
    (value.events as number) >= 0 &&
    (value.headId === null || Number.isSafeInteger(value.headId)) &&
    typeof value.headHash === 'string' &&
    /^[0-9a-f]{64}$/.test(value.headHash) &&
    typeof value.at === 'string' &&
    typeof value.keyId === 'string' &&
    typeof value.signature === 'string';
  if (!ok) throw new Error(`${where} does not hold a checkpoint: expected { events, headId, headHash, at, keyId, signature }`);
  const { events, headId, headHash, at, keyId, signature } = value as unknown as Checkpoint;
  return { events, headId, headHash, at, keyId, signature };
}

/** One place checkpoints are kept. */
export interface CheckpointStore {
  /** Where, for messages: `file /srv/data/audit-checkpoint.json`, `redis key shh:audit:checkpoint`. */
  readonly name: string;
  /** The newest checkpoint kept, or null when none was ever written. */
  read(): Promise<Checkpoint | null>;
  /** Keeps it, unless what is kept already counts as many events or more (another server copy got there first). */
  write(cp: Checkpoint): Promise<boolean>;
  close(): Promise<void>;
}

/** A JSON file, replaced whole by a rename so a reader never sees half of one. */
export class FileCheckpointStore implements CheckpointStore {
  readonly name: string;

  constructor(readonly file: string) {
    this.name = `file ${file}`;
  }

  async read(): Promise<Checkpoint | null> {
    let text: string;
    try {
      text = await fs.promises.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return parseCheckpoint(text, this.name);
  }

  async write(cp: Checkpoint): Promise<boolean> {
    const kept = await this.read();
    if (kept && kept.events >= cp.events) return false;
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    await fs.promises.writeFile(temporary, `${JSON.stringify(cp, null, 2)}\n`, { mode: 0o644 });
    await fs.promises.rename(temporary, this.file);
    return true;
  }

  async close(): Promise<void> {}
}

// Compare-and-set in one step, so copies of the server racing each other never move the checkpoint back.
const WRITE_IF_FURTHER = `
local kept = tonumber(redis.call('HGET', KEYS[1], 'events') or '-1')
if tonumber(ARGV[1]) > kept then
  redis.call('HSET', KEYS[1], 'events', ARGV[1], 'checkpoint', ARGV[2])
  return 1
end
return 0`;

/** A Redis hash (REDIS_URL), shared by every copy of the server. */
export class RedisCheckpointStore implements CheckpointStore {
  readonly name: string;
  private readonly redis: Redis;
  private connecting: Promise<void> | null = null;

  constructor(url: string, readonly key: string) {
    this.name = `redis key ${key}`;
    this.redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
    // Failures surface from the commands, with their store named; the client keeps reconnecting meanwhile.
    this.redis.on('error', () => undefined);
  }

  private async ready(): Promise<Redis> {
    if (this.redis.status === 'wait') {
      this.connecting = this.redis.connect().finally(() => {
        this.connecting = null;
      });
    }
    if (this.connecting) await this.connecting;
    return this.redis;
  }

  async read(): Promise<Checkpoint | null> {
    const text = await (await this.ready()).hget(this.key, 'checkpoint');
    return text === null ? null : parseCheckpoint(text, this.name);
  }

  async write(cp: Checkpoint): Promise<boolean> {
    return Number(await (await this.ready()).eval(WRITE_IF_FURTHER, 1, this.key, String(cp.events), JSON.stringify(cp))) === 1;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
