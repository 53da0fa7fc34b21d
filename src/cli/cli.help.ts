import { IMPORT_TYPES } from '../modules/filing/import-types';

/**
 * Help of every command and subcommand, kept apart from the commands
 * themselves so that `--help` loads no database driver and answers at once.
 */
export interface CommandHelp {
  /** `clients create --name NAME …`: how it is called. */
  synopsis: string;
  /** One line for the command list. */
  summary: string;
  /** Options and remarks, already indented. */
  details?: string;
  subcommands?: Record<string, CommandHelp>;
}

const ENVIRONMENT = `Configuration comes from the environment (CULTURE_DATABASE_URL, HR_DATABASE_URL,
GATEWAY_DATABASE_URL, PORT, NODE_ENV, …; see the README's Configuration table); without
URLs every source is an SQLite file under ./data/.`;

function rolesAndScopes(): string {
  // Loaded only for this one help text: the role list lives with the permissions.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { CREDENTIAL_ROLES, KNOWN_SCOPES } = require('../auth/permissions') as typeof import('../auth/permissions');
  return `  roles: ${CREDENTIAL_ROLES.join(', ')} (PARTNER needs --region); scopes: ${KNOWN_SCOPES.join(', ')}`;
}

export const IMPORT_HELP: CommandHelp = {
  synopsis: 'import --type T --file F [options]',
  summary: "validate an agency's CSV/JSON file with the filing rules; write all rows in one transaction, or none",
  details: `  --type T                  record type: ${IMPORT_TYPES.join(', ')}
  --file F                  a .csv (UTF-8, header line) or .json (array of records) file
  --dry-run                 validate every row, write nothing
  --upsert                  a row whose natural key is on file updates that record instead of failing
                            as DUPLICATE (still all or nothing); vacancies have no natural key
  --report FILE             write every bad row with its errors to FILE (CSV, the file's own columns
                            after _row, _line, _errors) for the agency to correct and import again
  --ignore-unknown-columns  leave out columns (JSON keys) that name no field, instead of refusing them
  --strict                  a USCC failing its checksum fails the row instead of warning
  --region CODE             import as a partner of this region: every record must lie inside it
  --max-size MB             refuse larger files (default 200)
  --no-progress             no progress bar on stderr
  --template T              write a CSV template for type T (header and one example row) to stdout,
                            or to --out FILE; the header uses the Chinese column names agencies'
                            forms use (--field-names: the field names)

Headers are matched whatever their case and separators (id_number = idNumber) and in Chinese
(公民身份号码, 姓名, 培训班编号 …). Exit status: 0 written (or a clean dry run), 1 rows failed,
2 file unreadable or bad usage.`,
};

