import {
  citizenIdCheckChar,
  maskCitizenId,
  normalizeCitizenId,
  validateCitizenId,
} from '../../../src/shared/identifiers/citizen-id';

// Independent oracle: weights derived as 2^(17-i) mod 11 rather than read
// from a table, and the check mapped arithmetically rather than by lookup.
function referenceCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

// Deterministic PRNG so failures reproduce.
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TODAY = new Date(2024, 5, 15); // 2024-06-15 local time
const ALL_CHECK_CHARS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X'];

function withCheck(first17: string): string {
  return first17 + referenceCheckChar(first17);
}

describe('citizenIdCheckChar', () => {
  it('matches the brief’s worked examples', () => {
    expect(citizenIdCheckChar('11010519491231002')).toBe('X');
    expect(citizenIdCheckChar('37010119010203997')).toBe('3');
  });

  it('reproduces the Jinan example by hand: sum 262, remainder 9, check 3', () => {
    // 3 7 0 1 0 1 1 9 0 1 0 2 0 3 9 9 7 × 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2
    const sum =
      3 * 7 + 7 * 9 + 0 * 10 + 1 * 5 + 0 * 8 + 1 * 4 + 1 * 2 + 9 * 1 + 0 * 6 +
      1 * 3 + 0 * 7 + 2 * 9 + 0 * 10 + 3 * 5 + 9 * 8 + 9 * 4 + 7 * 2;
    expect(sum).toBe(262);
    expect(sum % 11).toBe(9);
    expect(citizenIdCheckChar('37010119010203997')).toBe('3');
  });

  it.each(['', '1234567890123456', '123456789012345678', '1234567890123456X', '１２３４５６７８９０１２３４５６７'])(
    'throws on a malformed body %p',
    (body) => {
      expect(() => citizenIdCheckChar(body)).toThrow(RangeError);
    },
  );
});

describe('normalizeCitizenId', () => {
  it('trims and upper-cases a lower-case x', () => {
    expect(normalizeCitizenId('  11010519491231002x\n')).toBe('11010519491231002X');
  });

  it('upgrades a 15-digit legacy number (hand-computed check X)', () => {
    // 370102 850315 123 → 370102 19850315 123 + check
    const sum =
      3 * 7 + 7 * 9 + 0 * 10 + 1 * 5 + 0 * 8 + 2 * 4 + 1 * 2 + 9 * 1 + 8 * 6 +
      5 * 3 + 0 * 7 + 3 * 9 + 1 * 10 + 5 * 5 + 1 * 8 + 2 * 4 + 3 * 2;
    expect(sum).toBe(255);
    expect(sum % 11).toBe(2); // remainder 2 → X
    expect(normalizeCitizenId('370102850315123')).toBe('37010219850315123X');
  });

  it('upgrades the standard’s own legacy example to 11010519491231002X', () => {
    expect(normalizeCitizenId('110105491231002')).toBe('11010519491231002X');
  });

  it('upgrades a legacy number whose check is a digit', () => {
    // 370101 010203 997 → 37010119010203997, the Jinan example: sum 262 → 3
    expect(normalizeCitizenId(' 370101010203997 ')).toBe('370101190102039973');
  });

  it('leaves malformed input trimmed rather than failing', () => {
    expect(normalizeCitizenId('  abc ')).toBe('ABC');
    expect(normalizeCitizenId('')).toBe('');
    expect(normalizeCitizenId('1234567890123456')).toBe('1234567890123456');
  });
});

describe('validateCitizenId: valid numbers', () => {
  it('accepts the standard example 11010519491231002X', () => {
    expect(validateCitizenId('11010519491231002X', { today: TODAY })).toEqual({
      ok: true,
      value: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'FEMALE',
      regionCode: '110105',
    });
  });

  it('accepts the Jinan example 370101190102039973', () => {
    expect(validateCitizenId('370101190102039973', { today: TODAY })).toEqual({
      ok: true,
      value: '370101190102039973',
      birthDate: '1901-02-03',
      gender: 'MALE',
      regionCode: '370101',
    });
  });

  it('accepts a lower-case x and surrounding whitespace, returning the normalised value', () => {
    const result = validateCitizenId(' 11010519491231002x ');
    expect(result).toMatchObject({ ok: true, value: '11010519491231002X' });
  });

  it('accepts a 15-digit legacy number and returns the upgraded value', () => {
    expect(validateCitizenId('370102850315123', { today: TODAY })).toMatchObject({
      ok: true,
      value: '37010219850315123X',
      birthDate: '1985-03-15',
      gender: 'MALE',
    });
  });

  it.each([
    ['20000229', 'leap day in a year divisible by 400'],
    ['20240229', 'leap day in an ordinary leap year'],
    ['19000101', 'the earliest accepted date'],
    ['20240615', 'born today'],
  ])('accepts birth date %s (%s)', (date) => {
    expect(validateCitizenId(withCheck(`370102${date}123`), { today: TODAY }).ok).toBe(true);
  });

  it.each(['81', '82', '83'])('accepts the %s0000 residence-permit prefix', (prefix) => {
    expect(validateCitizenId(withCheck(`${prefix}000019900101123`), { today: TODAY }).ok).toBe(true);
  });

  it('derives gender from the parity of the 17th digit', () => {
    for (let digit = 0; digit <= 9; digit++) {
      const result = validateCitizenId(withCheck(`3701021990010112${digit}`), { today: TODAY });
      expect(result).toMatchObject({ ok: true, gender: digit % 2 === 1 ? 'MALE' : 'FEMALE' });
    }
  });
});

