import { RIGHTS_CASE_KINDS, RIGHTS_CASE_OUTCOMES, RightsCaseEntity, RightsCaseKind, RightsCaseOutcome } from '../../sources/hr';
import { noSuchPerson, personsByCitizenId, PersonRef, present } from './filing.lookups';
import { FieldReader } from './field-reader';
import { FilingRule } from './filing.rule';
import { inScope } from './filing.env';
import { givenValues, insertRows, updateRows } from './filing.sql';
import { ID_NUMBER, REGION_CODE } from './field-names';

const CASE_NUMBER = /^[A-Z0-9][A-Z0-9-]{2,31}$/;

export interface RightsCaseDraft {
  caseNumber: string | null;
  citizenId: string | null;
  unitUscc: string | null;
  brandId: number | null;
  kind: RightsCaseKind | null;
  openedOn: string | null;
  closedOn: string | null;
  outcome: RightsCaseOutcome | null;
  regionCode: string | null;
}

interface CaseLookup {
  persons: Map<string, PersonRef>;
  /** Building units by USCC: one per brand the organisation builds. */
  units: Map<string, Array<{ id: number; brandId: number }>>;
  /** Cases on file by number. */
  cases: Map<string, { id: number; regionCode: string }>;
}

export type RightsCaseRow = Omit<RightsCaseEntity, 'id' | 'person' | 'unit'>;

/** The building unit a case names: by USCC, and by brand when the organisation builds more than one. */
function unitOf(d: RightsCaseDraft, found: CaseLookup, read: FieldReader): { id: number } | null {
  const units = found.units.get(d.unitUscc!) ?? [];
  if (units.length === 0) return read.error('unitUscc', 'NOT_FOUND', `${d.unitUscc} is not a building unit of any labour brand (劳务品牌建设单位)`);
  if (d.brandId !== null) {
    const unit = units.find((u) => u.brandId === d.brandId);
    return unit ?? read.error('brandId', 'NOT_FOUND', `${d.unitUscc} is not a building unit of this labour brand`);
  }
  if (units.length > 1) return read.error('brandId', 'REQUIRED', `${d.unitUscc} builds ${units.length} labour brands; name the brand (brandId)`);
  return units[0];
}

/**
 * 维权服务: a case opened for a worker of a labour-brand building unit, closed
 * later with an outcome (`import --upsert` by case number records the close).
 * A case is closed with both its day and its outcome, or open with neither.
 */
export const rightsCaseRule: FilingRule<RightsCaseDraft, CaseLookup, RightsCaseRow> = {
  source: 'hr',
  fields: {
    caseNumber: ['案件编号', '受理编号'],
    idNumber: ID_NUMBER,
    unitUscc: ['建设单位统一社会信用代码', '用人单位统一社会信用代码', '统一社会信用代码'],
    brandId: ['劳务品牌'],
    kind: ['维权事项', '事项类别'],
    openedOn: ['受理日期'],
    closedOn: ['办结日期'],
    outcome: ['办结结果', '处理结果'],
    regionCode: ['受理地区代码', ...REGION_CODE],
  },

  check(read) {
    const rawNumber = read.text('caseNumber', { required: true, max: 32 });
    const caseNumber = rawNumber?.toUpperCase() ?? null;
    if (caseNumber && !CASE_NUMBER.test(caseNumber)) read.error('caseNumber', 'FORMAT', `caseNumber "${rawNumber}" must be 3–32 letters, digits and dashes, e.g. WQ-370702-2025-0012`);
    const d: RightsCaseDraft = {
      caseNumber: caseNumber && CASE_NUMBER.test(caseNumber) ? caseNumber : null,
      citizenId: read.citizenId('idNumber', { required: true }),
      unitUscc: read.uscc('unitUscc', { required: true }),
      brandId: read.globalId('brandId', 'LaborBrand'),
      kind: read.oneOf('kind', RIGHTS_CASE_KINDS, { required: true }),
      openedOn: read.date('openedOn', { required: true, notAfterToday: true }),
      closedOn: read.date('closedOn', { notAfterToday: true }),
      outcome: read.oneOf('outcome', RIGHTS_CASE_OUTCOMES),
      regionCode: read.region('regionCode', { required: true }),
    };
    if (read.present('closedOn') && !read.present('outcome') && !read.problems.hasErrorOn(read.path('closedOn'))) read.error('outcome', 'REQUIRED', 'outcome is required for a closed case (closedOn given)');
    if (read.present('outcome') && !read.present('closedOn') && !read.problems.hasErrorOn(read.path('outcome'))) read.error('closedOn', 'REQUIRED', 'closedOn is required for a case with an outcome');
    if (d.openedOn && d.closedOn && d.closedOn < d.openedOn) read.error('closedOn', 'DATE_ORDER', `closedOn ${d.closedOn} is before openedOn ${d.openedOn}`);
    return d;
  },

  async lookup(drafts, db, env) {
    const persons = await personsByCitizenId(db, drafts.map((d) => d.citizenId), env);
    const unitRows = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT id, brand_id, uscc FROM labor_brand_unit', 'uscc', present(drafts.map((d) => d.unitUscc)), ' ORDER BY id');
    const units = new Map<string, Array<{ id: number; brandId: number }>>();
    for (const r of unitRows) units.set(String(r.uscc), [...(units.get(String(r.uscc)) ?? []), { id: Number(r.id), brandId: Number(r.brand_id) }]);
    const caseRows = await db.rowsIn<Record<string, unknown>>('hr', 'SELECT id, case_number, region_code FROM rights_case', 'case_number', present(drafts.map((d) => d.caseNumber)));
    return { persons, units, cases: new Map(caseRows.map((r) => [String(r.case_number), { id: Number(r.id), regionCode: String(r.region_code) }])) };
  },

  resolve(d, found, read) {
    const onFile = d.caseNumber ? found.cases.get(d.caseNumber) : undefined;
    if (onFile && !(read.env.upsert && inScope(read.env, onFile.regionCode))) read.error('caseNumber', 'DUPLICATE', `A rights case numbered ${d.caseNumber} is already on file`);
    const person = d.citizenId ? found.persons.get(d.citizenId) : undefined;
    if (d.citizenId && !person) read.error('idNumber', 'NOT_FOUND', noSuchPerson(read.env, d.citizenId));
    const unit = d.unitUscc ? unitOf(d, found, read) : null;
    if (read.problems.failed || !d.caseNumber || !person || !unit || !d.kind || !d.openedOn || !d.regionCode) return null;
    return { caseNumber: d.caseNumber, personId: person.id, unitId: unit.id, kind: d.kind, openedOn: d.openedOn, closedOn: d.closedOn, outcome: d.outcome, regionCode: d.regionCode };
  },

  write: (tx, rows, ids) => insertRows(tx, RightsCaseEntity, rows, ids),

  batchKey: { field: 'caseNumber', of: (d) => d.caseNumber },

  upsert: {
    existing: (d, found) => (d.caseNumber ? found.cases.get(d.caseNumber)?.id ?? null : null),
    update: (tx, rows) =>
      updateRows(
        tx,
        RightsCaseEntity,
        rows.map(({ id, row, given }) => ({
          id,
          values: givenValues(row, given, { idNumber: 'personId', unitUscc: 'unitId', brandId: 'unitId', kind: 'kind', openedOn: 'openedOn', closedOn: 'closedOn', outcome: 'outcome', regionCode: 'regionCode' }),
        })),
      ),
  },

  personKey: { field: 'idNumber' },
};
