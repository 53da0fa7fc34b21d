import { parseArgs } from 'node:util';
import { prepareDatabases } from '../bootstrap';
import { AppConfig } from '../config';
import { IMPORT_TYPES, ImportType } from '../modules/filing/import-rules';
import { closeSources, openSources } from '../sources/sources';
import { DEFAULT_MAX_BYTES } from './file-scan';
import { formatImportReport, importExitCode } from './import.report';
import { runImport } from './import.runner';

export const IMPORT_USAGE = `Usage: npm run import -- --type <type> --file <path.csv|path.json> [--strict] [--dry-run] [--max-size MB] [--region CODE] [--no-progress]

Types: ${IMPORT_TYPES.join(', ')}
Every row is validated with the rules of the matching mutation; all rows are written in one
transaction, or none when any row fails. Exit status: 0 written, 1 rows failed, 2 file unreadable or bad usage.`;

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CommandIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** `import`: parses its own options, opens (and migrates) the databases, imports, prints the report; returns the exit status. */
export async function importCommand(args: string[], config: AppConfig, io: CommandIo = processIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        type: { type: 'string' },
        file: { type: 'string' },
        strict: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        'max-size': { type: 'string' },
        region: { type: 'string' },
        'no-progress': { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const type = values.type as string | undefined;
  const file = values.file as string | undefined;
  if (!type || !(IMPORT_TYPES as string[]).includes(type)) {
    io.err(`${type ? `unknown --type "${type}"` : '--type is required'}\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  if (!file) {
    io.err(`--file is required\n\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const maxMb = values['max-size'] === undefined ? DEFAULT_MAX_BYTES / 1024 / 1024 : Number(values['max-size']);
  if (!Number.isFinite(maxMb) || maxMb <= 0) {
    io.err(`--max-size must be a positive number of megabytes, got "${values['max-size']}"\n`);
    return 2;
  }
  const sources = await openSources(config, { poolSize: 2 });
  try {
    await prepareDatabases(config, sources, { seedIfEmpty: false, log: (l) => io.err(`${l}\n`) });
    const report = await runImport(sources, {
      type: type as ImportType,
      file,
      strict: values.strict === true,
      dryRun: values['dry-run'] === true,
      maxBytes: Math.floor(maxMb * 1024 * 1024),
      regionCode: (values.region as string | undefined) ?? null,
      progress: values['no-progress'] !== true,
    });
    io.out(formatImportReport(report));
    return importExitCode(report);
  } finally {
    await closeSources(sources);
  }
}
