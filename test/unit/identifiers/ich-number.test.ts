import {
  ichCategoryOfNumber,
  ichItemKey,
  normalizeIchNumber,
  parseIchItemKey,
} from '../../../src/shared/identifiers/ich-number';

// Canonical glyphs spelled as escapes so the test does not depend on the
// same characters as the code under test.
const UPPER = ['\u2160', '\u2161', '\u2162', '\u2163', '\u2164', '\u2165', '\u2166', '\u2167', '\u2168', '\u2169'];
const LOWER = ['\u2170', '\u2171', '\u2172', '\u2173', '\u2174', '\u2175', '\u2176', '\u2177', '\u2178', '\u2179'];
const ASCII = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

describe('normalizeIchNumber: the brief’s examples', () => {
  it.each([
    ['Ⅷ-91', '\u2167-91', 8, 91],
    ['ⅶ-59', '\u2166-59', 7, 59],
    ['VII--58', '\u2166-58', 7, 58],
    ['Ⅶ—5', '\u2166-5', 7, 5],
    ['Ⅷ‑91', '\u2167-91', 8, 91], // U+2011 non-breaking hyphen, as printed in the brief
    ['VII‑‑58', '\u2166-58', 7, 58],
    ['Ⅳ—12', '\u2163-12', 4, 12],
    ['Ⅰ-1', '\u2160-1', 1, 1],
  ])('%p → %p', (input, value, category, sequence) => {
    expect(normalizeIchNumber(input)).toEqual({ ok: true, value, category, sequence });
  });

  it('emits one Unicode numeral code point and one ASCII hyphen', () => {
    const result = normalizeIchNumber('viii--091');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect([...result.value].map((c) => c.codePointAt(0))).toEqual([0x2167, 0x2d, 0x39, 0x31]);
    }
  });
});

describe('normalizeIchNumber: accepted spellings', () => {
  it.each([
    ['Ⅷ–91', 'en dash'],
    ['Ⅷ——91', 'double em dash (Chinese dash)'],
    ['Ⅷ－91', 'full-width hyphen-minus'],
    ['Ⅷ−91', 'minus sign'],
    ['Ⅷ‐91', 'U+2010 hyphen'],
    ['Ⅷ―91', 'horizontal bar'],
    ['Ⅷ﹣91', 'small hyphen-minus'],
    ['Ⅷ 91', 'a space'],
    ['Ⅷ - 91', 'spaced hyphen'],
    ['  Ⅷ-91  ', 'surrounding whitespace'],
    ['viii-91', 'lower-case ASCII'],
    ['Viii-91', 'mixed-case ASCII'],
    ['ⅷ-91', 'lower-case Unicode'],
    ['Ⅷ-091', 'zero-padded sequence'],
    ['Ⅷ-0091', 'more zero padding'],
    ['ＶＩＩＩ-９１', 'full-width letters and digits'],
    ['ⅤⅠⅠⅠ-91', 'numeral spelled with several Unicode glyphs'],
  ])('%p (%s) → Ⅷ-91', (input) => {
    expect(normalizeIchNumber(input)).toMatchObject({ ok: true, value: '\u2167-91' });
  });

  it('normalises every category 1–10 from every script to the same value', () => {
    for (let i = 0; i < 10; i++) {
      const expected = `${UPPER[i]}-7`;
      for (const spelling of [UPPER[i], LOWER[i], ASCII[i], ASCII[i].toLowerCase()]) {
        expect(normalizeIchNumber(`${spelling}—07`)).toEqual({ ok: true, value: expected, category: i + 1, sequence: 7 });
      }
    }
  });
});

