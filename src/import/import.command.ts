import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { prepareDatabases } from '../bootstrap';
import { helpText } from '../cli/cli.help';
import { AppConfig } from '../config';
import { IMPORT_RULES } from '../modules/filing/import-rules';
import { IMPORT_TYPES, isImportType } from '../modules/filing/import-types';
import { closeSources, openSources } from '../sources/sources';
import { DEFAULT_MAX_BYTES } from './file-scan';
import { formatImportReport, importExitCode } from './import.report';
import { ReportFileError } from './import.report-file';
import { runImport } from './import.runner';
import { templateCsv } from './import.templates';

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

const processIo: CommandIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

const USAGE_HINT = 'Run "shandong-handmade import --help" for the options.';

function usage(io: CommandIo, message: string): number {
  io.err(`${message}\n${USAGE_HINT}\n`);
  return 2;
}

/**
 * `import`: parses its own options, opens (and migrates) the databases,
 * imports, prints the report; returns the exit status. `--template` needs no
 * database, so the configuration is read only when a file is imported.
 */
export async function importCommand(args: string[], config: AppConfig | (() => AppConfig), io: CommandIo = processIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        type: { type: 'string' },
        file: { type: 'string' },
        template: { type: 'string' },
        out: { type: 'string' },
        'field-names': { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        upsert: { type: 'boolean', default: false },
        report: { type: 'string' },
        'ignore-unknown-columns': { type: 'boolean', default: false },
        'max-size': { type: 'string' },
        region: { type: 'string' },
        'no-progress': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  if (values.help) {
    io.out(`${helpText(['import'])}\n`);
    return 0;
  }
  if (values.template !== undefined) return writeTemplate(String(values.template), values, io);

  const type = values.type as string | undefined;
  const file = values.file as string | undefined;
  if (!type || !isImportType(type)) return usage(io, type ? `unknown --type "${type}"; the types are ${IMPORT_TYPES.join(', ')}` : '--type is required');
  if (!file) return usage(io, '--file is required');
  const maxMb = values['max-size'] === undefined ? DEFAULT_MAX_BYTES / 1024 / 1024 : Number(values['max-size']);
  if (!Number.isFinite(maxMb) || maxMb <= 0) return usage(io, `--max-size must be a positive number of megabytes, got "${values['max-size']}"`);
  const reportFile = values.report as string | undefined;
  if (reportFile !== undefined && !reportFile.trim()) return usage(io, '--report needs a file name');
  if (reportFile && fs.existsSync(file) && fs.realpathSync(file) === (fs.existsSync(reportFile) ? fs.realpathSync(reportFile) : null)) {
    return usage(io, `--report ${reportFile} is the file being imported; name another file`);
  }

  const resolved = typeof config === 'function' ? config() : config;
  const sources = await openSources(resolved, { poolSize: 2 });
  try {
    await prepareDatabases(resolved, sources, { seedIfEmpty: false, log: (l) => io.err(`${l}\n`) });
    let report;
    try {
      report = await runImport(sources, {
        type,
        file,
        strict: values.strict === true,
        dryRun: values['dry-run'] === true,
        upsert: values.upsert === true,
        ignoreUnknownColumns: values['ignore-unknown-columns'] === true,
        reportFile: reportFile ?? null,
        maxBytes: Math.floor(maxMb * 1024 * 1024),
        regionCode: (values.region as string | undefined) ?? null,
        progress: values['no-progress'] !== true,
      });
    } catch (error) {
      if (error instanceof ReportFileError) return usage(io, error.message);
      throw error;
    }
    io.out(formatImportReport(report));
    return importExitCode(report);
  } finally {
    await closeSources(sources);
  }
}

function writeTemplate(type: string, values: Record<string, string | boolean | undefined>, io: CommandIo): number {
  if (!isImportType(type)) return usage(io, `unknown --template "${type}"; the types are ${IMPORT_TYPES.join(', ')}`);
  if (values.type !== undefined || values.file !== undefined) return usage(io, '--template writes a template; it takes no --type or --file');
  const csv = templateCsv(type, IMPORT_RULES[type].fields, { fieldNames: values['field-names'] === true });
  const out = values.out as string | undefined;
  if (!out) {
    io.out(csv);
    return 0;
  }
  try {
    fs.writeFileSync(out, csv, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return usage(io, code === 'EEXIST' ? `${out} already exists; the template does not overwrite a file` : `cannot write ${out}: ${(error as Error).message}`);
  }
  io.err(`wrote the ${type} template (header and one example row) to ${out}\n`);
  return 0;
}
