import {
  describeUsccType,
  normalizeUscc,
  orgCodeCheckChar,
  usccCheckChar,
  validateUscc,
} from '../../../src/shared/identifiers/uscc';

// Independent oracle: charset built by filtering the alphabet, weights by
// repeated multiplication, org-code letters by char code.
const CHARSET = [...'0123456789', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter((c) => !'IOSVZ'.includes(c));

function referenceUsccCheck(first17: string): string {
  let sum = 0;
  let weight = 1;
  for (const char of first17) {
    sum += CHARSET.indexOf(char) * weight;
    weight = (weight * 3) % 31;
  }
  const value = 31 - (sum % 31);
  return CHARSET[value === 31 ? 0 : value];
}

function referenceOrgCheck(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const code = first8.charCodeAt(i);
    sum += (code >= 65 ? code - 65 + 10 : code - 48) * weights[i];
  }
  const value = 11 - (sum % 11);
  return value === 10 ? 'X' : value === 11 ? '0' : String(value);
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A USCC whose embedded org code and overall check are both right. */
function buildUscc(prefix8: string, orgBody8: string): string {
  const first17 = prefix8 + orgBody8 + referenceOrgCheck(orgBody8);
  return first17 + referenceUsccCheck(first17);
}

const CULTURE_DEPARTMENT = '11370000MB2847723P';
const ZHOUCUN_BUREAU = '11370306MB28662540';

describe('USCC worked examples', () => {
  it('computes 11370000MB2847723P by hand: sum 1527, remainder 8, 31 − 8 = 23 → P', () => {
    // 1 1 3 7 0 0 0 0 M=21 B=11 2 8 4 7 7 2 3
    const sum =
      1 * 1 + 1 * 3 + 3 * 9 + 7 * 27 + 0 * 19 + 0 * 26 + 0 * 16 + 0 * 17 + 21 * 20 +
      11 * 29 + 2 * 25 + 8 * 13 + 4 * 8 + 7 * 24 + 7 * 10 + 2 * 30 + 3 * 28;
    expect(sum).toBe(1527);
    expect(sum % 31).toBe(8);
    expect(usccCheckChar('11370000MB2847723')).toBe('P');
  });

  it('computes the embedded org code MB284772-3 by hand (letters count from A = 10 here, so M = 22)', () => {
    const sum = 22 * 3 + 11 * 7 + 2 * 9 + 8 * 10 + 4 * 5 + 7 * 8 + 7 * 4 + 2 * 2;
    expect(sum).toBe(349);
    expect(11 - (sum % 11)).toBe(3);
    expect(orgCodeCheckChar('MB284772')).toBe('3');
  });

  it('validates the culture department code with its parts', () => {
    expect(validateUscc(CULTURE_DEPARTMENT)).toEqual({
      ok: true,
      value: CULTURE_DEPARTMENT,
      registrationAuthority: 'INSTITUTIONAL_ESTABLISHMENT',
      entityType: 'GOVERNMENT_ORGAN',
      regionCode: '370000',
      organizationCode: 'MB2847723',
      warnings: [],
    });
  });

  it('validates the Zhoucun bureau code with check 0', () => {
    expect(usccCheckChar('11370306MB2866254')).toBe('0');
    expect(validateUscc(ZHOUCUN_BUREAU)).toMatchObject({ ok: true, regionCode: '370306', warnings: [] });
  });

  it('accepts lower case and stray whitespace, returning the normalised value', () => {
    expect(normalizeUscc('  11370000mb2847723p\t')).toBe(CULTURE_DEPARTMENT);
    expect(validateUscc(' 1137 0000 MB28 4772 3p ')).toMatchObject({ ok: true, value: CULTURE_DEPARTMENT });
  });
});

describe('orgCodeCheckChar mapping of 10 and 11', () => {
  it('maps 11 − r = 10 to X and 11 − r = 11 to 0', () => {
    const random = mulberry32(11714);
    const seen = new Set<string>();
    for (let n = 0; n < 500; n++) {
      const body = Array.from({ length: 8 }, () => '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(random() * 36)]).join('');
      expect(orgCodeCheckChar(body)).toBe(referenceOrgCheck(body));
      seen.add(orgCodeCheckChar(body));
    }
    expect(seen.has('X')).toBe(true);
    expect(seen.has('0')).toBe(true);
  });

  it.each([
    ['00000002', '7', '2 × 2 = 4; 11 − 4 = 7'],
    ['A0000000', '3', 'A = 10; 10 × 3 = 30; 30 mod 11 = 8; 11 − 8 = 3'],
    ['00000006', 'X', '6 × 2 = 12; 12 mod 11 = 1; 11 − 1 = 10 → X'],
    ['00000000', '0', 'sum 0; 11 − 0 = 11 → 0'],
    ['01000010', '0', '1 × 7 + 1 × 4 = 11; 11 mod 11 = 0; 11 → 0'],
  ])('%s → %s (%s)', (body, check) => {
    expect(orgCodeCheckChar(body)).toBe(check);
  });

  it.each(['', 'MB28477', 'MB2847723', 'mb284772', 'MB28-772'])('throws on a malformed body %p', (body) => {
    expect(() => orgCodeCheckChar(body)).toThrow(RangeError);
  });
});

describe('validateUscc: FORMAT (always an error, even when lenient)', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'only whitespace'],
    ['11370000MB2847723', '17 characters'],
    ['11370000MB2847723PP', '19 characters'],
    ['1', 'one character'],
    ['11370000MB284772-3P', 'printed org-code hyphen'],
    ['11370000MI2847723P', 'letter I'],
    ['11370000MO2847723P', 'letter O'],
    ['S1370000MB2847723P', 'letter S in position 1'],
    ['11370000MB284772VP', 'letter V'],
    ['11370000MB2847723Z', 'letter Z as check'],
    ['11370000MB28477２3P', 'a full-width digit'],
    ['11370000MB2847723*', 'punctuation'],
  ])('rejects %p (%s)', (input) => {
    for (const strict of [true, false]) {
      const result = validateUscc(input, { strict });
      expect(result).toMatchObject({ ok: false, rule: 'FORMAT' });
      if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
    }
  });

  it('names the offending character and its position', () => {
    const result = validateUscc('11370000MB2847O23P');
    expect(result).toMatchObject({ ok: false, rule: 'FORMAT' });
    if (!result.ok) {
      expect(result.message).toContain('"O"');
      expect(result.message).toContain('position 15');
    }
  });
});

