import { seedStartup, STARTUP_SEEDED_TABLES } from './hr-startup-seed';
import { DataSource } from 'typeorm';
import { SourceName } from '../config';
import { regionDirectory } from '../shared/regions';
import { BulkSession } from './bulk-writer';
import { seedCulture } from './culture-seed';
import { seedEmploymentServices } from './hr-employment-services-seed';
import { seedHr } from './hr-seed';
import { seedTitlesMaterialsRights, TITLES_RIGHTS_TABLES } from './hr-titles-rights-seed';
import { seedPlan } from './plan';
import { ProgressBar } from './progress';
import { SeedWorld } from './world';
import { withoutRollupTriggers } from '../modules/statistics/rollups/rollup-rebuild';

export interface SeedOptions {
  scale: number;
  seed: number;
  progress?: boolean;
}

export interface SeedReport {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMb: number;
  tables: Record<string, number>;
}

const CULTURE_TABLES = ['heritage_item', 'heritage_listing', 'revitalization_entry', 'organization', 'workshop', 'workshop_recognition', 'workshop_heritage_item', 'inheritor'];
const HR_TABLES = [
  'person', 'target_group_status', 'labor_brand', 'labor_brand_unit', 'training_catalog_entry', 'training_catalog_item',
  'training_provider', 'training_cohort', 'enrollment', 'subsidy_claim', 'skill_certificate', 'talent_title', 'contest',
  'contest_entry', 'vacancy', 'startup_loan',
  // Public employment services (hr-employment-services-seed.ts).
  'employment_event', 'employment_event_exhibitor', 'employment_event_vacancy', 'job_seeker', 'job_seeker_skill', 'job_seeker_wished_region', 'employment_service',
  ...STARTUP_SEEDED_TABLES,
  ...TITLES_RIGHTS_TABLES,
];

export const SEEDED_TABLES: Record<Exclude<SourceName, 'gateway'>, string[]> = { culture: CULTURE_TABLES, hr: HR_TABLES };

/** Rough row count of a scale, for the progress bar only. */
function expectedRows(scale: number): number {
  const plan = seedPlan(scale);
  return Math.round(plan.persons * 5.6 + (plan.provincialItems + plan.municipalItems + plan.countyItems) * 3 + plan.workshops * 3);
}

export async function isSeeded(culture: DataSource): Promise<boolean> {
  const rows: Array<{ n: string | number }> = await culture.query('SELECT COUNT(*) AS n FROM heritage_item');
  return Number(rows[0].n) > 0;
}

/** Deletes every seeded row, children first, so a new seed starts from empty tables. */
export async function clearSeededData(sources: Record<'culture' | 'hr', DataSource>): Promise<void> {
  for (const [source, tables] of Object.entries(SEEDED_TABLES) as Array<['culture' | 'hr', string[]]>) {
    const dataSource = sources[source];
    await withoutRollupTriggers(dataSource, source, async () => {
      for (const table of [...tables].reverse()) await dataSource.query(`DELETE FROM ${dataSource.driver.escape(table)}`);
    });
  }
}

/**
 * Fills the culture and HR databases with a deterministic, realistic data set:
 * the same scale and seed give the same rows everywhere.
 */
export async function seedDatabases(sources: Record<'culture' | 'hr', DataSource>, options: SeedOptions): Promise<SeedReport> {
  const started = Date.now();
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 250);
  const plan = seedPlan(options.scale);
  const world = new SeedWorld(options.seed, plan, regionDirectory());
  const progress = new ProgressBar(expectedRows(options.scale), options.progress ?? false);
  try {
    const cultureSession = await BulkSession.open(sources.culture);
    let facts;
    try {
      facts = await seedCulture(cultureSession, world, progress);
    } finally {
      await cultureSession.close();
    }
    // The rollups are rebuilt once from the loaded facts rather than by a trigger per row.
    await withoutRollupTriggers(sources.hr, 'hr', async () => {
      const hrSession = await BulkSession.open(sources.hr);
      try {
        await seedHr(hrSession, world, facts!, progress);
        await seedEmploymentServices(hrSession, world, facts!, progress);
        await seedStartup(hrSession, world, progress);
        await seedTitlesMaterialsRights(hrSession, world, facts!, progress, sources.culture);
      } finally {
        await hrSession.close();
      }
    });
    progress.finish('done');
  } finally {
    clearInterval(sampler);
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const tables: Record<string, number> = {};
  for (const [source, names] of Object.entries(SEEDED_TABLES) as Array<['culture' | 'hr', string[]]>) {
    for (const table of names) {
      const rows: Array<{ n: string | number }> = await sources[source].query(`SELECT COUNT(*) AS n FROM ${sources[source].driver.escape(table)}`);
      tables[table] = Number(rows[0].n);
    }
  }
  const seconds = (Date.now() - started) / 1000;
  const rows = Object.values(tables).reduce((a, b) => a + b, 0);
  return { rows, seconds, rowsPerSecond: Math.round(rows / seconds), peakRssMb: Math.round(peakRss / 1048576), tables };
}
