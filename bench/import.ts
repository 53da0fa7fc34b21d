/**
 * Import benchmark (not a test: nothing here asserts a time).
 *
 *   npm run bench:import [-- --rows 100000 --type persons|enrollments|both]
 *
 * Creates fresh MariaDB/MySQL databases <prefix>_{culture,hr,gateway} on
 * BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306); the prefix is
 * BENCH_IMPORT_DB_PREFIX, or bench_import_<random> so that two runs never
 * meet. A database that already exists is never touched: the run stops
 * instead. It migrates them and seeds a small reference world (cohorts to
 * enrol in), writes a deterministic CSV of valid records (ID numbers with
 * correct check digits from src/shared/identifiers), imports it with the same
 * code path as `npm run import` (every row validated, one transaction) and
 * prints rows/s. The databases it created are dropped at the end.
 */
import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseUrl, SOURCE_NAMES } from '../src/config';
import { runImport } from '../src/import/import.runner';
import { seedDatabases } from '../src/seed/seed';
import { citizenIdCheckChar } from '../src/shared/identifiers';
import { regionDirectory } from '../src/shared/regions';
import { openDataSource } from '../src/sources/data-source';
import { closeSources, Sources } from '../src/sources/sources';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    type: { type: 'string', default: 'both' },
  },
});
const ROWS = Math.max(1, Number(args.rows));
const SERVER = new URL(process.env.BENCH_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306');
const PREFIX = process.env.BENCH_IMPORT_DB_PREFIX?.trim() || `bench_import_${crypto.randomBytes(3).toString('hex')}`;
if (!/^[A-Za-z0-9_$]{1,50}$/.test(PREFIX)) {
  process.stderr.write(`BENCH_IMPORT_DB_PREFIX: "${PREFIX}" may contain only letters, digits, _ and $ (at most 50)\n`);
  process.exit(2);
}
const NAMES = ['王秀英', '李建国', '张丽', '刘伟', '陈芳', '杨军', '赵敏', '黄磊', '周静', '吴强'];

type MysqlUrl = Extract<DatabaseUrl, { driver: 'mysql' }>;

/** A setting the run cannot go on with: one line, no stack. */
class SetupError extends Error {}

function databaseUrl(database: string): MysqlUrl {
  return {
    driver: 'mysql',
    host: SERVER.hostname,
    port: Number(SERVER.port || 3306),
    user: decodeURIComponent(SERVER.username || 'root'),
    password: decodeURIComponent(SERVER.password),
    database,
    raw: `mysql://${SERVER.host}/${database}`,
  };
}

/**
 * Person i: a county of Shandong, a birth day in 1941–1960 (the seed's people
 * are born from 1961, so no ID collides) and a sequence; (day, sequence) is
 * unique for every i, hence so is the ID.
 */
function person(i: number, counties: string[]): { idNumber: string; name: string; phone: string; regionCode: string } {
  const region = counties[i % counties.length];
  const birth = new Date(Date.UTC(1941, 0, 1) + (i % 7000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `${region}${birth}${String(Math.floor(i / 7000) + 1).padStart(3, '0')}`;
  return { idNumber: first17 + citizenIdCheckChar(first17), name: NAMES[i % NAMES.length], phone: `139${String(10_000_000 + i).slice(-8)}`, regionCode: region };
}

async function time(label: string, sources: Sources, type: 'persons' | 'enrollments', file: string): Promise<void> {
  const bytes = fs.statSync(file).size;
  const started = process.hrtime.bigint();
  const report = await runImport(sources, { type, file, progress: true });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (report.fileError || report.failedRows > 0) {
    throw new Error(`${label}: the generated file did not import: ${report.fileError ?? JSON.stringify(report.errors.slice(0, 5))}`);
  }
  const rate = Math.round(report.written / seconds);
  process.stdout.write(
    `${label.padEnd(12)} ${report.written.toLocaleString('en').padStart(9)} rows  ${(bytes / 1024 / 1024).toFixed(1).padStart(5)} MB  ${seconds.toFixed(2).padStart(6)} s  ${rate.toLocaleString('en').padStart(7)} rows/s` +
      `  (${report.warningCount.toLocaleString('en')} warnings)\n`,
  );
}

async function main(): Promise<void> {
  const names = Object.fromEntries(SOURCE_NAMES.map((s) => [s, `${PREFIX}_${s}`])) as Record<(typeof SOURCE_NAMES)[number], string>;
  const created: string[] = [];
  const sources = {} as Sources;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-bench-import-'));
  const mysql = await import('mysql2/promise');
  const server = databaseUrl('mysql');
  const admin = () => mysql.createConnection({ host: server.host, port: server.port, user: server.user, password: server.password });
  try {
    const connection = await admin();
    const [taken] = await connection.query(`SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name IN (?)`, [Object.values(names)]);
    await connection.end();
    const existing = (taken as Array<{ name: string }>).map((r) => r.name);
    if (existing.length > 0) {
      throw new SetupError(`${existing.join(', ')} already ${existing.length > 1 ? 'exist' : 'exists'} on ${SERVER.host}; the benchmark only uses databases it creates: set BENCH_IMPORT_DB_PREFIX to another prefix`);
    }
    for (const source of SOURCE_NAMES) {
      created.push(names[source]);
      sources[source] = await openDataSource(source, databaseUrl(names[source]), { poolSize: 4 });
      await sources[source].runMigrations({ transaction: 'each' });
    }
    await seedDatabases(sources, { scale: 0.05, seed: 1 });
    const counties = regionDirectory().currentCounties().map((r) => r.code);
    const version = (await sources.hr.query('SELECT VERSION() AS v'))[0].v;
    process.stdout.write(`import benchmark: ${ROWS.toLocaleString('en')} rows into ${SERVER.host}/${PREFIX}_* (${version}), node ${process.version}\n`);

    const personsFile = path.join(dir, 'persons.csv');
    const out = fs.createWriteStream(personsFile);
    out.write('idNumber,name,phone,regionCode\n');
    for (let i = 0; i < ROWS; i++) {
      const p = person(i, counties);
      out.write(`${p.idNumber},${p.name},${p.phone},${p.regionCode}\n`);
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    await time('persons', sources, 'persons', personsFile);

    if (args.type === 'enrollments' || args.type === 'both') {
      // Each generated person enrols in one cohort, on the cohort's first day.
      const cohorts: Array<{ code: string; starts_on: string }> = await sources.hr.query(`SELECT code, starts_on FROM training_cohort WHERE starts_on <= '2026-11-01' ORDER BY id`);
      const enrollmentsFile = path.join(dir, 'enrollments.csv');
      const lines = ['cohortCode,idNumber,enrolledOn'];
      for (let i = 0; i < ROWS; i++) {
        const cohort = cohorts[i % cohorts.length];
        lines.push(`${cohort.code},${person(i, counties).idNumber},${String(cohort.starts_on).slice(0, 10)}`);
      }
      fs.writeFileSync(enrollmentsFile, `${lines.join('\n')}\n`);
      await time('enrollments', sources, 'enrollments', enrollmentsFile);
    }
  } finally {
    await closeSources(sources);
    fs.rmSync(dir, { recursive: true, force: true });
    if (created.length > 0) {
      const connection = await admin();
      for (const database of created) await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
      await connection.end();
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(error instanceof SetupError ? `${error.message}\n` : `${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
