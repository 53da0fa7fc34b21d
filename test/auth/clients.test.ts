import { describeEachBackend } from '../support/backends';
import { ApiHarness, startApi } from '../support/api';
import { clientsCommand } from '../../src/auth/clients.command';
import { CommandIo } from '../../src/auth/command-io';
import { PARTNER_REGION, rows } from './helpers';
import { collectingIo } from './audit-support';

describeEachBackend('`clients` on the command line: create, list, revoke', (backend) => {
  let api: ApiHarness;
  const run = async (...args: string[]) => {
    const io = collectingIo();
    const code = await clientsCommand(args, api.db.sources.gateway, io.io);
    return { code, out: io.out, err: io.err };
  };
  beforeAll(async () => {
    api = await startApi(backend, 0.05);
  });
  afterAll(async () => api?.close());

  it('creates a partner, prints its key once, and the key works with its role and region', async () => {
    const created = await run('create', '--name', 'Weifang HR bureau', '--role', 'partner', '--region', PARTNER_REGION, '--scope', 'pii:read');
    expect(created.code).toBe(0);
    expect(created.out).toHaveLength(1);
    const key = created.out[0];
    expect(key).toMatch(/^shk_[a-z2-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(created.err.join('\n')).toMatch(/created client \d+ "Weifang HR bureau" \(shk_\w{8}\): role PARTNER, region 370700 潍坊市, scopes pii:read/);
    expect(created.err.join('\n')).toMatch(/shown this once/);

    const listed = await run('list');
    expect(listed.code).toBe(0);
    expect(listed.out.join('\n')).toContain(key.slice(0, 12));
    expect(listed.out.join('\n')).not.toContain(key);
    expect(listed.out.join('\n')).toMatch(/active/);

    const { status, body } = await api.post('{ persons(first: 30) { edges { node { regionCode idNumber } } } }', { authorization: `ApiKey ${key}` });
    expect(status).toBe(200);
    for (const { node } of body.data!.persons.edges) expect(node.regionCode.startsWith('3707')).toBe(true);
  });

  it('revokes by prefix or by id; the key is refused at once; unknown ones exit 1', async () => {
    const first = (await run('create', '--name', 'One', '--role', 'ANALYST')).out[0];
    const second = (await run('create', '--name', 'Two', '--role', 'ANALYST')).out[0];
    const revoked = await run('revoke', first.slice(0, 12));
    expect(revoked.code).toBe(0);
    expect(revoked.out[0]).toMatch(/revoked .*refused from now on/);
    const [row] = await rows(api, 'gateway', 'SELECT id FROM api_client WHERE key_prefix = ?', [second.slice(0, 12)]);
    expect((await run('revoke', String(row.id))).code).toBe(0);
    for (const key of [first, second]) {
      const { status, body } = await api.post('{ regions(first: 1) { totalCount } }', { 'x-api-key': key });
      expect(status).toBe(401);
      expect(body.errors![0].message).toMatch(/revoked/);
    }
    expect(await run('list')).toMatchObject({ code: 0 });
    expect((await run('list')).out.filter((l) => /revoked \d{4}-/.test(l))).toHaveLength(2);
    const unknown = await run('revoke', 'shk_zzzzzzzz');
    expect(unknown.code).toBe(1);
    expect(unknown.err[0]).toMatch(/no client with key prefix or id "shk_zzzzzzzz"/);
  });

  it.each([
    [['create', '--name', 'X', '--role', 'PARTNER'], /PARTNER needs a region/],
    [['create', '--name', 'X', '--role', 'ANALYST', '--scope', 'pii:read'], /cannot hold pii:read/],
    [['create', '--name', 'X', '--role', 'ADMIN', '--region', '370700'], /takes no region/],
    [['create', '--name', 'X', '--role', 'HR_AGENCY', '--region', '999999'], /region "999999" is not a GB\/T 2260 code/],
    [['create', '--name', 'X', '--role', 'HR_AGENCY', '--scope', 'everything'], /scope "everything" is not known/],
    [['create', '--name', 'X', '--role', 'PUBLIC'], /role "PUBLIC" is not one of/],
    [['create', '--role', 'ADMIN'], /create needs --name and --role/],
    [['revoke'], /revoke takes one key prefix or id/],
    [['rename'], /unknown clients action "rename"/],
  ])('refuses %j with a clear message and exit code 1', async (args, message) => {
    const before = await rows(api, 'gateway', 'SELECT COUNT(*) AS n FROM api_client');
    const result = await run(...(args as string[]));
    expect(result.code).toBe(1);
    expect(result.out).toEqual([]);
    expect(result.err.join('\n')).toMatch(message);
    expect(await rows(api, 'gateway', 'SELECT COUNT(*) AS n FROM api_client')).toEqual(before);
  });
});
