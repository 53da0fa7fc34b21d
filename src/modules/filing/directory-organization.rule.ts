import { ORGANIZATION_TYPES, OrganizationEntity, OrganizationType, SELECT100_FIELDS, Select100Field } from '../../sources/culture';
import { organizationTypeOfUscc } from '../organization/organization.record';
import { present } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { inScope } from './filing.env';
import { givenValues, insertRows, updateRows } from './filing.sql';
import { REGION_CODE } from './field-names';

/** The Shandong Handmade programme began in 2022. */
const FIRST_LISTED_YEAR = 2022;

export interface DirectoryOrganizationDraft {
  uscc: string | null;
  name: string | null;
  orgType: OrganizationType | null;
  regionCode: string | null;
  keyEnterprise: boolean | null;
  keyProject: boolean | null;
  listedYear: number | null;
  select100Field: Select100Field | null;
}

export type DirectoryOrganizationRow = {
  uscc: string;
  name: string;
  orgType: OrganizationType;
  regionCode: string;
  keyEnterprise: boolean;
  keyProject: boolean;
  listedYear: number;
  select100Field: Select100Field | null;
};

/** 山东手造基础信息目录入库: an organisation enters the directory, once per USCC. */
export const directoryOrganizationRule: FilingRule<DirectoryOrganizationDraft, Map<string, { id: number; regionCode: string }>, DirectoryOrganizationRow> = {
  source: 'culture',
  fields: {
    uscc: ['统一社会信用代码'],
    name: ['主体名称', '单位名称', '企业名称'],
    orgType: ['主体类型'],
    regionCode: ['所在地区代码', ...REGION_CODE],
    keyEnterprise: ['重点企业', '是否重点企业'],
    keyProject: ['重点项目', '是否重点项目'],
    listedYear: ['入库年度', '入选年度'],
    select100Field: ['优选100领域', '优选领域'],
  },

  check(read, env) {
    const uscc = read.uscc('uscc', { required: true });
    const derived = uscc ? organizationTypeOfUscc(uscc) : null;
    const given = read.oneOf('orgType', ORGANIZATION_TYPES);
    if (given && derived && derived !== 'OTHER' && given !== derived) {
      read.warn('orgType', 'INCONSISTENT', `orgType ${given} differs from what the USCC prefix ${uscc!.slice(0, 2)} says (${derived})`);
    }
    return {
      uscc,
      name: read.text('name', { required: true, max: 200 }),
      orgType: given ?? derived,
      regionCode: read.region('regionCode', { required: true }),
      keyEnterprise: read.boolean('keyEnterprise', { fallback: false }),
      keyProject: read.boolean('keyProject', { fallback: false }),
      listedYear: read.int('listedYear', { required: true, min: FIRST_LISTED_YEAR, max: Number(env.today.slice(0, 4)) }),
      select100Field: read.oneOf('select100Field', SELECT100_FIELDS),
    };
  },

  async lookup(drafts, db) {
    const rows = await db.rowsIn<Record<string, unknown>>('culture', 'SELECT id, uscc, region_code FROM organization', 'uscc', present(drafts.map((d) => d.uscc)));
    return new Map(rows.map((r) => [String(r.uscc), { id: Number(r.id), regionCode: String(r.region_code) }]));
  },

  resolve(d, existing, read) {
    const onFile = d.uscc ? existing.get(d.uscc) : undefined;
    if (onFile && !(read.env.upsert && inScope(read.env, onFile.regionCode))) read.error('uscc', 'DUPLICATE', `${d.uscc} is already in the directory`);
    if (read.problems.failed || !d.uscc || !d.name || !d.orgType || !d.regionCode || d.keyEnterprise === null || d.keyProject === null || d.listedYear === null) return null;
    return {
      uscc: d.uscc, name: d.name, orgType: d.orgType, regionCode: d.regionCode, keyEnterprise: d.keyEnterprise, keyProject: d.keyProject,
      listedYear: d.listedYear, select100Field: d.select100Field,
    };
  },

  write: (tx, rows, ids) => insertRows(tx, OrganizationEntity, rows, ids),

  batchKey: { field: 'uscc', of: (d) => d.uscc },

  upsert: {
    existing: (d, existing) => (d.uscc ? existing.get(d.uscc)?.id ?? null : null),
    update: (tx, rows) =>
      updateRows(
        tx,
        OrganizationEntity,
        rows.map(({ id, row, given }) => ({
          id,
          values: givenValues(row, given, { name: 'name', orgType: 'orgType', regionCode: 'regionCode', keyEnterprise: 'keyEnterprise', keyProject: 'keyProject', listedYear: 'listedYear', select100Field: 'select100Field' }),
        })),
      ),
  },
};
