/**
 * Unified Social Credit Code (统一社会信用代码, GB 32100-2015) and the
 * organisation code (组织机构代码, GB 11714-1997) embedded at positions 9–17.
 * The USCC is the cross-agency key for organisations, workshop operators and
 * employers.
 */

export type UsccRule = 'FORMAT' | 'CHECK_CHAR' | 'ORG_CODE_CHECK';

/** Checksum rules: the only ones that may be downgraded to warnings. */
export type UsccChecksumRule = Exclude<UsccRule, 'FORMAT'>;

export interface UsccWarning {
  rule: UsccChecksumRule;
  message: string;
}

export type UsccRegistrationAuthority =
  | 'INSTITUTIONAL_ESTABLISHMENT'
  | 'FOREIGN_AFFAIRS'
  | 'JUSTICE_ADMINISTRATION'
  | 'CULTURE'
  | 'CIVIL_AFFAIRS'
  | 'TOURISM'
  | 'RELIGIOUS_AFFAIRS'
  | 'TRADE_UNION'
  | 'MARKET_REGULATION'
  | 'MILITARY_ESTABLISHMENT'
  | 'AGRICULTURE'
  | 'OTHER'
  | 'UNKNOWN';

export type UsccEntityType =
  | 'GOVERNMENT_ORGAN'
  | 'PUBLIC_INSTITUTION'
  | 'SOCIAL_ORGANISATION'
  | 'PRIVATE_NON_ENTERPRISE_UNIT'
  | 'FOUNDATION'
  | 'ENTERPRISE'
  | 'INDIVIDUAL_BUSINESS'
  | 'FARMERS_COOPERATIVE'
  | 'RURAL_COLLECTIVE_ECONOMIC_ORGANISATION'
  | 'OTHER'
  | 'UNKNOWN';

export interface UsccTypeDescription {
  registrationAuthority: UsccRegistrationAuthority;
  entityType: UsccEntityType;
  /** English with the Chinese term, for display and logs. */
  description: string;
}

export interface UsccValid {
  ok: true;
  /** Normalised 18-character form. */
  value: string;
  registrationAuthority: UsccRegistrationAuthority;
  entityType: UsccEntityType;
  /** GB/T 2260 code of the registering authority (positions 3–8). */
  regionCode: string;
  /** Embedded GB 11714 organisation code, without the printed hyphen. */
  organizationCode: string;
  /** Checksum failures tolerated in non-strict mode; always empty in strict mode. */
  warnings: UsccWarning[];
}

export interface UsccInvalid {
  ok: false;
  rule: UsccRule;
  message: string;
}

export type UsccResult = UsccValid | UsccInvalid;

export interface UsccOptions {
  /**
   * Strict (the default) rejects checksum failures. Non-strict reports them
   * as warnings, because real, officially issued codes that fail the check
   * exist (brief §6.2): imports of agency data should warn, not drop rows.
   */
  strict?: boolean;
}

// 0-9 and A-Z without I, O, S, V, Z; a symbol's index is its value.
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// 3^(i-1) mod 31 for i = 1..17.
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

const AUTHORITIES: Readonly<Record<string, { authority: UsccRegistrationAuthority; label: string }>> = {
  '1': { authority: 'INSTITUTIONAL_ESTABLISHMENT', label: 'institutional establishment (机构编制)' },
  '2': { authority: 'FOREIGN_AFFAIRS', label: 'foreign affairs (外交)' },
  '3': { authority: 'JUSTICE_ADMINISTRATION', label: 'justice administration (司法行政)' },
  '4': { authority: 'CULTURE', label: 'culture (文化)' },
  '5': { authority: 'CIVIL_AFFAIRS', label: 'civil affairs (民政)' },
  '6': { authority: 'TOURISM', label: 'tourism (旅游)' },
  '7': { authority: 'RELIGIOUS_AFFAIRS', label: 'religious affairs (宗教)' },
  '8': { authority: 'TRADE_UNION', label: 'trade union (工会)' },
  '9': { authority: 'MARKET_REGULATION', label: 'market regulation (工商/市场监管)' },
  A: { authority: 'MILITARY_ESTABLISHMENT', label: 'military establishment (军队编制)' },
  N: { authority: 'AGRICULTURE', label: 'agriculture (农业)' },
  Y: { authority: 'OTHER', label: 'other authority (其他)' },
};

