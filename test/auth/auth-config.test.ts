import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, parseAuthConfig } from '../../src/config';

describe('JWT configuration', () => {
  const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();

  it('is off by default: no bearer tokens accepted', () => {
    expect(loadConfig({}, '/srv/app').auth).toEqual({
      jwtSecret: null,
      jwtPublicKey: null,
      jwtIssuer: null,
      jwtAudience: null,
      jwtMaxLifetimeSeconds: 86_400,
      jwtClockSkewSeconds: 60,
      jwtRevocationRefreshSeconds: 5,
    });
  });

  it('reads the token lifetime, clock skew and revocation refresh, refusing values out of range by name', () => {
    expect(parseAuthConfig({ JWT_MAX_LIFETIME_SECONDS: '3600', JWT_CLOCK_SKEW_SECONDS: '0', JWT_REVOCATION_REFRESH_SECONDS: '2' })).toMatchObject({
      jwtMaxLifetimeSeconds: 3600,
      jwtClockSkewSeconds: 0,
      jwtRevocationRefreshSeconds: 2,
    });
    expect(() => parseAuthConfig({ JWT_MAX_LIFETIME_SECONDS: '3153600000' })).toThrow(/JWT_MAX_LIFETIME_SECONDS: "3153600000" is not a whole number from 60 to 31622400/);
    expect(() => parseAuthConfig({ JWT_CLOCK_SKEW_SECONDS: '-5' })).toThrow(/JWT_CLOCK_SKEW_SECONDS/);
    expect(() => parseAuthConfig({ JWT_REVOCATION_REFRESH_SECONDS: '0' })).toThrow(/JWT_REVOCATION_REFRESH_SECONDS/);
  });

  it('takes a secret of 32 bytes or more, and refuses a shorter one naming the variable', () => {
    expect(parseAuthConfig({ JWT_SECRET: 'x'.repeat(32) }).jwtSecret).toHaveLength(32);
    expect(() => parseAuthConfig({ JWT_SECRET: 'short' })).toThrow(new ConfigError('JWT_SECRET', 'is 5 bytes; HS256 needs a random secret of at least 32 bytes'));
  });

  it('takes an RSA public key as PEM text, with \\n escapes, or as a file', () => {
    expect(parseAuthConfig({ JWT_PUBLIC_KEY: rsa }).jwtPublicKey?.asymmetricKeyType).toBe('rsa');
    expect(parseAuthConfig({ JWT_PUBLIC_KEY: rsa.replace(/\n/g, '\\n') }).jwtPublicKey?.asymmetricKeyType).toBe('rsa');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-jwt-'));
    fs.writeFileSync(path.join(dir, 'idp.pem'), rsa);
    expect(parseAuthConfig({ JWT_PUBLIC_KEY: 'idp.pem' }, dir).jwtPublicKey?.asymmetricKeyType).toBe('rsa');
    fs.rmSync(dir, { recursive: true });
  });

  it('refuses a non-key, a missing file, an EC key and a short RSA key', () => {
    expect(() => parseAuthConfig({ JWT_PUBLIC_KEY: '-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----' })).toThrow(/JWT_PUBLIC_KEY: is not a PEM public key/);
    expect(() => parseAuthConfig({ JWT_PUBLIC_KEY: 'missing.pem' }, '/nowhere')).toThrow(/JWT_PUBLIC_KEY: is neither a PEM public key nor a readable file/);
    const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => parseAuthConfig({ JWT_PUBLIC_KEY: ec })).toThrow(/must be an RSA key of at least 2048 bits for RS256, got ec/);
    const small = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => parseAuthConfig({ JWT_PUBLIC_KEY: small })).toThrow(/got rsa 1024/);
  });

  it('reads issuer and audience', () => {
    expect(parseAuthConfig({ JWT_ISSUER: ' https://idp ', JWT_AUDIENCE: 'shh' })).toMatchObject({ jwtIssuer: 'https://idp', jwtAudience: 'shh' });
  });
});