export const COMMANDS_HELP: Record<string, CommandHelp> = {
  serve: {
    synopsis: 'serve [--subgraph culture|hr]',
    summary: 'migrate, seed the embedded default on first run, and serve GraphQL (what npm start runs)',
    details: `  Listens on PORT (default 4000). With MySQL URLs it migrates but never seeds: run seed (or import)
  first, or set ALLOW_EMPTY_DATABASES=true to serve empty databases.
  --subgraph S   serve one bureau's Federation 2 subgraph (culture or hr) for the gateway (npm run gateway):
                 only that bureau's database and GATEWAY_DATABASE_URL are opened; PERSON_LINK_SECRET must be
                 the same at both bureaus. See README, "Running across agencies".`,
  },
  migrate: {
    synopsis: 'migrate [--revert]',
    summary: 'apply pending migrations of every source (--revert: undo the last one of each)',
    details: `  --revert   undo the last applied migration of each source`,
  },
  seed: {
    synopsis: 'seed [--scale N] [--seed S] [--replace] [--no-progress]',
    summary: 'fill the culture and HR databases with deterministic demo data',
    details: `  --scale N      size: 1 ≈ 10,000 persons (default 1), 100 ≈ a million
  --seed S       random seed (default 1); the same scale and seed give the same rows anywhere
  --replace      delete the rows already there first (otherwise a filled database is refused)
  --no-progress  no progress bar on stderr`,
  },
  clients: {
    synopsis: 'clients <create|list|revoke|revoke-token|revoked-tokens> [options]',
    summary: 'API clients: create one (its key is printed once), list them, revoke one; revoke a bearer token by its jti, list revoked tokens',
    subcommands: {
      create: {
        synopsis: 'clients create --name NAME --role ROLE [--region CODE] [--scope SCOPE]...',
        summary: 'create a client and print its new API key once, on standard output',
        get details() {
          return `  --name NAME     who the client is (shown in lists and the audit log)
  --role ROLE     what it may read and write
  --region CODE   GB/T 2260 code the client is limited to
  --scope SCOPE   extra scope, repeatable (or space/comma separated)
${rolesAndScopes()}`;
        },
      },
      list: { synopsis: 'clients list', summary: 'every client: id, key prefix, name, role, region, scopes, created, revoked' },
      revoke: { synopsis: 'clients revoke <key prefix | id>', summary: 'revoke a client; its key is refused from then on' },
      'revoke-token': {
        synopsis: 'clients revoke-token <jti | token> [--expires-at ISO-8601] [--reason TEXT]',
        summary: 'revoke one bearer token by its jti (or paste the token itself); refused on every server within JWT_REVOCATION_REFRESH_SECONDS, at once where Redis carries the news',
        details: '  --expires-at T   when the token expires anyway, so the entry can be dropped then (taken from a pasted token)\n  --reason TEXT    why, for the list',
      },
      'revoked-tokens': { synopsis: 'clients revoked-tokens', summary: 'the revoked token ids in force, with their expiry and reason' },
    },
  },
  audit: {
    synopsis: 'audit <verify|public-key|list> [options]',
    summary: "check the audit log's chain, signatures and checkpoints, print its public key, list events",
    subcommands: {
      verify: {
        synopsis: 'audit verify [--public-key FILE]... [--expect-head COUNT:HASH]... [--checkpoint FILE]... [--no-checkpoint]',
        summary:
          "check every link, hash, signature and persons digest, and that the chain still reaches the server's checkpoints and each head given; exit 1 naming what does not check out, or when events have no checkpoint to be compared with",
        details:
          '  --public-key FILE         trust only the keys in this PEM file (repeatable; no private key needed)\n' +
          '  --expect-head COUNT:HASH  the chain must still reach this head, as verify printed it (repeatable)\n' +
          '  --checkpoint FILE         a checkpoint file kept elsewhere (repeatable)\n' +
          '  --no-checkpoint           accept a log with events but no checkpoint or head to compare with (its newest events could be gone unseen)',
      },
      'public-key': { synopsis: 'audit public-key', summary: 'print the public key the audit log is signed with (PEM), for auditors' },
      list: { synopsis: 'audit list [--last N]', summary: 'the newest N events (default 20), oldest first', details: '  --last N   how many events' },
    },
  },
  import: IMPORT_HELP,
  rollups: {
    synopsis: 'rollups <rebuild> [options]',
    summary: 'the summary tables statistics are read from: rebuild them from the facts',
    subcommands: {
      rebuild: {
        synopsis: 'rollups rebuild [--source hr|culture]',
        summary: 'recompute every rollup of the source(s) from the facts, in one transaction per source',
        details: `  --source S   only this source (hr or culture; default both)
  Triggers keep the rollups equal to the facts on every write; rebuild after writes that bypass
  them (rows deleted by a cascade on MySQL, a restore of the fact tables alone).`,
      },
    },
  },
  'link-keys': {
    synopsis: 'link-keys <rotate> [options]',
    summary: "persons' linkage keys across agencies (HMAC-SHA-256 of the ID number under PERSON_LINK_SECRET)",
    subcommands: {
      rotate: {
        synopsis: 'link-keys rotate [--source hr|culture]',
        summary: 'recompute every stored linkage key under the secret now configured, in one transaction per source',
        details: `  --source S   only this source (hr or culture; default both): each bureau rotates its own database
  To rotate across agencies: agree on a new secret (openssl rand -hex 32), set PERSON_LINK_SECRET to it
  at both bureaus, run this against each bureau's database, restart both subgraphs. Without
  PERSON_LINK_SECRET (the embedded default) a fresh secret replaces DATA_DIR/person-link-secret first.`,
      },
    },
  },
};

const PROGRAM = 'shandong-handmade';

function commandText(path: string[], help: CommandHelp): string {
  const rest = help.synopsis.split(' ').slice(1).join(' ');
  const lines = [`Usage: ${PROGRAM} ${help.synopsis}`, `       npm run ${path[0]}${rest ? ` -- ${rest}` : ''}`, '', help.summary];
  if (help.details) lines.push('', help.details);
  if (help.subcommands) {
    lines.push('', 'Subcommands:');
    for (const [name, sub] of Object.entries(help.subcommands)) lines.push(`  ${name.padEnd(8)} ${sub.summary}`);
    lines.push('', `Run "${PROGRAM} ${path[0]} <subcommand> --help" for its options.`);
  }
  return lines.join('\n');
}

/** The help for a command path (`[]`, `['seed']`, `['clients', 'create']`); unknown parts fall back to their parent. */
export function helpText(path: string[]): string {
  const [command, sub] = path;
  const help = command ? COMMANDS_HELP[command] : undefined;
  if (!help) {
    const list = Object.entries(COMMANDS_HELP).map(([name, h]) => `  ${name.padEnd(9)} ${h.summary}`);
    return [
      `Usage: ${PROGRAM} <command> [options]     (or: npm run <command> -- [options]; npm start is serve)`,
      '',
      'Commands:',
      ...list,
      '',
      `Run "${PROGRAM} <command> --help" for a command's options.`,
      '',
      ENVIRONMENT,
    ].join('\n');
  }
  const subHelp = sub ? help.subcommands?.[sub] : undefined;
  return subHelp ? commandText([command, sub], subHelp) : commandText([command], help);
}
