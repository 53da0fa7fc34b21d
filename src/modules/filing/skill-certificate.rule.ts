import { EVALUATOR_TYPES, EvaluatorType, SKILL_CERTIFICATE_KINDS, SKILL_LEVELS, SkillCertificateEntity, SkillCertificateKind, SkillLevel } from '../../sources/hr';
import { normalizeCertificateNumber } from '../talent/certificate-number';
import { noSuchPerson, personsByCitizenId, PersonRef, present } from './filing.lookups';
import { FilingRule } from './filing.rule';
import { givenValues, insertRows, updateRows } from './filing.sql';
import { ID_NUMBER, OCCUPATION_CODE_COLUMN, REGION_CODE } from './field-names';

/** Position 16 of a 22-character number: the level, 5 junior … 1 senior technician; 0 for a specialised ability. */
const LEVEL_DIGIT: Partial<Record<SkillLevel, string>> = { JUNIOR: '5', INTERMEDIATE: '4', SENIOR: '3', TECHNICIAN: '2', SENIOR_TECHNICIAN: '1' };
const OCCUPATION_CODE = /^\d-\d{2}-\d{2}-\d{2}$/;

export interface SkillCertificateDraft {
  certificateNumber: string | null;
  citizenId: string | null;
  kind: SkillCertificateKind | null;
  level: SkillLevel | null;
  occupationCode: string | null;
  abilityTitle: string | null;
  evaluatorType: EvaluatorType | null;
  evaluatorUscc: string | null;
  issuedOn: string | null;
  regionCode: string | null;
}

interface CertificateLookup {
  /** Certificates on file by number, with their holder. */
  numbers: Map<string, { id: number; personId: number }>;
  persons: Map<string, PersonRef>;
}

export type SkillCertificateRow = Omit<SkillCertificateDraft, 'citizenId' | 'certificateNumber' | 'kind' | 'evaluatorType' | 'issuedOn' | 'regionCode'> & {
  certificateNumber: string;
  personId: number;
  kind: SkillCertificateKind;
  evaluatorType: EvaluatorType;
  issuedOn: string;
  regionCode: string;
};

