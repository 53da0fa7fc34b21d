import { SignJWT } from 'jose';
import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi, TEST_JWT_SECRET } from '../support/api';

const WHO = '{ persons(first: 1) { totalCount } }';
const secret = new TextEncoder().encode(TEST_JWT_SECRET);
const now = () => Math.floor(Date.now() / 1000);
const HOUR = 3600;
const DAY = 86_400;

/** A token with exactly these claims (no defaults but the header), so each rule can be broken alone. */
const signed = (claims: Record<string, unknown>) => new SignJWT({ sub: 'token-rules', ...claims }).setProtectedHeader({ alg: 'HS256' }).sign(secret);

describeEachBackend('bearer token rules: roles, scopes, lifetime, clock', (backend) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi(backend, 0.02);
  });
  afterAll(async () => api?.close());

  const expect401 = async (token: string, message: RegExp) => {
    const { status, body } = await api.post(WHO, { authorization: `Bearer ${token}` });
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors![0].message).toMatch(message);
  };
  const expectAccepted = async (token: string) => {
    const { status, body } = await api.post(WHO, { authorization: `Bearer ${token}` });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect(body.data!.persons.totalCount).toBeGreaterThan(0);
  };

  it('an unknown scope is refused, never ignored', async () => {
    await expect401(await signed({ role: 'ADMIN', scope: 'admin:all', iat: now(), exp: now() + HOUR }), /scope "admin:all" is not known/);
    await expect401(await signed({ role: 'HR_AGENCY', scope: 'pii:read admin:all', iat: now(), exp: now() + HOUR }), /scope "admin:all" is not known/);
  });

  it('an unknown role is refused, never downgraded', async () => {
    await expect401(await signed({ role: 'SUPERUSER', iat: now(), exp: now() + HOUR }), /role "SUPERUSER" is not one of/);
    await expect401(await signed({ role: 'admin', iat: now(), exp: now() + HOUR }), /role "admin" is not one of/);
  });

  it('a token living longer than JWT_MAX_LIFETIME_SECONDS (one day) is refused, by exp − iat', async () => {
    await expect401(await signed({ role: 'ANALYST', iat: now(), exp: now() + 100 * 365 * DAY }), /lifetime .*exceeds.*86400 s.*JWT_MAX_LIFETIME_SECONDS/);
    await expect401(await signed({ role: 'ANALYST', iat: now() - HOUR, exp: now() + DAY }), /lifetime of 90000 s \(exp − iat\) exceeds the 86400 s allowed/);
    await expectAccepted(await signed({ role: 'ANALYST', iat: now() - HOUR, exp: now() + DAY - HOUR }));
  });

  it('without iat, the lifetime is what is left until exp', async () => {
    await expect401(await signed({ role: 'ANALYST', exp: now() + 30 * DAY }), /no "iat".*expires in \d+ s, more than .*86400 s/);
    await expectAccepted(await signed({ role: 'ANALYST', exp: now() + DAY - 120 }));
  });

  it('an iat or nbf in the future beyond the clock skew (60 s) is refused; within it, accepted', async () => {
    await expect401(await signed({ role: 'ANALYST', iat: now() + HOUR, exp: now() + 2 * HOUR }), /"iat" lies 3\d{3} s in the future.*60 s.*JWT_CLOCK_SKEW_SECONDS/);
    await expect401(await signed({ role: 'ANALYST', iat: now(), nbf: now() + HOUR, exp: now() + 2 * HOUR }), /not valid yet: its "nbf" lies 3\d{3} s in the future.*60 s/);
    await expectAccepted(await signed({ role: 'ANALYST', iat: now() + 20, nbf: now() + 20, exp: now() + HOUR }));
  });

  it('an iat, nbf or jti of the wrong type is refused naming the claim', async () => {
    await expect401(await signed({ role: 'ANALYST', iat: 'yesterday', exp: now() + HOUR }), /"iat" claim/);
    await expect401(await signed({ role: 'ANALYST', iat: now(), exp: now() + HOUR, jti: 42 }), /"jti" claim must be a string of 1 to 200 characters/);
    await expect401(await signed({ role: 'ANALYST', iat: now(), exp: now() + HOUR, jti: 'x'.repeat(201) }), /"jti" claim must be a string of 1 to 200 characters/);
  });
});
