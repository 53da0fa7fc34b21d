import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The key the audit log is signed with. Its id (a fingerprint of the public key) is on every event it signed. */
export interface AuditSigner {
  readonly keyId: string;
  readonly publicKey: crypto.KeyObject;
  /** Ed25519 signature of the text, base64url. */
  sign(content: string): string;
}

/** First 128 bits of the SHA-256 of the public key (SPKI DER), hex: enough to tell keys apart, short enough to print. */
export function auditKeyId(publicKey: crypto.KeyObject): string {
  return crypto.createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 32);
}

export function auditSigner(privateKey: crypto.KeyObject): AuditSigner {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`audit signing keys are Ed25519, got ${privateKey.asymmetricKeyType}`);
  const publicKey = crypto.createPublicKey(privateKey);
  return {
    keyId: auditKeyId(publicKey),
    publicKey,
    sign: (content) => crypto.sign(null, Buffer.from(content, 'utf8'), privateKey).toString('base64url'),
  };
}

/** A key that lives as long as the process: for tests, whose logs nobody verifies after the run. */
export function ephemeralAuditSigner(): AuditSigner {
  return auditSigner(crypto.generateKeyPairSync('ed25519').privateKey);
}

export function publicKeyPem(key: crypto.KeyObject): string {
  return key.export({ type: 'spki', format: 'pem' }).toString();
}

/** The public keys a verifier trusts, by key id. */
export class AuditKeyring {
  private readonly keys = new Map<string, crypto.KeyObject>();

  constructor(keys: Iterable<crypto.KeyObject>) {
    for (const key of keys) this.keys.set(auditKeyId(key), key);
  }

  get ids(): string[] {
    return [...this.keys.keys()];
  }

  has(keyId: string): boolean {
    return this.keys.has(keyId);
  }

  /** False for a key id it does not hold, a malformed signature, or one that does not match. */
  verify(keyId: string, content: string, signature: string): boolean {
    const key = this.keys.get(keyId);
    if (!key || !/^[A-Za-z0-9_-]{86}$/.test(signature)) return false;
    return crypto.verify(null, Buffer.from(content, 'utf8'), key, Buffer.from(signature, 'base64url'));
  }
}

export interface KeyFile {
  signer: AuditSigner;
  /** Made just now (the first start). */
  created: boolean;
  /** Group or others may read it. */
  readableByOthers: boolean;
}

/**
 * The signing key kept in a file: read when there, otherwise generated and
 * written with mode 0600. `wx` makes two processes starting at once agree
 * on one key: the loser of the race reads the winner's.
 */
export function loadOrCreateKeyFile(file: string): KeyFile {
  let created = false;
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const pem = crypto.generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    try {
      fs.writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
      created = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  let key: crypto.KeyObject;
  try {
    key = crypto.createPrivateKey(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not a PEM private key: ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${file} holds a ${key.asymmetricKeyType} key; audit keys are Ed25519`);
  return { signer: auditSigner(key), created, readableByOthers: (fs.statSync(file).mode & 0o077) !== 0 };
}