describe('validateCitizenId: FORMAT', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'only whitespace'],
    ['37010219850315123', '17 characters'],
    ['3701021985031512345', '19 characters'],
    ['3701021985031512', '16 characters'],
    ['37010285031512X', '15 characters ending in X'],
    ['3701021985031512X3', 'X in the wrong place'],
    ['X70102198503151233', 'X at the start'],
    ['37010219850315123Y', 'a letter other than X'],
    ['3701021985O315123X', 'letter O instead of zero'],
    ['370102 19850315123X', 'an internal space'],
    ['370102-19850315-123X', 'hyphens'],
    ['３７０１０２１９８５０３１５１２３Ｘ', 'full-width digits'],
  ])('rejects %p (%s)', (input) => {
    const result = validateCitizenId(input, { today: TODAY });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.rule).toBe('FORMAT');
      expect(result.message.length).toBeGreaterThan(0);
    }
  });

  it('says the value is empty when it is', () => {
    expect(validateCitizenId('  ')).toEqual({ ok: false, rule: 'FORMAT', message: 'Citizen ID number is empty' });
  });
});

describe('validateCitizenId: CHECK_DIGIT', () => {
  it.each(['11010519491231002X', '370101190102039973', '37010219850315123X'])(
    'rejects every wrong check character for %s',
    (valid) => {
      const body = valid.slice(0, 17);
      const wrong = ALL_CHECK_CHARS.filter((c) => c !== valid[17]);
      expect(wrong).toHaveLength(10);
      for (const check of wrong) {
        const result = validateCitizenId(body + check, { today: TODAY });
        expect(result).toMatchObject({ ok: false, rule: 'CHECK_DIGIT' });
      }
    },
  );

  it('names the expected character in the message', () => {
    const result = validateCitizenId('370101190102039970', { today: TODAY });
    expect(result).toMatchObject({ ok: false, rule: 'CHECK_DIGIT' });
    if (!result.ok) expect(result.message).toContain('3');
  });
});

describe('validateCitizenId: BIRTH_DATE', () => {
  it.each([
    ['19990230', 'February 30th'],
    ['19990229', 'leap day in a common year'],
    ['19000229', '1900 is not a leap year'],
    ['19991301', 'month 13'],
    ['19990001', 'month 00'],
    ['19990100', 'day 00'],
    ['19990431', 'April 31st'],
    ['18991231', 'before 1900'],
    ['00000000', 'all zeros'],
    ['20240616', 'tomorrow'],
    ['20990101', 'far future'],
  ])('rejects %s (%s)', (date) => {
    const result = validateCitizenId(withCheck(`370102${date}123`), { today: TODAY });
    expect(result).toMatchObject({ ok: false, rule: 'BIRTH_DATE' });
  });

  it('uses the current date when no today is given', () => {
    const nextYear = new Date().getFullYear() + 1;
    const result = validateCitizenId(withCheck(`370102${nextYear}0101123`));
    expect(result).toMatchObject({ ok: false, rule: 'BIRTH_DATE' });
  });

  it('reports an impossible date before a wrong check character', () => {
    const body = '37010219990230123';
    const wrongCheck = ALL_CHECK_CHARS.find((c) => c !== referenceCheckChar(body));
    expect(validateCitizenId(body + wrongCheck, { today: TODAY })).toMatchObject({ ok: false, rule: 'BIRTH_DATE' });
  });
});

