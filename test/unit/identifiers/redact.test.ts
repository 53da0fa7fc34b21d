import { redactIdentifiers, redactIdentifiersIn } from '../../../src/shared/identifiers';
import { citizenId } from '../../filing/operations';

describe('redactIdentifiers', () => {
  const id = citizenId('370102', '19900101', 123);

  it('masks ID numbers (18 and legacy 15 characters) and mobile numbers standing in free text', () => {
    const text = `{ persons(filter: { idNumber: "${id}" }) { edges { node { id } } } } # ${id.toLowerCase().replace(/x$/, 'x')} 370102850315123 +86 13812341234`;
    const out = redactIdentifiers(text);
    expect(out).not.toContain(id);
    expect(out).toContain('370102************');
    expect(out).not.toContain('850315123');
    expect(out).toContain('138********');
    expect(out).not.toContain('12341234');
  });

  it('leaves USCCs, certificate numbers and other long codes as they are', () => {
    const text = 'uscc 91370102MA3C4B5X6Y cert S000137010001265000000 cohort BJ20250000493 year 2025';
    expect(redactIdentifiers(text)).toBe(text);
  });

  it('redacts every string of a JSON value and keeps its shape', () => {
    expect(redactIdentifiersIn({ filter: { idNumber: id, first: 5, phones: ['13912345678'] } })).toEqual({ filter: { idNumber: '370102************', first: 5, phones: ['139********'] } });
  });
});