// Only the types verified in the brief get their own name; the rest are OTHER.
const ENTITY_TYPES: Readonly<Record<string, { entityType: UsccEntityType; label: string }>> = {
  '11': { entityType: 'GOVERNMENT_ORGAN', label: 'Government organ (机关)' },
  '12': { entityType: 'PUBLIC_INSTITUTION', label: 'Public institution (事业单位)' },
  '51': { entityType: 'SOCIAL_ORGANISATION', label: 'Social organisation (社会团体)' },
  '52': { entityType: 'PRIVATE_NON_ENTERPRISE_UNIT', label: 'Private non-enterprise unit (民办非企业单位)' },
  '53': { entityType: 'FOUNDATION', label: 'Foundation (基金会)' },
  '91': { entityType: 'ENTERPRISE', label: 'Enterprise (企业)' },
  '92': { entityType: 'INDIVIDUAL_BUSINESS', label: 'Individual business (个体工商户)' },
  '93': { entityType: 'FARMERS_COOPERATIVE', label: "Farmers' specialised co-operative (农民专业合作社)" },
};

export function describeUsccType(prefix2: string): UsccTypeDescription {
  const prefix = prefix2.trim().toUpperCase();
  const authority = AUTHORITIES[prefix.charAt(0)];
  if (prefix.length !== 2 || !authority) {
    return { registrationAuthority: 'UNKNOWN', entityType: 'UNKNOWN', description: `Unknown USCC type prefix "${prefix2}"` };
  }
  const known = ENTITY_TYPES[prefix];
  if (known) return { registrationAuthority: authority.authority, entityType: known.entityType, description: known.label };
  if (authority.authority === 'AGRICULTURE') {
    return {
      registrationAuthority: 'AGRICULTURE',
      entityType: 'RURAL_COLLECTIVE_ECONOMIC_ORGANISATION',
      description: 'Rural collective economic organisation (农村集体经济组织)',
    };
  }
  return {
    registrationAuthority: authority.authority,
    entityType: 'OTHER',
    description: `Other entity registered by ${authority.label}`,
  };
}

export function usccCheckChar(first17: string): string {
  if (first17.length !== 17 || [...first17].some((c) => !USCC_CHARSET.includes(c))) {
    throw new RangeError('usccCheckChar expects 17 characters from the USCC charset');
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return USCC_CHARSET[(31 - (sum % 31)) % 31];
}

export function orgCodeCheckChar(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) {
    throw new RangeError('orgCodeCheckChar expects 8 characters from 0-9 and A-Z');
  }
  let sum = 0;
  // Digits keep their value; letters run A = 10 … Z = 35, i.e. base-36 digits.
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i], 36) * ORG_CODE_WEIGHTS[i];
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

/** Trims, drops whitespace copied from documents, and upper-cases. Never rejects. */
export function normalizeUscc(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase();
}

export function validateUscc(input: string, options: UsccOptions = {}): UsccResult {
  const strict = options.strict ?? true;
  const value = normalizeUscc(input);

  const formatProblem = describeFormatProblem(value);
  if (formatProblem) return { ok: false, rule: 'FORMAT', message: formatProblem };

  const checksumProblems: UsccWarning[] = [];
  const expected = usccCheckChar(value.slice(0, 17));
  if (value[17] !== expected) {
    checksumProblems.push({
      rule: 'CHECK_CHAR',
      message: `Check character is ${value[17]} but the first 17 characters require ${expected}`,
    });
  }
  const organizationCode = value.slice(8, 17);
  const expectedOrg = orgCodeCheckChar(organizationCode.slice(0, 8));
  if (organizationCode[8] !== expectedOrg) {
    checksumProblems.push({
      rule: 'ORG_CODE_CHECK',
      message: `Embedded organisation code ${organizationCode.slice(0, 8)}-${organizationCode[8]} should end in ${expectedOrg}`,
    });
  }
  if (strict && checksumProblems.length > 0) return { ok: false, ...checksumProblems[0] };

  const type = describeUsccType(value.slice(0, 2));
  return {
    ok: true,
    value,
    registrationAuthority: type.registrationAuthority,
    entityType: type.entityType,
    regionCode: value.slice(2, 8),
    organizationCode,
    warnings: checksumProblems,
  };
}

function describeFormatProblem(value: string): string | null {
  if (value.length === 0) return 'USCC is empty';
  if (value.length !== 18) return `USCC must have 18 characters, got ${value.length}`;
  const badIndex = [...value].findIndex((c) => !USCC_CHARSET.includes(c));
  if (badIndex >= 0) {
    return `Character "${value[badIndex]}" at position ${badIndex + 1} is not allowed: USCC uses 0-9 and A-Z except I, O, S, V, Z`;
  }
  return null;
}
