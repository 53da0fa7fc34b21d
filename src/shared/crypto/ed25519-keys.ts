import crypto from 'node:crypto';

/**
 * The Ed25519 public keys in PEM text: PUBLIC KEY blocks, or PRIVATE KEY
 * blocks whose public half is taken (so the signing key file itself works).
 */
export function ed25519PublicKeysOf(pem: string): crypto.KeyObject[] {
  const blocks = pem.match(/-----BEGIN ([A-Z ]+)-----[\s\S]+?-----END \1-----/g) ?? [];
  if (blocks.length === 0) throw new Error('holds no PEM block');
  return blocks.map((block) => {
    let key: crypto.KeyObject;
    try {
      key = /PRIVATE KEY/.test(block.split('\n')[0]) ? crypto.createPublicKey(crypto.createPrivateKey(block)) : crypto.createPublicKey(block);
    } catch (error) {
      throw new Error(`holds a PEM block that is not a key: ${(error as Error).message}`);
    }
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`holds a ${key.asymmetricKeyType} key; audit keys are Ed25519`);
    return key;
  });
}
