import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppConfig, ConfigError, loadConfig } from '../../src/config';
import { auditKeyId, publicKeyPem } from '../../src/auth/audit-keys';
import { checkpointStores, resolveAuditSigner } from '../../src/auth/audit-trail';

const ed25519 = () => crypto.generateKeyPairSync('ed25519');
const pkcs8 = (key: crypto.KeyObject) => key.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('audit trail configuration', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-audit-config-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const mysqlGateway = { GATEWAY_DATABASE_URL: 'mysql://root@127.0.0.1:3306/shh_gateway' };
  const config = (env: Record<string, string>): AppConfig => loadConfig({ DATA_DIR: dir, ...env }, dir);

  it('defaults: no key configured, the key file and the checkpoint file under DATA_DIR, a checkpoint a minute', () => {
    expect(config({}).audit).toEqual({
      signingKey: null,
      keyFile: path.join(dir, 'audit-signing-key.pem'),
      previousPublicKeys: [],
      checkpointFile: path.join(dir, 'audit-checkpoint.json'),
      checkpointRedis: null,
      checkpointIntervalSeconds: 60,
    });
  });

  it('with REDIS_URL the checkpoints go to Redis, and to a file only when AUDIT_CHECKPOINT_FILE names one', async () => {
    expect(config({ REDIS_URL: 'redis://cache:6379/1' }).audit).toMatchObject({ checkpointFile: null, checkpointRedis: { url: 'redis://cache:6379/1', key: 'shh:audit:checkpoint' } });
    const both = config({ REDIS_URL: 'redis://cache:6379/1', AUDIT_CHECKPOINT_FILE: 'anchors/head.json', AUDIT_CHECKPOINT_REDIS_KEY: 'bureau:audit' }).audit;
    expect(both).toMatchObject({ checkpointFile: path.join(dir, 'anchors/head.json'), checkpointRedis: { key: 'bureau:audit' } });
    const stores = checkpointStores(both);
    expect(stores.map((s) => s.name)).toEqual([`file ${path.join(dir, 'anchors/head.json')}`, 'redis key bureau:audit']);
    for (const store of stores) await store.close();
    expect(() => config({ AUDIT_CHECKPOINT_INTERVAL_SECONDS: '300' })).toThrow(new ConfigError('AUDIT_CHECKPOINT_INTERVAL_SECONDS', '"300" is not a whole number from 1 to 60'));
  });

  it('takes the signing key as PEM text, with \\n escapes, or as a file; and earlier public keys from a PEM file', () => {
    const { privateKey, publicKey } = ed25519();
    const pem = pkcs8(privateKey);
    for (const value of [pem, pem.replace(/\n/g, '\\n')]) expect(auditKeyId(crypto.createPublicKey(config({ AUDIT_SIGNING_KEY: value }).audit.signingKey!))).toBe(auditKeyId(publicKey));
    fs.writeFileSync(path.join(dir, 'audit.pem'), pem);
    expect(config({ AUDIT_SIGNING_KEY: 'audit.pem' }).audit.signingKey?.asymmetricKeyType).toBe('ed25519');
    const old = [ed25519().publicKey, ed25519().publicKey];
    fs.writeFileSync(path.join(dir, 'previous.pem'), old.map(publicKeyPem).join('\n'));
    expect(config({ AUDIT_PUBLIC_KEYS: 'previous.pem' }).audit.previousPublicKeys.map(auditKeyId)).toEqual(old.map(auditKeyId));
  });

  it('refuses what is not an Ed25519 key, naming the variable', () => {
    expect(() => config({ AUDIT_SIGNING_KEY: 'missing.pem' })).toThrow(/^AUDIT_SIGNING_KEY: is neither PEM text nor a readable file/);
    expect(() => config({ AUDIT_SIGNING_KEY: '-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----' })).toThrow(/^AUDIT_SIGNING_KEY: is not a PEM private key/);
    const rsa = pkcs8(crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey);
    expect(() => config({ AUDIT_SIGNING_KEY: rsa })).toThrow(/^AUDIT_SIGNING_KEY: must be an Ed25519 private key \(openssl genpkey -algorithm ed25519\), got rsa/);
    expect(() => config({ AUDIT_SIGNING_KEY: publicKeyPem(ed25519().publicKey) })).toThrow(/^AUDIT_SIGNING_KEY: is not a PEM private key/);
    fs.writeFileSync(path.join(dir, 'empty.pem'), 'nothing here');
    expect(() => config({ AUDIT_PUBLIC_KEYS: 'empty.pem' })).toThrow(new ConfigError('AUDIT_PUBLIC_KEYS', 'holds no PEM block'));
  });

  it('the embedded default makes its key file on first start, mode 0600, and signs with the same key ever after', () => {
    const warnings: string[] = [];
    const first = resolveAuditSigner(config({ NODE_ENV: 'production' }), (l) => warnings.push(l));
    const file = path.join(dir, 'audit-signing-key.pem');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(warnings).toEqual([`audit log: created the signing key ${file} (key id ${first.keyId}); give auditors its public key: npm run audit -- public-key`]);
    warnings.length = 0;
    const again = resolveAuditSigner(config({ NODE_ENV: 'production' }), (l) => warnings.push(l));
    expect(again.keyId).toBe(first.keyId);
    expect(warnings).toEqual([]);
    fs.chmodSync(file, 0o644);
    resolveAuditSigner(config({}), (l) => warnings.push(l));
    expect(warnings).toEqual([`audit log: the signing key ${file} can be read by other users; chmod 600 it`]);
  });

  it('on MySQL without AUDIT_SIGNING_KEY, production refuses in one line naming the variable; development warns and uses the key file', () => {
    const refused = (() => {
      try {
        resolveAuditSigner(config({ ...mysqlGateway, NODE_ENV: 'production' }), () => undefined);
      } catch (error) {
        return error as ConfigError;
      }
      throw new Error('production started without an audit key');
    })();
    expect(refused).toBeInstanceOf(ConfigError);
    expect(refused.variable).toBe('AUDIT_SIGNING_KEY');
    expect(refused.message.split('\n')).toHaveLength(1);
    expect(refused.message).toMatch(/^AUDIT_SIGNING_KEY: is not set; with the gateway database on MySQL, production needs an Ed25519 private key/);
    expect(fs.existsSync(path.join(dir, 'audit-signing-key.pem'))).toBe(false);

    const warnings: string[] = [];
    const signer = resolveAuditSigner(config({ ...mysqlGateway, NODE_ENV: 'development' }), (l) => warnings.push(l));
    expect(warnings).toContain(`audit log: AUDIT_SIGNING_KEY is not set, so events are signed with ${path.join(dir, 'audit-signing-key.pem')} on this machine's disk; production refuses to start like this`);
    expect(signer.keyId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('a configured key is used as it is, on any backend, and no key file is made', () => {
    const { privateKey, publicKey } = ed25519();
    const warnings: string[] = [];
    const signer = resolveAuditSigner(config({ ...mysqlGateway, NODE_ENV: 'production', AUDIT_SIGNING_KEY: pkcs8(privateKey) }), (l) => warnings.push(l));
    expect(signer.keyId).toBe(auditKeyId(publicKey));
    expect(crypto.verify(null, Buffer.from('x'), publicKey, Buffer.from(signer.sign('x'), 'base64url'))).toBe(true);
    expect(warnings).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'audit-signing-key.pem'))).toBe(false);
  });
});
