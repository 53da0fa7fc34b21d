/**
 * Statistics benchmark (not a test: nothing here asserts a time).
 *
 *   npm run bench:statistics [-- --runs 5 --scale 100 --export-rows 1000000]
 *
 * Uses the MariaDB/MySQL databases bench_culture, bench_hr and bench_gateway
 * (override with BENCH_CULTURE_URL, BENCH_HR_URL, BENCH_GATEWAY_URL), applies
 * pending migrations (the statistics indexes among them), seeds them at
 * --scale when they are empty and reuses them otherwise, then times the
 * dispatch report for a year and a quarter over the province and the heaviest
 * group-by, each from the rollups and from the raw GROUP BY in the same run,
 * and prints min / median / max. With --export-rows N it also streams
 * N enrolments through the CSV export over HTTP and reports rows/s and memory.
 * The timings are written to the statistics part of bench/RESULTS.md (--out;
 * --no-write leaves it alone).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import express from 'express';
import { execute, GraphQLSchema, parse } from 'graphql';
import { parseDatabaseUrl, SOURCE_NAMES, SourceName, STATISTICS_SOURCES, StatisticsSource } from '../src/config';
import { createContext } from '../src/context';
import { exportRouter } from '../src/export';
import { graphqlSchema } from '../src/schema';
import { Viewer } from '../src/shared/auth/viewer';
import { isSeeded, seedDatabases } from '../src/seed/seed';
import { openDataSource } from '../src/sources/data-source';
import { closeSources, Sources } from '../src/sources/sources';
import { withStatisticsBlock } from './results-file';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    scale: { type: 'string', default: '100' },
    year: { type: 'string', default: '2025' },
    'export-rows': { type: 'string', default: '0' },
    out: { type: 'string', default: path.join(__dirname, '..', '..', 'bench', 'RESULTS.md') },
    'no-write': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(args.runs));
const YEAR = Number(args.year);

/** A province-wide reader: no region limit, persons readable, nothing unmasked (so no audit writes). */
const BENCH_VIEWER: Viewer = Object.freeze({ clientId: null, name: 'bench', role: 'ADMIN', scopes: new Set<string>(), regionCode: null });

const DEFAULT_URLS: Record<SourceName, string> = {
  culture: 'mysql://root@127.0.0.1:3306/bench_culture',
  hr: 'mysql://root@127.0.0.1:3306/bench_hr',
  gateway: 'mysql://root@127.0.0.1:3306/bench_gateway',
};

const OPERATIONS: Array<{ name: string; query: string }> = [
  {
    name: `dispatchReport YEAR ${YEAR}, province`,
    query: `{ dispatchReport(period: { kind: YEAR, year: ${YEAR} }) { rows { label ...Figures } } } ${figuresFragment()}`,
  },
  {
    name: `dispatchReport QUARTER ${YEAR}-Q2, province`,
    query: `{ dispatchReport(period: { kind: QUARTER, year: ${YEAR}, number: 2 }) { rows { label ...Figures } } } ${figuresFragment()}`,
  },
  {
    name: `dispatchReport YEAR ${YEAR}, city 370200`,
    query: `{ dispatchReport(period: { kind: YEAR, year: ${YEAR} }, regionCode: "370200") { rows { label ...Figures } } } ${figuresFragment()}`,
  },
  {
    name: 'enrollmentStatistics [CITY, QUARTER, TARGET_GROUP, ICH_CATEGORY], all enrolments',
    query: `{ enrollmentStatistics(groupBy: [CITY, QUARTER, TARGET_GROUP, ICH_CATEGORY]) { groups { keys { city { code } quarter targetGroup ichCategory } enrollments completed passed dropped } total { enrollments } } }`,
  },
  {
    name: 'enrollmentStatistics [COUNTY, MONTH], all enrolments',
    query: `{ enrollmentStatistics(groupBy: [COUNTY, MONTH]) { groups { keys { county { code } month } enrollments completed passed } } }`,
  },
  {
    name: `enrollmentStatistics [COUNTY, QUARTER, STATUS], enrolled in ${YEAR}`,
    query: `{ enrollmentStatistics(groupBy: [COUNTY, QUARTER, STATUS], filter: { enrolledFrom: "${YEAR}-01-01", enrolledTo: "${YEAR}-12-31" }) { groups { keys { county { code } quarter status } enrollments } } }`,
  },
  {
    name: 'certificateStatistics [CITY, QUARTER, CERTIFICATE_LEVEL], all certificates',
    query: `{ certificateStatistics(groupBy: [CITY, QUARTER, CERTIFICATE_LEVEL]) { groups { keys { city { code } quarter certificateLevel } certificates } } }`,
  },
];

