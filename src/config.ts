import path from 'node:path';

export const SOURCE_NAMES = ['culture', 'hr', 'gateway'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];

export type DatabaseUrl =
  | { driver: 'sqlite'; file: string; raw: string }
  | { driver: 'mysql'; host: string; port: number; user: string; password: string; database: string; raw: string };

export interface AppConfig {
  port: number;
  env: 'development' | 'production' | 'test';
  dataDir: string;
  databases: Record<SourceName, DatabaseUrl>;
  /** Whether browsers get the GraphiQL IDE at /graphql (IDE_ENABLED; on unless in production). */
  ide: boolean;
}

/** A configuration problem, reported once at start with the variable it concerns. */
export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

const URL_VARIABLES: Record<SourceName, string> = {
  culture: 'CULTURE_DATABASE_URL',
  hr: 'HR_DATABASE_URL',
  gateway: 'GATEWAY_DATABASE_URL',
};

export function databaseUrlVariable(source: SourceName): string {
  return URL_VARIABLES[source];
}

/**
 * Parses `sqlite:path`, `sqlite::memory:` or `mysql://user:pass@host:port/db`
 * (`mariadb://` is accepted as a synonym). Relative SQLite paths resolve
 * against `baseDir` so the server finds its files wherever it is started from.
 */
export function parseDatabaseUrl(variable: string, raw: string, baseDir = process.cwd()): DatabaseUrl {
  const value = raw.trim();
  if (value.startsWith('sqlite:')) {
    const rest = value.slice('sqlite:'.length).replace(/^\/\//, '');
    if (rest === '') throw new ConfigError(variable, `"${raw}" names no file; use sqlite:path/to/file.sqlite or sqlite::memory:`);
    const file = rest === ':memory:' ? ':memory:' : path.resolve(baseDir, rest);
    return { driver: 'sqlite', file, raw: value };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(variable, `"${raw}" is not a URL; expected mysql://user:password@host:3306/database or sqlite:path`);
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (scheme !== 'mysql' && scheme !== 'mariadb') {
    throw new ConfigError(variable, `unknown driver "${scheme}"; supported drivers are mysql (also mariadb) and sqlite`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database) throw new ConfigError(variable, `"${raw}" names no database; add it as the path, e.g. mysql://root@127.0.0.1:3306/culture`);
  if (!/^[A-Za-z0-9_$]+$/.test(database)) {
    throw new ConfigError(variable, `database name "${database}" may contain only letters, digits, _ and $`);
  }
  const port = url.port ? Number(url.port) : 3306;
  if (!url.hostname) throw new ConfigError(variable, `"${raw}" names no host`);
  return {
    driver: 'mysql',
    host: url.hostname,
    port,
    user: decodeURIComponent(url.username || 'root'),
    password: decodeURIComponent(url.password),
    database,
    raw: value,
  };
}

/** The IDE is on in development and test, off in production unless IDE_ENABLED=true. */
export function ideEnabledByDefault(env: AppConfig['env']): boolean {
  return env !== 'production';
}

function parseBoolean(variable: string, raw: string | undefined, fallback: boolean): boolean {
  const value = raw?.trim().toLowerCase();
  if (value === undefined || value === '') return fallback;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ConfigError(variable, `"${raw}" is not a boolean; use true or false`);
}

/** Reads and validates the environment once; throws ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, baseDir = process.cwd()): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError('NODE_ENV', `"${nodeEnv}" is not one of development, production, test`);
  }
  const portText = env.PORT ?? '4000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) {
    throw new ConfigError('PORT', `"${portText}" is not a TCP port (1–65535)`);
  }
  const dataDir = path.resolve(baseDir, env.DATA_DIR ?? 'data');
  const databases = {} as Record<SourceName, DatabaseUrl>;
  for (const source of SOURCE_NAMES) {
    const variable = URL_VARIABLES[source];
    const raw = env[variable];
    databases[source] =
      raw === undefined || raw.trim() === ''
        ? { driver: 'sqlite', file: path.join(dataDir, `${source}.sqlite`), raw: `sqlite:${path.join(dataDir, `${source}.sqlite`)}` }
        : parseDatabaseUrl(variable, raw, baseDir);
  }
  const ide = parseBoolean('IDE_ENABLED', env.IDE_ENABLED, ideEnabledByDefault(nodeEnv));
  return { port, env: nodeEnv, dataDir, databases, ide };
}
