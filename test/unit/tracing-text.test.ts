import { sanitizeStatement, scrubText } from '../../src/observability/tracing';

describe('what spans may say', () => {
  it('statements keep placeholders and lose literals', () => {
    expect(sanitizeStatement('SELECT "p"."id" FROM "person" "p" WHERE citizen_id IN (?, ?, ?, ?)\n  LIMIT 11')).toBe('SELECT "p"."id" FROM "person" "p" WHERE citizen_id IN (?, … (4 values)) LIMIT ?');
    expect(sanitizeStatement("SELECT * FROM person WHERE citizen_id = '37010219800101001X' AND phone = \"13812345678\"")).toBe('SELECT * FROM person WHERE citizen_id = ? AND phone = ?');
    expect(sanitizeStatement("UPDATE t SET note = 'it''s 13812345678' WHERE id = 42")).toBe('UPDATE t SET note = ? WHERE id = ?');
  });

  it('ID numbers and mobile numbers are masked wherever they appear', () => {
    expect(scrubText("Duplicate entry '37010219800101001X' for key 'UQ_person_citizen_id'")).toBe("Duplicate entry '[masked]' for key 'UQ_person_citizen_id'");
    expect(scrubText('call +86 138-1234-5678 or 13912345678')).toBe('call +86 [masked] or [masked]');
    expect(scrubText('370102 2026-11-01 SDSZ-2026-0001 12345')).toBe('370102 2026-11-01 SDSZ-2026-0001 12345');
  });
});