describe('normalizeIchNumber: rejections', () => {
  it.each([
    ['', 'FORMAT'],
    ['   ', 'FORMAT'],
    ['8-91', 'FORMAT'],
    ['Ⅷ', 'FORMAT'],
    ['Ⅷ-', 'FORMAT'],
    ['-91', 'FORMAT'],
    ['Ⅷ91', 'FORMAT'],
    ['Ⅷ-91a', 'FORMAT'],
    ['Ⅷ-9.1', 'FORMAT'],
    ['156 Ⅳ—12', 'FORMAT'],
    ['Ⅰ-001_01_522630', 'FORMAT'],
    ['Ⅼ-5', 'FORMAT'],
    ['C-5', 'FORMAT'],
    ['Ⅷ_91', 'FORMAT'],
    ['Ⅷ/91', 'FORMAT'],
    ['XI-1', 'CATEGORY'],
    ['Ⅺ-1', 'CATEGORY'],
    ['Ⅻ-1', 'CATEGORY'],
    ['IIII-1', 'CATEGORY'],
    ['VX-1', 'CATEGORY'],
    ['IIX-1', 'CATEGORY'],
    ['XX-1', 'CATEGORY'],
    ['Ⅷ-0', 'SEQUENCE'],
    ['Ⅷ-000', 'SEQUENCE'],
    ['Ⅷ-12345', 'SEQUENCE'],
  ])('rejects %p with %s', (input, rule) => {
    const result = normalizeIchNumber(input);
    expect(result).toMatchObject({ ok: false, rule });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });

  it('explains the expected shape', () => {
    const result = normalizeIchNumber('8-91');
    expect(!result.ok && result.message).toContain('Roman');
  });
});

describe('ichCategoryOfNumber', () => {
  it('returns the category for any accepted spelling', () => {
    expect(ichCategoryOfNumber('Ⅷ-91')).toBe(8);
    expect(ichCategoryOfNumber('ⅶ-59')).toBe(7);
    expect(ichCategoryOfNumber('ix—3')).toBe(9);
    expect(ichCategoryOfNumber('X-1')).toBe(10);
    for (let i = 0; i < 10; i++) expect(ichCategoryOfNumber(`${ASCII[i]}-1`)).toBe(i + 1);
  });

  it('returns null for unparseable numbers', () => {
    expect(ichCategoryOfNumber('')).toBeNull();
    expect(ichCategoryOfNumber('8-91')).toBeNull();
    expect(ichCategoryOfNumber('XI-1')).toBeNull();
  });
});