describe('validateUscc: checksum failures', () => {
  it.each([CULTURE_DEPARTMENT, ZHOUCUN_BUREAU])('rejects every wrong check character for %s', (valid) => {
    const wrong = CHARSET.filter((c) => c !== valid[17]);
    expect(wrong).toHaveLength(30);
    for (const check of wrong) {
      expect(validateUscc(valid.slice(0, 17) + check)).toMatchObject({ ok: false, rule: 'CHECK_CHAR' });
    }
  });

  it('rejects a broken embedded org code even when the overall check is recomputed to match', () => {
    const first17 = '11370000MB2847724'; // org check should be 3
    const code = first17 + referenceUsccCheck(first17);
    expect(validateUscc(code)).toMatchObject({ ok: false, rule: 'ORG_CODE_CHECK' });
    expect(validateUscc(code, { strict: true })).toMatchObject({ ok: false, rule: 'ORG_CODE_CHECK' });
  });

  it('reports the overall check first when both fail', () => {
    expect(validateUscc('11370000MB2847724P')).toMatchObject({ ok: false, rule: 'CHECK_CHAR' });
  });

  it('is strict by default', () => {
    expect(validateUscc('11370000MB2847723Q').ok).toBe(false);
  });
});

describe('validateUscc: lenient mode', () => {
  it('accepts a wrong overall check with one warning', () => {
    const result = validateUscc('11370000MB2847723Q', { strict: false });
    expect(result).toMatchObject({ ok: true, value: '11370000MB2847723Q', entityType: 'GOVERNMENT_ORGAN' });
    if (result.ok) {
      expect(result.warnings.map((w) => w.rule)).toEqual(['CHECK_CHAR']);
      expect(result.warnings[0].message).toContain('P');
    }
  });

  it('accepts a broken org code with one warning', () => {
    const first17 = '11370000MB2847724';
    const result = validateUscc(first17 + referenceUsccCheck(first17), { strict: false });
    expect(result.ok && result.warnings.map((w) => w.rule)).toEqual(['ORG_CODE_CHECK']);
  });

  it('lists both warnings when both checks fail', () => {
    const result = validateUscc('11370000MB2847724P', { strict: false });
    expect(result.ok && result.warnings.map((w) => w.rule)).toEqual(['CHECK_CHAR', 'ORG_CODE_CHECK']);
  });

  it('has no warnings for a valid code', () => {
    expect(validateUscc(CULTURE_DEPARTMENT, { strict: false })).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('describeUsccType', () => {
  it.each([
    ['11', 'INSTITUTIONAL_ESTABLISHMENT', 'GOVERNMENT_ORGAN'],
    ['12', 'INSTITUTIONAL_ESTABLISHMENT', 'PUBLIC_INSTITUTION'],
    ['51', 'CIVIL_AFFAIRS', 'SOCIAL_ORGANISATION'],
    ['52', 'CIVIL_AFFAIRS', 'PRIVATE_NON_ENTERPRISE_UNIT'],
    ['53', 'CIVIL_AFFAIRS', 'FOUNDATION'],
    ['91', 'MARKET_REGULATION', 'ENTERPRISE'],
    ['92', 'MARKET_REGULATION', 'INDIVIDUAL_BUSINESS'],
    ['93', 'MARKET_REGULATION', 'FARMERS_COOPERATIVE'],
    ['N1', 'AGRICULTURE', 'RURAL_COLLECTIVE_ECONOMIC_ORGANISATION'],
    ['19', 'INSTITUTIONAL_ESTABLISHMENT', 'OTHER'],
    ['99', 'MARKET_REGULATION', 'OTHER'],
    ['31', 'JUSTICE_ADMINISTRATION', 'OTHER'],
    ['Y1', 'OTHER', 'OTHER'],
    ['B1', 'UNKNOWN', 'UNKNOWN'],
    ['01', 'UNKNOWN', 'UNKNOWN'],
    ['9', 'UNKNOWN', 'UNKNOWN'],
    ['', 'UNKNOWN', 'UNKNOWN'],
  ])('%p → %s / %s', (prefix, registrationAuthority, entityType) => {
    expect(describeUsccType(prefix)).toMatchObject({ registrationAuthority, entityType });
  });

  it('describes types in English with the Chinese term', () => {
    expect(describeUsccType('91').description).toBe('Enterprise (企业)');
    expect(describeUsccType('92').description).toContain('个体工商户');
    expect(describeUsccType('93').description).toContain('农民专业合作社');
  });

  it('feeds validateUscc', () => {
    const individual = buildUscc('92370702', 'MA3C4D5E');
    expect(validateUscc(individual)).toMatchObject({
      ok: true,
      registrationAuthority: 'MARKET_REGULATION',
      entityType: 'INDIVIDUAL_BUSINESS',
      regionCode: '370702',
    });
  });
});

describe('usccCheckChar', () => {
  it.each(['', '11370000MB284772', '11370000MB28477231', '11370000MI2847723', '11370000mb2847723'])(
    'throws on a malformed body %p',
    (body) => {
      expect(() => usccCheckChar(body)).toThrow(RangeError);
    },
  );
});

describe('USCC check properties', () => {
  const random = mulberry32(32100);
  const pick = (chars: readonly string[]) => chars[Math.floor(random() * chars.length)];
  const prefixes = ['11', '12', '51', '52', '53', '91', '92', '93', 'N1', 'Y1'];

  function randomUscc(): string {
    const prefix8 = pick(prefixes) + Array.from({ length: 6 }, () => pick(CHARSET.slice(0, 10))).join('');
    return buildUscc(prefix8, Array.from({ length: 8 }, () => pick(CHARSET)).join(''));
  }

  it('agrees with the reference oracle and validates body + computed check', () => {
    const misses: string[] = [];
    for (let n = 0; n < 1000; n++) {
      const code = randomUscc();
      if (usccCheckChar(code.slice(0, 17)) !== code[17]) misses.push(`check disagrees for ${code}`);
      if (orgCodeCheckChar(code.slice(8, 16)) !== code[16]) misses.push(`org check disagrees for ${code}`);
      const result = validateUscc(code);
      if (!result.ok || result.warnings.length > 0) misses.push(`valid ${code} rejected`);
    }
    expect(misses).toEqual([]);
  });

  it('fails strict validation when any single character changes', () => {
    const misses: string[] = [];
    for (let n = 0; n < 100; n++) {
      const code = randomUscc();
      for (let position = 0; position < 18; position++) {
        for (const replacement of CHARSET) {
          if (replacement === code[position]) continue;
          const mutated = code.slice(0, position) + replacement + code.slice(position + 1);
          const result = validateUscc(mutated);
          // MOD 31 with non-zero weights catches every single substitution.
          if (result.ok || result.rule !== 'CHECK_CHAR') misses.push(`mutant ${mutated} of ${code}: ${JSON.stringify(result)}`);
          if (!validateUscc(mutated, { strict: false }).ok) misses.push(`lenient mode rejected ${mutated}`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
});
