import { maskPhone, normalizeMobilePhone, validateMobilePhone } from '../../../src/shared/identifiers/phone';

describe('validateMobilePhone', () => {
  it.each(['13', '14', '15', '16', '17', '18', '19'])('accepts the %s prefix', (prefix) => {
    const phone = `${prefix}012345678`;
    expect(validateMobilePhone(phone)).toEqual({ ok: true, value: phone });
  });

  it.each([
    ['138 0013 8000', 'spaces'],
    ['138-0013-8000', 'hyphens'],
    ['+86 138 0013 8000', '+86 prefix'],
    ['+86-13800138000', '+86 with hyphen'],
    ['0086 13800138000', '0086 prefix'],
    ['8613800138000', '86 prefix without plus'],
    ['(+86) 13800138000', 'bracketed country code'],
    ['  13800138000\n', 'surrounding whitespace'],
  ])('normalises %p (%s)', (input) => {
    expect(validateMobilePhone(input)).toEqual({ ok: true, value: '13800138000' });
  });

  it.each([
    ['', 'FORMAT'],
    ['   ', 'FORMAT'],
    ['1380013800', 'FORMAT'],
    ['138001380001', 'FORMAT'],
    ['1380013800a', 'FORMAT'],
    ['１３８００１３８０００', 'FORMAT'],
    ['+1 13800138000 ext', 'FORMAT'],
    ['10012345678', 'PREFIX'],
    ['11012345678', 'PREFIX'],
    ['12012345678', 'PREFIX'],
    ['02012345678', 'PREFIX'],
    ['23800138000', 'PREFIX'],
  ])('rejects %p with %s', (input, rule) => {
    const result = validateMobilePhone(input);
    expect(result).toMatchObject({ ok: false, rule });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
  });

  it('does not strip an 86 that belongs to the number itself', () => {
    expect(normalizeMobilePhone('86138001380')).toBe('86138001380');
    expect(validateMobilePhone('86138001380')).toMatchObject({ ok: false, rule: 'PREFIX' });
  });
});

describe('maskPhone', () => {
  it('keeps only the network prefix: the number block after it is tied to a city', () => {
    expect(maskPhone('13812341234')).toBe('138********');
    expect(maskPhone('+86 138 0013 8000')).toBe('138********');
  });

  it('never leaks anything from values that are not mobile numbers', () => {
    expect(maskPhone('0531-86012345')).toBe('************');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone('')).toBe('');
  });
});