function figuresFragment(): string {
  return `fragment Figures on DispatchReportRow {
    workshops { recognized countyLevel cityLevel provinceLevel jobsCreated } laborBrands { brands unitsRecognized }
    catalogEntriesPublished cohortsStarted
    traineesEnrolled { total ruralTransferLaborers registeredUnemployed povertyAlleviated noTargetGroup }
    traineesCompleted { total ruralTransferLaborers registeredUnemployed povertyAlleviated noTargetGroup }
    subsidies { claimsFiled claimedAmount claimsPaid paidAmount }
    certificatesIssued { total apprentice junior intermediate senior technician seniorTechnician principalTechnician chiefTechnician specializedAbility }
    talentTitlesAwarded { total shandongTechnicalExpert qiluChiefTechnician nationalTechnicalExpert other }
    vacancies { posted headcount } startupLoans { granted amount }
  }`;
}

const ms = (n: number) => `${n.toFixed(0).padStart(6)} ms`;

/** The generated part of RESULTS.md's statistics section: one row per operation, rollups beside the raw GROUP BY. */
function statisticsBlock(
  results: Map<string, Record<string, { min: number; median: number; max: number }>>,
  run: { version: string; sizes: string[]; loadBefore: number; loadAfter: number },
): string {
  const cell = (f?: { min: number; median: number; max: number }) => (f ? `${f.median.toFixed(0)} (${f.min.toFixed(0)}–${f.max.toFixed(0)})` : '—');
  const rows = [...results].map(([name, r]) => `| ${name} | ${cell(r.rollup)} | ${cell(r.raw)} | ${r.rollup && r.raw ? `×${(r.raw.median / r.rollup.median).toFixed(1)}` : ''} |`);
  return [
    `Written by \`npm run bench:statistics\` on ${new Date().toISOString()}: ${RUNS} timed runs of each operation after a warm-up, `
      + `in process (graphql execute, no HTTP), as an ADMIN viewer; ${run.version}, 2 cores shared with the database; 1-minute load average ${run.loadBefore.toFixed(1)} before, ${run.loadAfter.toFixed(1)} after.`,
    '',
    `Data (scale ${args.scale}): ${run.sizes.join(', ')} rows.`,
    '',
    '| operation | rollups: median ms (min–max) | raw GROUP BY: median ms (min–max) | raw / rollups |',
    '|---|--:|--:|--:|',
    ...rows,
  ].join('\n');
}

async function openBenchSources(): Promise<Sources> {
  const sources = {} as Sources;
  for (const source of SOURCE_NAMES) {
    const variable = `BENCH_${source.toUpperCase()}_URL`;
    const url = parseDatabaseUrl(variable, process.env[variable] ?? DEFAULT_URLS[source]);
    sources[source] = await openDataSource(source, url, { poolSize: 12 });
  }
  return sources;
}

