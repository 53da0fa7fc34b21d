import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The linkage key of a person across the agency boundary: HMAC-SHA-256 of
 * the normalised citizen ID under the secret the two bureaus share
 * (PERSON_LINK_SECRET), hex. Without the secret it tells nothing about the
 * ID number (an ID number has about 10^12 plausible values, too few for a
 * plain hash); with the same secret both bureaus compute the same key for
 * the same person, so the gateway joins persons without ever carrying an ID.
 */
export function personLinkKeyUnder(secret: Uint8Array, normalisedCitizenId: string): string {
  return crypto.createHmac('sha256', secret).update(normalisedCitizenId, 'utf8').digest('hex');
}

/** Secrets shorter than this are refused: the key must not be guessable either. */
export const PERSON_LINK_SECRET_MIN_BYTES = 32;

let processSecret: Uint8Array | null = null;

/**
 * The secret this process computes link keys under, set once at start-up
 * (serve, seed, import, link-keys) from PERSON_LINK_SECRET or the generated
 * secret file of the embedded default.
 */
export function usePersonLinkSecret(secret: Uint8Array): void {
  processSecret = secret;
}

/** The secret in use; throws when start-up installed none (a programming error, not a setting). */
export function currentPersonLinkSecret(): Uint8Array {
  if (!processSecret) throw new Error('PERSON_LINK_SECRET: no person link secret is in use; the process must call installPersonLinkSecret at start-up');
  return processSecret;
}

/** The link key of a normalised citizen ID under the process's secret. */
export function personLinkKey(normalisedCitizenId: string): string {
  return personLinkKeyUnder(currentPersonLinkSecret(), normalisedCitizenId);
}

/**
 * The generated secret of a deployment that sets no PERSON_LINK_SECRET: read
 * from the file, or made (32 random bytes, hex, mode 0600) on first start;
 * `wx` makes two processes starting at once agree on one secret.
 */
export function loadOrCreateLinkSecretFile(file: string): { secret: Uint8Array; created: boolean } {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, `${crypto.randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
      return { secret: readSecretFile(file), created: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return { secret: readSecretFile(file), created: false };
}

/** Replaces the generated secret with a fresh one (link-keys rotate on the embedded default). */
export function writeLinkSecretFile(file: string): Uint8Array {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const next = `${file}.next`;
  fs.writeFileSync(next, `${crypto.randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  fs.renameSync(next, file);
  return readSecretFile(file);
}

function readSecretFile(file: string): Uint8Array {
  return new TextEncoder().encode(fs.readFileSync(file, 'utf8').trim());
}
