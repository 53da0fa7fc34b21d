// First: tracing must start before http, express, graphql and mysql2 are required.
import './observability/start-tracing';
import 'reflect-metadata';
import { helpText, COMMANDS_HELP } from './cli/cli.help';
import { isParseArgsError, UsageError } from './cli/cli.errors';
import { ConfigError } from './config';

type Command = (args: string[]) => Promise<number>;

/**
 * Each command loads its own modules when it runs, so that `--help` and a
 * mistyped option answer without loading TypeORM, Apollo and the schema.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./cli/serve.command')).serveCommand,
  migrate: async () => (await import('./cli/migrate.command')).migrateCommand,
  seed: async () => (await import('./cli/seed.command')).seedCommand,
  clients: async () => (await import('./cli/gateway.commands')).clientsCli,
  audit: async () => (await import('./cli/gateway.commands')).auditCli,
  rollups: async () => (await import('./cli/rollups.command')).rollupsCommand,
  'link-keys': async () => (await import('./cli/link-keys.command')).linkKeysCommand,
  import: async () => {
    const [{ importCommand }, { loadConfig }] = await Promise.all([import('./import/import.command'), import('./config')]);
    return (args) => importCommand(args, loadConfig);
  },
};

/** `--help`/`-h` anywhere before a `--` asks for help; the command path is the known words before it. */
function helpPath(argv: string[]): string[] | null {
  const end = argv.indexOf('--');
  const options = end === -1 ? argv : argv.slice(0, end);
  if (options[0] === 'help') return options.slice(1, 3);
  if (options.length === 0) return [];
  if (!options.includes('--help') && !options.includes('-h')) return null;
  const [command, sub] = options;
  if (!COMMANDS_HELP[command]) return [];
  return sub && COMMANDS_HELP[command].subcommands?.[sub] ? [command, sub] : [command];
}

function fail(message: string, status = 1): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = status;
}

async function main(argv: string[]): Promise<void> {
  const help = helpPath(argv);
  if (help) {
    process.stdout.write(`${helpText(help)}\n`);
    return;
  }
  const [command, ...rest] = argv;
  const load = COMMANDS[command];
  if (!load) return fail(`unknown command "${command}"; the commands are ${Object.keys(COMMANDS).join(', ')} (shandong-handmade --help)`);
  try {
    process.exitCode = await (await load())(rest);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\nRun "shandong-handmade ${(error.command.length ? error.command : [command]).join(' ')} --help" for the options.`);
    if (isParseArgsError(error)) return fail(`${error.message}\nRun "shandong-handmade ${command} --help" for the options.`);
    throw error;
  }
}

// A reader that stops early (`| head`) is not an error of the command.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).catch((error: unknown) => {
  // Expected failures of the setting (a bad variable, a busy port, an empty database) are one line; anything else shows its stack.
  process.stderr.write(error instanceof ConfigError ? `configuration error: ${error.message}\n` : `${(error as Error).stack ?? String(error)}\n`);
  // A server that failed half-way may hold handles open; stderr is a pipe or a terminal, written synchronously.
  process.exit(1);
});