describe('ichItemKey', () => {
  it('builds LEVEL:number:area for a national item', () => {
    expect(ichItemKey('NATIONAL', 'Ⅷ-91', '371581')).toEqual({
      ok: true,
      value: 'NATIONAL:\u2167-91:371581',
      level: 'NATIONAL',
      number: '\u2167-91',
      areaCode: '371581',
    });
  });

  it('gives the same key for every spelling of the same listing', () => {
    const keys = new Set(
      [
        ichItemKey('NATIONAL', 'Ⅶ-59', '370700'),
        ichItemKey('national', 'ⅶ-59', '370700'),
        ichItemKey(' National ', 'VII--059', ' 370700 '),
        ichItemKey('国家级', 'Ⅶ—59', '３７０７００'),
      ].map((result) => (result.ok ? result.value : result.message)),
    );
    expect([...keys]).toEqual(['NATIONAL:\u2166-59:370700']);
  });

  it.each([
    ['PROVINCIAL', '省级'],
    ['MUNICIPAL', '市级'],
    ['COUNTY', '县级'],
  ])('accepts level %s and its Chinese name %s', (level, chinese) => {
    expect(ichItemKey(chinese, 'Ⅰ-1', '370700')).toMatchObject({ ok: true, value: `${level}:\u2160-1:370700` });
    expect(ichItemKey(level.toLowerCase(), 'Ⅰ-1', '370700')).toMatchObject({ ok: true, level });
  });

  it('keeps Arabic local numbers Arabic below national level, without zero padding', () => {
    expect(ichItemKey('MUNICIPAL', '02-1', '370100')).toMatchObject({ ok: true, value: 'MUNICIPAL:2-1:370100' });
    expect(ichItemKey('MUNICIPAL', '02—01', '370100')).toMatchObject({ ok: true, value: 'MUNICIPAL:2-1:370100' });
    expect(ichItemKey('MUNICIPAL', '1-1', '370200')).toMatchObject({ ok: true, value: 'MUNICIPAL:1-1:370200' });
    expect(ichItemKey('MUNICIPAL', 'i-1', '370700')).toMatchObject({ ok: true, value: 'MUNICIPAL:\u2160-1:370700' });
  });

  it.each([
    ['NATIONAL', '8-91', '371581', 'FORMAT'],
    ['NATIONAL', 'XI-1', '371581', 'CATEGORY'],
    ['NATIONAL', 'Ⅷ-0', '371581', 'SEQUENCE'],
    ['PROVINCIAL', 'XI-1', '370000', 'CATEGORY'],
    ['MUNICIPAL', '0-1', '370100', 'CATEGORY'],
    ['MUNICIPAL', '02-0', '370100', 'SEQUENCE'],
    ['MUNICIPAL', 'abc', '370100', 'FORMAT'],
    ['MUNICIPAL', '', '370100', 'FORMAT'],
    ['CITY', 'Ⅷ-91', '371581', 'LEVEL'],
    ['', 'Ⅷ-91', '371581', 'LEVEL'],
    ['NATIONAL', 'Ⅷ-91', '37158', 'AREA_CODE'],
    ['NATIONAL', 'Ⅷ-91', '3715810', 'AREA_CODE'],
    ['NATIONAL', 'Ⅷ-91', '37158A', 'AREA_CODE'],
    ['NATIONAL', 'Ⅷ-91', '', 'AREA_CODE'],
    ['NATIONAL', 'Ⅷ-91', '371 581', 'AREA_CODE'],
  ])('rejects (%p, %p, %p) with %s', (level, number, area, rule) => {
    expect(ichItemKey(level, number, area)).toMatchObject({ ok: false, rule });
  });
});

describe('parseIchItemKey', () => {
  it.each([
    'NATIONAL:Ⅷ-91:371581',
    'national:VIII--91:371581',
    'NATIONAL：Ⅷ—91：371581',
    ' NATIONAL : viii - 091 : 371581 ',
    '国家级:ⅷ－91:371581',
  ])('parses %p to the canonical key', (key) => {
    expect(parseIchItemKey(key)).toEqual({
      ok: true,
      value: 'NATIONAL:\u2167-91:371581',
      level: 'NATIONAL',
      number: '\u2167-91',
      areaCode: '371581',
    });
  });

  it('round-trips keys built by ichItemKey', () => {
    for (const [level, number, area] of [
      ['NATIONAL', 'Ⅶ-5', '370703'],
      ['PROVINCIAL', 'Ⅷ-12', '370114'],
      ['MUNICIPAL', '02-1', '370100'],
      ['COUNTY', 'ⅹ-3', '371721'],
    ]) {
      const built = ichItemKey(level, number, area);
      expect(built.ok).toBe(true);
      if (built.ok) expect(parseIchItemKey(built.value)).toEqual(built);
    }
  });

  it.each([
    ['', 'FORMAT'],
    ['NATIONAL:Ⅷ-91', 'FORMAT'],
    ['NATIONAL:Ⅷ-91:371581:01', 'FORMAT'],
    ['NATIONAL|Ⅷ-91|371581', 'FORMAT'],
    ['STATE:Ⅷ-91:371581', 'LEVEL'],
    ['NATIONAL:8-91:371581', 'FORMAT'],
    ['NATIONAL:Ⅷ-91:3715', 'AREA_CODE'],
  ])('rejects %p with %s', (key, rule) => {
    expect(parseIchItemKey(key)).toMatchObject({ ok: false, rule });
  });
});
