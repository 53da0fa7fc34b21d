import { TrainingCohortEntity } from '../../sources/hr';
import { CATALOG_ENTRY_BY_CODE, TRAINING_COHORT_BY_CODE, TRAINING_PROVIDER_BY_USCC } from '../training/training.lookups';
import { FilingRule } from './filing.rule';
import { inScope } from './filing.env';
import { dayOf, givenValues, insertRows, updateRows } from './filing.sql';
import { REGION_CODE } from './field-names';
import { CODE_PATTERN } from './training-catalog-entry.rule';

export interface TrainingCohortDraft {
  code: string | null;
  catalogEntryCode: string | null;
  providerUscc: string | null;
  regionCode: string | null;
  startsOn: string | null;
  endsOn: string | null;
  projectBased: boolean | null;
  plannedSize: number | null;
}

interface CohortLookup {
  /** Cohorts on file by code. */
  codes: Map<string, { id: number; regionCode: string }>;
  entries: Map<string, { id: number; status: string; publishedOn: string | null }>;
  providers: Map<string, { id: number; filedOn: string }>;
}

export type TrainingCohortRow = {
  code: string;
  catalogEntryId: number;
  providerId: number;
  regionCode: string;
  startsOn: string;
  endsOn: string;
  projectBased: boolean;
  plannedSize: number;
};

/** 开班备案: a class of a published catalogue programme, run by a filed provider. */
export const trainingCohortRule: FilingRule<TrainingCohortDraft, CohortLookup, TrainingCohortRow> = {
  source: 'hr',
  fields: {
    code: ['培训班编号', '班级编号', '开班编号'],
    catalogEntryCode: ['培训项目编号', '项目编号'],
    providerUscc: ['培训机构统一社会信用代码', '培训机构信用代码'],
    regionCode: ['开班地区代码', '培训地区代码', ...REGION_CODE],
    startsOn: ['开班日期', '开始日期'],
    endsOn: ['结业日期', '结束日期'],
    projectBased: ['项目制培训', '是否项目制'],
    plannedSize: ['计划人数', '计划培训人数'],
  },

  check(read) {
    const code = read.text('code', { required: true, max: 32 })?.toUpperCase() ?? null;
    if (code && !CODE_PATTERN.test(code)) read.error('code', 'FORMAT', `code "${code}" must be 3–32 letters, digits and dashes, e.g. BJ20250000123`);
    const d: TrainingCohortDraft = {
      code: code && CODE_PATTERN.test(code) ? code : null,
      catalogEntryCode: read.text('catalogEntryCode', { required: true, max: 32 })?.toUpperCase() ?? null,
      providerUscc: read.uscc('providerUscc', { required: true }),
      regionCode: read.region('regionCode', { required: true }),
      startsOn: read.date('startsOn', { required: true }),
      endsOn: read.date('endsOn', { required: true }),
      projectBased: read.boolean('projectBased', { fallback: false }),
      plannedSize: read.int('plannedSize', { required: true, min: 1, max: 1000 }),
    };
    if (d.startsOn && d.endsOn && d.endsOn < d.startsOn) read.error('endsOn', 'DATE_ORDER', `endsOn ${d.endsOn} is before startsOn ${d.startsOn}`);
    return d;
  },

  async lookup(drafts, db) {
    const hr = db.on('hr');
    const cohorts = await TRAINING_COHORT_BY_CODE.find(hr, drafts.map((d) => d.code));
    const entries = await CATALOG_ENTRY_BY_CODE.find(hr, drafts.map((d) => d.catalogEntryCode));
    const providers = await TRAINING_PROVIDER_BY_USCC.find(hr, drafts.map((d) => d.providerUscc));
    return {
      codes: new Map([...cohorts].map(([code, c]) => [code, { id: c.rowId, regionCode: c.regionCode }])),
      entries: new Map([...entries].map(([code, e]) => [code, { id: e.rowId, status: e.status, publishedOn: dayOf(e.publishedOn) }])),
      providers: new Map([...providers].map(([uscc, p]) => [uscc, { id: p.rowId, filedOn: dayOf(p.filedOn)! }])),
    };
  },

  resolve(d, found, read) {
    const onFile = d.code ? found.codes.get(d.code) : undefined;
    if (onFile && !(read.env.upsert && inScope(read.env, onFile.regionCode))) read.error('code', 'DUPLICATE', `A cohort with code ${d.code} is already on file`);
    const entry = d.catalogEntryCode ? found.entries.get(d.catalogEntryCode) : undefined;
    if (d.catalogEntryCode && !entry) read.error('catalogEntryCode', 'NOT_FOUND', `No catalogue entry has the code ${d.catalogEntryCode}`);
    else if (entry && entry.status !== 'PUBLISHED') read.error('catalogEntryCode', 'INVALID_STATE', `Catalogue entry ${d.catalogEntryCode} is ${entry.status}; cohorts run only on PUBLISHED entries`);
    else if (entry?.publishedOn && d.startsOn && d.startsOn < entry.publishedOn) {
      read.error('startsOn', 'DATE_ORDER', `startsOn ${d.startsOn} is before the programme was published on ${entry.publishedOn}`);
    }
    const provider = d.providerUscc ? found.providers.get(d.providerUscc) : undefined;
    if (d.providerUscc && !provider) read.error('providerUscc', 'NOT_FOUND', `${d.providerUscc} is not a filed training provider (备案培训机构)`);
    else if (provider && d.startsOn && d.startsOn < provider.filedOn) read.error('startsOn', 'DATE_ORDER', `startsOn ${d.startsOn} is before the provider was filed on ${provider.filedOn}`);
    if (read.problems.failed || !d.code || !entry || !provider || !d.regionCode || !d.startsOn || !d.endsOn || d.plannedSize === null) return null;
    return { code: d.code, catalogEntryId: entry.id, providerId: provider.id, regionCode: d.regionCode, startsOn: d.startsOn, endsOn: d.endsOn, projectBased: d.projectBased ?? false, plannedSize: d.plannedSize };
  },

  write: (tx, rows, ids) => insertRows(tx, TrainingCohortEntity, rows, ids),

  batchKey: { field: 'code', of: (d) => d.code },

  upsert: {
    existing: (d, found) => (d.code ? found.codes.get(d.code)?.id ?? null : null),
    update: (tx, rows) =>
      updateRows(
        tx,
        TrainingCohortEntity,
        rows.map(({ id, row, given }) => ({
          id,
          values: givenValues(row, given, {
            catalogEntryCode: 'catalogEntryId', providerUscc: 'providerId', regionCode: 'regionCode', startsOn: 'startsOn', endsOn: 'endsOn', projectBased: 'projectBased', plannedSize: 'plannedSize',
          }),
        })),
      ),
  },
};
