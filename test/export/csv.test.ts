import { csvField, csvRecord, UTF8_BOM } from '../../src/export/csv';
import { parseCsv } from '../../src/shared/files/csv';

describe('CSV writing (RFC 4180)', () => {
  it('quotes only fields that need it, doubling quotes, and ends records with CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('')).toBe('');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' spaced ')).toBe(' spaced ');
    expect(csvRecord(['济南市', '1250.50', 'a,"b"'])).toBe('济南市,1250.50,"a,""b"""\r\n');
  });

  it('keeps Chinese text intact and starts files with a UTF-8 byte-order mark', () => {
    const text = `${UTF8_BOM}${csvRecord(['名称', '地区'])}${csvRecord(['潍坊风筝非遗工坊（7）', '潍坊市'])}`;
    const bytes = Buffer.from(text, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1)).toBe('名称,地区\r\n潍坊风筝非遗工坊（7）,潍坊市\r\n');
  });

  it('round-trips awkward fields through an RFC 4180 parser', () => {
    const fields = ['a', 'b,c', 'd"e', 'f\r\ng', '', '鲁锦 "织造"，技艺'];
    expect(parseCsv(csvRecord(fields))).toEqual([fields]);
  });

  it('defuses text a spreadsheet would run as a formula, but leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+86 138')).toBe("'+86 138");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-12.50')).toBe('-12.50');
    expect(csvField('+5')).toBe('+5');
  });
});
