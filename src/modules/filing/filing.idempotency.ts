import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { Viewer } from '../../shared/auth/viewer';
import { IdempotencyRecordEntity } from '../../sources/gateway';
import { isUniqueViolation } from './filing.sql';

/** What is kept of a successful filing: enough to answer a retry with the same record. */
export interface StoredFiling {
  field: string;
  typename: string;
  /** Row id, or the natural key of a type identified by one (an Organization's USCC). */
  key: number | string;
  warnings: Array<{ field: string; code: string; message: string }>;
}

export type Reservation =
  | { kind: 'new' }
  | { kind: 'replay'; stored: StoredFiling }
  | { kind: 'reused' }
  | { kind: 'in-progress' };

/** JSON with object keys sorted, so equal requests hash equal whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/**
 * SHA-256 of the operation name, the mutation field and its arguments (which
 * carry the variables it uses, and literals too), and who asks: the same key
 * from another caller is another request, never a replay of someone else's.
 */
export function requestHash(parts: { operationName: string | null; field: string; args: unknown; viewer: Viewer }): string {
  const who = { clientId: parts.viewer.clientId, name: parts.viewer.name, role: parts.viewer.role };
  return crypto.createHash('sha256').update(canonicalJson({ operation: parts.operationName, field: parts.field, args: parts.args, who })).digest('hex');
}

const PENDING = '';

/**
 * Idempotency records in the gateway database. A key is reserved (a row with
 * an empty response) before the write, so a concurrent retry finds it taken;
 * completed with the stored result after the commit; released when the filing
 * was refused, so the caller can correct the input and retry with the key.
 */
export class IdempotencyStore {
  constructor(private readonly gateway: DataSource) {}

  async reserve(clientId: number, key: string, hash: string): Promise<Reservation> {
    const repository = this.gateway.getRepository(IdempotencyRecordEntity);
    // Look first, so a plain retry is one SELECT; the unique key settles the rare race of two first attempts.
    let record = await repository.findOneBy({ clientId, idempotencyKey: key });
    if (!record) {
      try {
        await repository.insert({ clientId, idempotencyKey: key, requestHash: hash, response: PENDING, createdAt: new Date() });
        return { kind: 'new' };
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      record = await repository.findOneByOrFail({ clientId, idempotencyKey: key });
    }
    if (record.requestHash !== hash) return { kind: 'reused' };
    if (record.response === PENDING) return { kind: 'in-progress' };
    return { kind: 'replay', stored: JSON.parse(record.response) as StoredFiling };
  }

  async complete(clientId: number, key: string, stored: StoredFiling): Promise<void> {
    await this.gateway.getRepository(IdempotencyRecordEntity).update({ clientId, idempotencyKey: key }, { response: JSON.stringify(stored) });
  }

  async release(clientId: number, key: string): Promise<void> {
    await this.gateway.getRepository(IdempotencyRecordEntity).delete({ clientId, idempotencyKey: key, response: PENDING });
  }
}
