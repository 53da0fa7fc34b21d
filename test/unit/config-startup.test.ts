import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, loadConfig, parseCorsOrigins } from '../../src/config';

function refusal(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('configuration checked at start', () => {
  let dir: string;
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-config-'))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a SQLite file in a folder that does not exist, instead of creating it and serving an empty database', () => {
    const error = refusal(() => loadConfig({ HR_DATABASE_URL: 'sqlite:/nonexistent/dir/hr.sqlite' }, dir));
    expect(error.variable).toBe('HR_DATABASE_URL');
    expect(error.message).toBe(
      `HR_DATABASE_URL: the folder /nonexistent/dir of sqlite:/nonexistent/dir/hr.sqlite does not exist; create it or correct the path (only DATA_DIR, ${path.join(dir, 'data')}, is created by itself)`,
    );
    expect(fs.existsSync('/nonexistent')).toBe(false);
  });

  it('accepts a SQLite file in an existing folder, in DATA_DIR (created at start) and in memory', () => {
    expect(loadConfig({ HR_DATABASE_URL: `sqlite:${dir}/new.sqlite` }, dir).databases.hr).toMatchObject({ driver: 'sqlite', file: path.join(dir, 'new.sqlite') });
    expect(loadConfig({ CULTURE_DATABASE_URL: 'sqlite:data/culture.sqlite' }, dir).databases.culture).toMatchObject({ file: path.join(dir, 'data', 'culture.sqlite') });
    expect(loadConfig({ GATEWAY_DATABASE_URL: 'sqlite::memory:' }, dir).databases.gateway).toMatchObject({ file: ':memory:' });
  });

  it('serves empty databases only with ALLOW_EMPTY_DATABASES', () => {
    expect(loadConfig({}, dir).allowEmptyDatabases).toBe(false);
    expect(loadConfig({ ALLOW_EMPTY_DATABASES: 'true' }, dir).allowEmptyDatabases).toBe(true);
    expect(refusal(() => loadConfig({ ALLOW_EMPTY_DATABASES: 'maybe' }, dir)).variable).toBe('ALLOW_EMPTY_DATABASES');
  });

  it('reads CORS_ORIGINS as exact origins, none by default', () => {
    expect(loadConfig({}, dir).corsOrigins).toEqual([]);
    expect(parseCorsOrigins('https://dash.example.gov.cn, http://localhost:5173/ https://DASH.example.gov.cn https://x.cn:443')).toEqual([
      'https://dash.example.gov.cn',
      'http://localhost:5173',
      'https://x.cn',
    ]);
  });

  it.each([
    ['*', /a wildcard is not accepted/],
    ['https://dash.example.gov.cn/app', /"https:\/\/dash.example.gov.cn\/app" is not an origin/],
    ['dash.example.gov.cn', /is not an origin/],
    ['ftp://files.example.cn', /is not an origin/],
    ['https://user@dash.example.cn', /is not an origin/],
  ])('refuses CORS_ORIGINS=%s', (value, message) => {
    const error = refusal(() => loadConfig({ CORS_ORIGINS: value }, dir));
    expect(error.variable).toBe('CORS_ORIGINS');
    expect(error.message).toMatch(message);
  });
});
