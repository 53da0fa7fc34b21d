import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runImport } from '../../src/import/import.runner';
import { describeEachBackend } from '../support/backends';
import { ADMIN, FilingHarness, snapshot, startFiling } from './filing-harness';
import { citizenId, M } from './operations';

/** Characters filed text refuses, each with the code point the message names. */
const REFUSED: string[] = ['U+0000', 'U+0007', 'U+0009', 'U+000A', 'U+000D', 'U+001B', 'U+007F', 'U+0085', 'U+009B', 'U+202A', 'U+202E', 'U+2066', 'U+2069', 'U+200F', 'U+061C', 'U+2028'];
/** Invisible format characters: a zero-width space or joiner, a word joiner, an invisible operator, a byte-order mark inside a value. */
const INVISIBLE: string[] = ['U+200B', 'U+200C', 'U+200D', 'U+200E', 'U+2060', 'U+2061', 'U+2062', 'U+2063', 'U+2064', 'U+FEFF'];
const character = (codePoint: string) => String.fromCodePoint(parseInt(codePoint.slice(2), 16));

describeEachBackend('filed text refuses control and bidirectional formatting characters', (backend) => {
  let h: FilingHarness;
  let dir: string;
  beforeAll(async () => {
    h = await startFiling(backend, 0.02);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shh-text-'));
  });
  afterAll(async () => {
    await h?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each([...REFUSED, ...INVISIBLE])('a name holding %s is FORMAT at input.name, nothing written', async (codePoint) => {
    const before = await snapshot(h.db.sources);
    const idNumber = citizenId('370102', '19880808', 321);
    const outcome = await h.run(ADMIN, M.registerPerson, { input: { idNumber, name: `张${character(codePoint)}三`, regionCode: '370102' } });
    expect(outcome.errors).toBeUndefined();
    const payload = outcome.data!.registerPerson;
    expect(payload.person).toBeNull();
    expect(payload.errors).toEqual([{ field: 'input.name', code: 'FORMAT', message: expect.stringContaining(codePoint) }]);
    expect(payload.errors[0].message).toMatch(/^name holds .* at character 2/);
    expect(await snapshot(h.db.sources)).toEqual(before);
  });

  it('the same rule holds in every text field, not only names (a vacancy title, a USCC)', async () => {
    const outcome = await h.run(ADMIN, M.postVacancy, {
      input: { employerUscc: '91370102MA00TXT\u202E1X', title: '学徒\u2066工', headcount: 1, payMin: '3000', payMax: '4000', regionCode: '370102', postedOn: '2026-01-05' },
    });
    const fields = outcome.data!.postVacancy.errors.map((e: { field: string; code: string }) => [e.field, e.code]);
    expect(fields).toEqual(expect.arrayContaining([['input.employerUscc', 'FORMAT'], ['input.title', 'FORMAT']]));
    expect(outcome.data!.postVacancy.vacancy).toBeNull();
  });

  it('an invisible character is named as one, and refused in a code too (a USCC that reads right but matches nothing)', async () => {
    const idNumber = citizenId('370102', '19880808', 321);
    const named = await h.run(ADMIN, M.registerPerson, { input: { idNumber, name: '张\u200B三', regionCode: '370102' } });
    expect(named.data!.registerPerson.errors[0].message).toMatch(/^name holds U\+200B \(an invisible formatting character\) at character 2/);
    const outcome = await h.run(ADMIN, M.postVacancy, {
      input: { employerUscc: '91370102MA00\u2060TXT1X', title: '学徒工', headcount: 1, payMin: '3000', payMax: '4000', regionCode: '370102', postedOn: '2026-01-05' },
    });
    expect(outcome.data!.postVacancy.errors.map((e: { field: string; code: string }) => [e.field, e.code])).toContainEqual(['input.employerUscc', 'FORMAT']);
  });

  it('ordinary Chinese text, middle dots and spaces inside a name are accepted', async () => {
    const idNumber = citizenId('370102', '19880808', 654);
    const outcome = await h.run(ADMIN, M.registerPerson, { input: { idNumber, name: '阿依古丽·买买提 Li', regionCode: '370102' } });
    expect(outcome.data!.registerPerson.errors).toEqual([]);
    expect(outcome.data!.registerPerson.person.name).toBe('阿依古丽·买买提 Li');
  });

  it('an import row with such a character is reported at its row and field, and the file writes nothing', async () => {
    const before = await snapshot(h.db.sources);
    const ids = [citizenId('370102', '19900101', 901), citizenId('370102', '19900102', 902)];
    const csv = `idNumber,name,regionCode\n${ids[0]},正常,370102\n${ids[1]},"坏\u202E名",370102\n`;
    const file = path.join(dir, 'persons.csv');
    fs.writeFileSync(file, csv);
    const report = await runImport(h.db.sources, { type: 'persons', file });
    expect(report).toMatchObject({ fileError: null, rows: 2, failedRows: 1, written: 0 });
    expect(report.errors.map((e) => [e.row, e.field, e.code])).toEqual([[2, 'name', 'FORMAT']]);
    expect(report.errors[0].message).toContain('U+202E');

    const json = path.join(dir, 'persons.json');
    fs.writeFileSync(json, JSON.stringify([{ idNumber: ids[0], name: '空\u0000字', regionCode: '370102' }]));
    const fromJson = await runImport(h.db.sources, { type: 'persons', file: json });
    expect(fromJson.errors.map((e) => [e.row, e.field, e.code])).toEqual([[1, 'name', 'FORMAT']]);
    expect(await snapshot(h.db.sources)).toEqual(before);
  });
});
