import { MASKED, maskParameter, maskParameters } from '../../src/observability/sql-parameters';

describe('SQL parameters in extensions.sql and trace logs', () => {
  it.each([
    ['an ID number', '370102199001011237'],
    ['an ID number ending in X', '37010219900101123X'],
    ['an old 15-digit ID number', '370102900101123'],
    ['a mobile number', '13812345678'],
    ['a mobile number with a country code', '+86 138 1234 5678'],
    ['a name', '王秀英'],
    ['a LIKE pattern', '%张%'],
    ['free text', 'Weifang kite makers'],
    ['a long digit string', '12345678'],
    ['an API key prefix', 'shk_ab3defgh'],
    ['a buffer', Buffer.from('x')],
    ['an object', { a: 1 }],
  ])('masks %s', (_what, value) => {
    expect(maskParameter(value)).toBe(MASKED);
  });

  it.each([
    ['a number', 42],
    ['a boolean', true],
    ['a date', '2025-04-01'],
    ['an instant', '2025-04-01T08:00:00.000Z'],
    ['an enum token', 'TRADITIONAL_CRAFTSMANSHIP'],
    ['a region code', '370700'],
    ['a year', '2025'],
    ['a USCC', '91371327MA0010AB66'],
    ['a cohort code', 'BJ20250000123'],
    ['an ICH item key', 'NATIONAL:Ⅷ-91:371581'],
  ])('shows %s', (_what, value) => {
    expect(maskParameter(value)).toBe(value);
  });

  it('shows null, dates as ISO instants and big integers as text', () => {
    expect(maskParameters([null, undefined, new Date('2025-01-02T03:04:05Z'), 12n])).toEqual([null, null, '2025-01-02T03:04:05.000Z', '12']);
    expect(maskParameters(undefined)).toEqual([]);
  });
});