async function time(schema: GraphQLSchema, sources: Sources, query: string, statisticsSource: StatisticsSource): Promise<{ ms: number; result: Awaited<ReturnType<typeof execute>> }> {
  const document = parse(query);
  const started = process.hrtime.bigint();
  const result = await execute({ schema, document, contextValue: createContext(sources, { viewer: BENCH_VIEWER, statisticsSource }) });
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

async function benchExport(schema: GraphQLSchema, sources: Sources, rows: number): Promise<void> {
  const app = express();
  app.use('/export', exportRouter({ schema: async () => schema, context: () => createContext(sources, { viewer: BENCH_VIEWER }) }));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const port = (server.address() as { port: number }).port;
  const body = JSON.stringify({ query: '{ enrollments(orderBy: ID) { edges { node { id enrolledOn status completedOn passed targetGroup } } } }', limit: rows });
  global.gc?.();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  }, 100);
  const started = Date.now();
  const response = await fetch(`http://127.0.0.1:${port}/export/csv`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  let lines = 0;
  let bytes = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines++;
  }
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  server.close();
  const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
  console.log(
    `\nCSV export of enrollments over HTTP: ${(lines - 1).toLocaleString('en')} rows, ${mb(bytes)} in ${seconds.toFixed(1)} s ` +
      `(${Math.round((lines - 1) / seconds).toLocaleString('en')} rows/s); heap ${mb(before.heapUsed)} before, peak ${mb(peakHeap)}; ` +
      `RSS ${mb(before.rss)} before, peak ${mb(peakRss)}`,
  );
}

async function main(): Promise<void> {
  const sources = await openBenchSources();
  try {
    for (const source of SOURCE_NAMES) {
      const applied = await sources[source].runMigrations({ transaction: 'each' });
      if (applied.length > 0) console.log(`${source}: applied ${applied.map((m) => m.name).join(', ')}`);
    }
    if (await isSeeded(sources.culture)) {
      console.log('reusing the seeded bench databases');
    } else {
      console.log(`seeding scale ${args.scale} (this takes a while)…`);
      const report = await seedDatabases(sources, { scale: Number(args.scale), seed: 1, progress: true });
      console.log(`seeded ${report.rows.toLocaleString('en')} rows in ${report.seconds.toFixed(0)} s`);
    }
    const sizes: string[] = [];
    for (const table of ['enrollment', 'subsidy_claim', 'skill_certificate', 'training_cohort', 'person', 'rollup_enrollment', 'rollup_enrollment_region', 'rollup_enrollment_programme']) {
      const [{ n }] = await sources.hr.query(`SELECT COUNT(*) AS n FROM ${table}`);
      console.log(`  ${table.padEnd(28)} ${Number(n).toLocaleString('en').padStart(10)} rows`);
      sizes.push(`${table} ${Number(n).toLocaleString('en')}`);
    }
    const schema = await graphqlSchema();
    console.log(`\n${RUNS} timed runs each, after one warm-up run (MariaDB; a report runs up to 4 of its statements at a time):\n`);
    // Each operation from the rollups and from the raw GROUP BY, in one run, so that noise cancels.
    const medians = new Map<string, Record<string, { min: number; median: number; max: number }>>();
    const loadBefore = os.loadavg()[0];
    for (const op of OPERATIONS) {
      for (const source of STATISTICS_SOURCES) {
        const warm = await time(schema, sources, op.query, source);
        if (warm.result.errors) throw new Error(`${op.name}: ${JSON.stringify(warm.result.errors)}`);
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) times.push((await time(schema, sources, op.query, source)).ms);
        times.sort((a, b) => a - b);
        const figures = { min: times[0], median: times[Math.floor(times.length / 2)], max: times[times.length - 1] };
        medians.set(op.name, { ...medians.get(op.name), [source]: figures });
        console.log(`${`${op.name} [${source}]`.padEnd(88)} min ${ms(figures.min)}  median ${ms(figures.median)}  max ${ms(figures.max)}`);
      }
    }
    if (!args['no-write']) {
      const [version] = await sources.hr.query('SELECT VERSION() AS v');
      const out = args.out!;
      const previous = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '# Benchmark results\n';
      fs.writeFileSync(out, withStatisticsBlock(previous, statisticsBlock(medians, { version: String(version.v), sizes, loadBefore, loadAfter: os.loadavg()[0] })));
      console.log(`\nwritten to ${path.relative(process.cwd(), out)}`);
    }
    const exportRows = Number(args['export-rows']);
    if (exportRows > 0) await benchExport(schema, sources, exportRows);
  } finally {
    await closeSources(sources);
  }
}

main().catch((error: unknown) => {
  console.error((error as Error).stack ?? error);
  process.exit(1);
});
