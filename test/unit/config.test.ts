import { ConfigError, loadConfig, parseDatabaseUrl } from '../../src/config';

describe('configuration', () => {
  it('defaults every source to an SQLite file under ./data', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.port).toBe(4000);
    expect(config.env).toBe('development');
    expect(config.databases.culture).toMatchObject({ driver: 'sqlite', file: '/srv/app/data/culture.sqlite' });
    expect(config.databases.hr).toMatchObject({ driver: 'sqlite', file: '/srv/app/data/hr.sqlite' });
    expect(config.databases.gateway).toMatchObject({ driver: 'sqlite', file: '/srv/app/data/gateway.sqlite' });
  });

  it('protects counts of persons below 5 unless STATISTICS_MIN_CELL says otherwise', () => {
    expect(loadConfig({}, '/srv/app').statisticsMinCell).toBe(5);
    expect(loadConfig({ STATISTICS_MIN_CELL: '10' }, '/srv/app').statisticsMinCell).toBe(10);
  });

  it('parses MySQL and MariaDB URLs with credentials and default port', () => {
    expect(parseDatabaseUrl('X', 'mysql://app:s%40cret@db.internal/shh_hr')).toMatchObject({
      driver: 'mysql', host: 'db.internal', port: 3306, user: 'app', password: 's@cret', database: 'shh_hr',
    });
    expect(parseDatabaseUrl('X', 'mariadb://root@127.0.0.1:3307/c')).toMatchObject({ driver: 'mysql', port: 3307, user: 'root', database: 'c' });
    expect(parseDatabaseUrl('X', 'sqlite::memory:')).toMatchObject({ driver: 'sqlite', file: ':memory:' });
    expect(parseDatabaseUrl('X', 'sqlite:rel/x.sqlite', '/base')).toMatchObject({ driver: 'sqlite', file: '/base/rel/x.sqlite' });
  });

  it.each([
    [{ HR_DATABASE_URL: 'postgres://localhost/hr' }, 'HR_DATABASE_URL', /unknown driver "postgres"/],
    [{ CULTURE_DATABASE_URL: 'not a url' }, 'CULTURE_DATABASE_URL', /not a URL/],
    [{ GATEWAY_DATABASE_URL: 'mysql://root@localhost' }, 'GATEWAY_DATABASE_URL', /names no database/],
    [{ HR_DATABASE_URL: 'mysql://root@localhost/bad-name' }, 'HR_DATABASE_URL', /may contain only/],
    [{ CULTURE_DATABASE_URL: 'sqlite:' }, 'CULTURE_DATABASE_URL', /names no file/],
    [{ PORT: '70000' }, 'PORT', /not a TCP port/],
    [{ PORT: 'http' }, 'PORT', /not a TCP port/],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV', /not one of/],
    [{ STATISTICS_MIN_CELL: '0' }, 'STATISTICS_MIN_CELL', /not a whole number from 1/],
    [{ STATISTICS_MIN_CELL: 'five' }, 'STATISTICS_MIN_CELL', /not a whole number/],
  ])('rejects %j naming %s', (env, variable, message) => {
    let error: unknown;
    try {
      loadConfig(env as NodeJS.ProcessEnv, '/srv/app');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toMatch(new RegExp(`^${variable}: `));
    expect((error as ConfigError).message).toMatch(message);
  });
});
