import { EntityManager } from 'typeorm';
import { IndustryPilotCatalogEntryEntity, IndustryPilotEntity, IndustryPilotMemberEntity } from '../../sources/hr';
import { validateUscc } from '../../shared/identifiers';
import { DIRECTORY_ORGANIZATION_BY_USCC } from '../organization/organization.lookups';
import { CATALOG_ENTRY_BY_CODE, TRAINING_PROVIDER_BY_USCC } from '../training/training.lookups';
import { FieldReader } from './field-reader';
import { FilingRule } from './filing.rule';
import { insertRows } from './filing.sql';
import { REGION_CODE } from './field-names';
import { CODE_PATTERN } from './training-catalog-entry.rule';

export interface IndustryPilotDraft {
  code: string | null;
  name: string | null;
  cluster: string | null;
  regionCode: string | null;
  year: number | null;
  enterpriseUsccs: string[] | null;
  providerUsccs: string[] | null;
  catalogEntryCodes: string[] | null;
}

interface PilotLookup {
  codes: Set<string>;
  directory: Set<string>;
  providers: Set<string>;
  entries: Map<string, { id: number; status: string }>;
}

export type IndustryPilotRow = { code: string; name: string; cluster: string; regionCode: string; year: number; enterprises: string[]; providers: string[]; entryIds: number[] };

/** USCCs of a list field, each checked as `uscc()` checks one. */
function usccList(read: FieldReader, field: string, max: number): string[] | null {
  const list = read.list(field, { required: true, max });
  if (list === null) return null;
  const out: string[] = [];
  list.forEach((value, i) => {
    const result = validateUscc(value, { strict: false });
    if (!result.ok) read.error(`${field}[${i}]`, 'FORMAT', result.message);
    else if (!out.includes(result.value)) out.push(result.value);
  });
  return out;
}

/**
 * 产训结合建设试点 (notice §二(二)): a pilot of a city or county for a year,
 * with the industry cluster's enterprises (in the culture bureau's Shandong
 * Handmade directory), the filed training providers taking part and the
 * published catalogue programmes they run.
 */
export const industryPilotRule: FilingRule<IndustryPilotDraft, PilotLookup, IndustryPilotRow> = {
  source: 'hr',
  fields: {
    code: ['试点编号', '编号'],
    name: ['试点名称', '名称'],
    cluster: ['产业集群', '重点产业集群'],
    regionCode: ['试点地区代码', ...REGION_CODE],
    year: ['试点年度', '年度'],
    enterpriseUsccs: ['参与企业统一社会信用代码', '参与企业'],
    providerUsccs: ['参与培训机构统一社会信用代码', '参与培训机构'],
    catalogEntryCodes: ['培训项目编号', '培训项目'],
  },

  check(read, env) {
    const rawCode = read.text('code', { required: true, max: 32 });
    const code = rawCode?.toUpperCase() ?? null;
    if (code && !CODE_PATTERN.test(code)) read.error('code', 'FORMAT', `code "${rawCode}" must be 3–32 letters, digits and dashes, e.g. CXJH-2024-3707`);
    return {
      code: code && CODE_PATTERN.test(code) ? code : null,
      name: read.text('name', { required: true, max: 200 }),
      cluster: read.text('cluster', { required: true, max: 100 }),
      regionCode: read.region('regionCode', { required: true }),
      year: read.int('year', { required: true, min: 2022, max: Number(env.today.slice(0, 4)) + 1 }),
      enterpriseUsccs: usccList(read, 'enterpriseUsccs', 200),
      providerUsccs: usccList(read, 'providerUsccs', 50),
      catalogEntryCodes: read.list('catalogEntryCodes', { max: 50 })?.map((c) => c.toUpperCase()) ?? null,
    };
  },

  async lookup(drafts, db) {
    const codes = new Set((await db.rowsIn<Record<string, unknown>>('hr', 'SELECT code FROM industry_pilot', 'code', drafts.map((d) => d.code).filter((c): c is string => !!c))).map((r) => String(r.code)));
    const directory = new Set((await DIRECTORY_ORGANIZATION_BY_USCC.find(db.on('culture'), drafts.flatMap((d) => d.enterpriseUsccs ?? []))).keys());
    const providers = new Set((await TRAINING_PROVIDER_BY_USCC.find(db.on('hr'), drafts.flatMap((d) => d.providerUsccs ?? []))).keys());
    const found = await CATALOG_ENTRY_BY_CODE.find(db.on('hr'), drafts.flatMap((d) => d.catalogEntryCodes ?? []));
    return { codes, directory, providers, entries: new Map([...found].map(([code, e]) => [code, { id: e.rowId, status: e.status }])) };
  },

  resolve(d, found, read) {
    if (d.code && found.codes.has(d.code)) read.error('code', 'DUPLICATE', `A pilot with code ${d.code} is already on file`);
    (d.enterpriseUsccs ?? []).forEach((u, i) => {
      if (!found.directory.has(u)) read.error(`enterpriseUsccs[${i}]`, 'NOT_FOUND', `${u} is not in the Shandong Handmade directory of the culture bureau`);
    });
    (d.providerUsccs ?? []).forEach((u, i) => {
      if (!found.providers.has(u)) read.error(`providerUsccs[${i}]`, 'NOT_FOUND', `${u} is not a filed training provider`);
    });
    const entryIds: number[] = [];
    (d.catalogEntryCodes ?? []).forEach((code, i) => {
      const entry = found.entries.get(code);
      if (!entry) read.error(`catalogEntryCodes[${i}]`, 'NOT_FOUND', `No catalogue entry has code ${code}`);
      else if (entry.status !== 'PUBLISHED') read.error(`catalogEntryCodes[${i}]`, 'INVALID_STATE', `Catalogue entry ${code} is ${entry.status}; a pilot runs published programmes`);
      else if (!entryIds.includes(entry.id)) entryIds.push(entry.id);
    });
    if (read.problems.failed || !d.code || !d.name || !d.cluster || !d.regionCode || d.year === null || !d.enterpriseUsccs || !d.providerUsccs) return null;
    found.codes.add(d.code);
    return { code: d.code, name: d.name, cluster: d.cluster, regionCode: d.regionCode, year: d.year, enterprises: d.enterpriseUsccs, providers: d.providerUsccs, entryIds };
  },

  async write(tx: EntityManager, rows, ids) {
    const inserted = await insertRows(tx, IndustryPilotEntity, rows.map(({ enterprises: _e, providers: _p, entryIds: _x, ...pilot }) => pilot), true);
    await insertRows(
      tx,
      IndustryPilotMemberEntity,
      rows.flatMap((r, i) => [...r.enterprises.map((uscc) => ({ pilotId: inserted[i], role: 'ENTERPRISE' as const, uscc })), ...r.providers.map((uscc) => ({ pilotId: inserted[i], role: 'TRAINING_PROVIDER' as const, uscc }))]),
      false,
    );
    await insertRows(tx, IndustryPilotCatalogEntryEntity, rows.flatMap((r, i) => r.entryIds.map((entryId) => ({ pilotId: inserted[i], entryId }))), false);
    return ids ? inserted : [];
  },

  batchKey: { field: 'code', of: (d) => d.code },
};