/** 技能等级证书核发: a skill-level or specialised-ability certificate, checked against the national numbering. */
export const skillCertificateRule: FilingRule<SkillCertificateDraft, CertificateLookup, SkillCertificateRow> = {
  source: 'hr',
  fields: {
    certificateNumber: ['证书编号'],
    idNumber: ID_NUMBER,
    kind: ['证书类型', '证书类别'],
    level: ['职业技能等级', '技能等级', '等级'],
    occupationCode: OCCUPATION_CODE_COLUMN,
    abilityTitle: ['专项职业能力名称', '专项能力名称'],
    evaluatorType: ['评价机构类型'],
    evaluatorUscc: ['评价机构统一社会信用代码', '评价机构信用代码'],
    issuedOn: ['发证日期', '核发日期'],
    regionCode: ['发证地区代码', ...REGION_CODE],
  },

  check(read) {
    const rawNumber = read.text('certificateNumber', { required: true, max: 50 });
    const number = rawNumber ? normalizeCertificateNumber(rawNumber) : null;
    if (number && !number.ok) read.error('certificateNumber', 'FORMAT', number.message);
    const d: SkillCertificateDraft = {
      certificateNumber: number?.ok ? number.value : null,
      citizenId: read.citizenId('idNumber', { required: true }),
      kind: read.oneOf('kind', SKILL_CERTIFICATE_KINDS, { required: true }),
      level: read.oneOf('level', SKILL_LEVELS),
      occupationCode: read.text('occupationCode', { max: 20, pattern: OCCUPATION_CODE, patternHint: 'is not an occupation code of the form 6-09-03-01' }),
      abilityTitle: read.text('abilityTitle', { max: 200 }),
      evaluatorType: read.oneOf('evaluatorType', EVALUATOR_TYPES, { required: true }),
      evaluatorUscc: read.uscc('evaluatorUscc'),
      issuedOn: read.date('issuedOn', { required: true, notAfterToday: true }),
      regionCode: read.region('regionCode', { required: true }),
    };
    if (d.kind === 'SKILL_LEVEL') {
      if (!read.present('level')) read.error('level', 'REQUIRED', 'A SKILL_LEVEL certificate needs its level');
      if (!read.present('occupationCode')) read.error('occupationCode', 'REQUIRED', 'A SKILL_LEVEL certificate needs its occupation code');
    }
    if (d.kind === 'SPECIALIZED_ABILITY') {
      if (read.present('level')) read.error('level', 'INCONSISTENT', 'A SPECIALIZED_ABILITY certificate has no skill level');
      if (!read.present('abilityTitle')) read.error('abilityTitle', 'REQUIRED', 'A SPECIALIZED_ABILITY certificate needs the ability it certifies');
    }
    if (d.evaluatorType === 'EMPLOYER' && !read.present('evaluatorUscc')) read.error('evaluatorUscc', 'REQUIRED', 'An employer-evaluated certificate needs the employer\'s USCC');
    // The 22-character number spells out evaluator type, issue year and level: they must agree with the fields.
    const n = d.certificateNumber;
    if (n && n.length === 22 && /^[YS]/.test(n)) {
      const expected = n[0] === 'Y' ? 'EMPLOYER' : 'SOCIAL_ORGANIZATION';
      if (d.evaluatorType && d.evaluatorType !== expected) read.error('evaluatorType', 'INCONSISTENT', `The number starts with ${n[0]}, which means ${expected}, not ${d.evaluatorType}`);
      if (d.issuedOn && n.slice(13, 15) !== d.issuedOn.slice(2, 4)) read.error('issuedOn', 'INCONSISTENT', `The number's year digits ${n.slice(13, 15)} do not match issuedOn ${d.issuedOn}`);
      const digit = d.kind === 'SPECIALIZED_ABILITY' ? '0' : d.level ? LEVEL_DIGIT[d.level] : undefined;
      if (digit && n[15] !== digit) read.error('level', 'INCONSISTENT', `The number's level digit is ${n[15]}, which does not match ${d.kind === 'SPECIALIZED_ABILITY' ? 'a specialised ability (0)' : `${d.level} (${digit})`}`);
    }
    return d;
  },

  async lookup(drafts, db, env) {
    const numbers = new Map(
      (await db.rowsIn<Record<string, unknown>>('hr', 'SELECT id, certificate_number, person_id FROM skill_certificate', 'certificate_number', present(drafts.map((d) => d.certificateNumber)))).map((r) => [
        String(r.certificate_number),
        { id: Number(r.id), personId: Number(r.person_id) },
      ]),
    );
    return { numbers, persons: await personsByCitizenId(db, drafts.map((d) => d.citizenId), env) };
  },

  resolve(d, found, read) {
    const person = d.citizenId ? found.persons.get(d.citizenId) : undefined;
    const onFile = d.certificateNumber ? found.numbers.get(d.certificateNumber) : undefined;
    // A certificate is updated for its own holder only (who must be the caller's to see); a number on someone else's certificate stays a duplicate.
    if (onFile && !(read.env.upsert && person && onFile.personId === person.id)) read.error('certificateNumber', 'DUPLICATE', `Certificate ${d.certificateNumber} is already on file`);
    if (d.citizenId && !person) read.error('idNumber', 'NOT_FOUND', noSuchPerson(read.env, d.citizenId));
    if (read.problems.failed || !d.certificateNumber || !person || !d.kind || !d.evaluatorType || !d.issuedOn || !d.regionCode) return null;
    return {
      certificateNumber: d.certificateNumber, personId: person.id, kind: d.kind, level: d.level, occupationCode: d.occupationCode, abilityTitle: d.abilityTitle,
      evaluatorType: d.evaluatorType, evaluatorUscc: d.evaluatorUscc, issuedOn: d.issuedOn, regionCode: d.regionCode,
    };
  },

  write: (tx, rows, ids) => insertRows(tx, SkillCertificateEntity, rows, ids),

  personKey: { field: 'idNumber' },

  batchKey: { field: 'certificateNumber', of: (d) => d.certificateNumber },

  upsert: {
    existing: (d, found) => (d.certificateNumber ? found.numbers.get(d.certificateNumber)?.id ?? null : null),
    update: (tx, rows) =>
      updateRows(
        tx,
        SkillCertificateEntity,
        rows.map(({ id, row, given }) => ({
          id,
          values: givenValues(row, given, {
            kind: 'kind', level: 'level', occupationCode: 'occupationCode', abilityTitle: 'abilityTitle', evaluatorType: 'evaluatorType', evaluatorUscc: 'evaluatorUscc', issuedOn: 'issuedOn', regionCode: 'regionCode',
          }),
        })),
      ),
  },
};