describe('validateCitizenId: REGION', () => {
  it.each(['00', '10', '16', '20', '38', '40', '47', '55', '60', '66', '71', '80', '84', '99'])(
    'rejects province prefix %s',
    (prefix) => {
      const result = validateCitizenId(withCheck(`${prefix}010219900101123`), { today: TODAY });
      expect(result).toMatchObject({ ok: false, rule: 'REGION' });
    },
  );

  it('passes the six-digit code and birth date to the injected predicate', () => {
    const isKnownRegion = jest.fn(() => true);
    const result = validateCitizenId('370101190102039973', { today: TODAY, isKnownRegion });
    expect(result.ok).toBe(true);
    expect(isKnownRegion).toHaveBeenCalledWith('370101', '1901-02-03');
  });

  it('rejects a code the injected predicate does not know', () => {
    const result = validateCitizenId('370101190102039973', { today: TODAY, isKnownRegion: () => false });
    expect(result).toMatchObject({ ok: false, rule: 'REGION' });
    if (!result.ok) expect(result.message).toContain('370101');
  });

  it('lets the predicate accept retired codes by birth date (Laiwu 3712xx)', () => {
    const retiredBefore2019 = (code: string, birthDate: string) =>
      !code.startsWith('3712') || birthDate < '2019-01-01';
    expect(validateCitizenId(withCheck('37120219800101123'), { today: TODAY, isKnownRegion: retiredBefore2019 }).ok).toBe(true);
    expect(validateCitizenId(withCheck('37120220200101123'), { today: TODAY, isKnownRegion: retiredBefore2019 })).toMatchObject({
      ok: false,
      rule: 'REGION',
    });
  });

  it('does not consult the predicate when the province prefix is already invalid', () => {
    const isKnownRegion = jest.fn(() => true);
    validateCitizenId(withCheck('99010219900101123'), { today: TODAY, isKnownRegion });
    expect(isKnownRegion).not.toHaveBeenCalled();
  });
});

describe('citizen ID check properties', () => {
  const random = mulberry32(11643);
  const prefixes = ['110105', '370102', '370703', '371581', '371202', '440401', '810000', '650102'];

  function randomValidBody(): string {
    const prefix = prefixes[Math.floor(random() * prefixes.length)];
    const day = new Date(Date.UTC(1900, 0, 1) + Math.floor(random() * 45000) * 86400000);
    const date = day.toISOString().slice(0, 10).replace(/-/g, '');
    const sequence = String(Math.floor(random() * 1000)).padStart(3, '0');
    return prefix + date + sequence;
  }

  it('agrees with the reference oracle on many random bodies', () => {
    const disagreements: string[] = [];
    for (let n = 0; n < 2000; n++) {
      const body = Array.from({ length: 17 }, () => Math.floor(random() * 10)).join('');
      if (citizenIdCheckChar(body) !== referenceCheckChar(body)) disagreements.push(body);
    }
    expect(disagreements).toEqual([]);
  });

  it('validates body + computed check, and fails when any single digit changes', () => {
    // Collect misses instead of calling expect per mutation: ~50k mutations.
    const misses: string[] = [];
    for (let n = 0; n < 300; n++) {
      const body = randomValidBody();
      const id = body + citizenIdCheckChar(body);
      if (!validateCitizenId(id, { today: TODAY }).ok) misses.push(`valid ${id} rejected`);

      for (let position = 0; position < 18; position++) {
        const candidates = position === 17 ? ALL_CHECK_CHARS : ALL_CHECK_CHARS.slice(0, 10);
        for (const replacement of candidates) {
          if (replacement === id[position]) continue;
          const mutated = id.slice(0, position) + replacement + id.slice(position + 1);
          if (validateCitizenId(mutated, { today: TODAY }).ok) misses.push(`mutant ${mutated} of ${id} accepted`);
          // MOD 11-2 catches every single substitution on its own, whatever else fails first.
          if (citizenIdCheckChar(mutated.slice(0, 17)) === mutated[17]) misses.push(`mutant ${mutated} passes the checksum`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('maskCitizenId', () => {
  it('keeps only the address code: birth date, order code and check character stay hidden', () => {
    expect(maskCitizenId('370102199001011234')).toBe('370102************');
    expect(maskCitizenId('11010519491231002x')).toBe('110105************');
  });

  it('masks the upgraded form of a legacy number', () => {
    expect(maskCitizenId('370102850315123')).toBe('370102************');
  });

  it('never leaks anything from values that are not ID-shaped', () => {
    expect(maskCitizenId('zhang san 12345')).toBe('*'.repeat(15));
    expect(maskCitizenId('1234567')).toBe('*******');
    expect(maskCitizenId('')).toBe('');
  });
});
