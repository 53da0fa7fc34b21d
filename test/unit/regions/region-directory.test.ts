import fs from 'node:fs';
import path from 'node:path';
import { parseCsvRecords } from '../../../src/shared/files/csv';
import { regionDirectory } from '../../../src/shared/regions';

const shippedCsv = fs.readFileSync(path.join(__dirname, '../../../reference/regions-shandong.csv'), 'utf8');

describe('region directory', () => {
  const regions = regionDirectory();

  it('ships the same rows as the shared reference data', () => {
    const shared = path.join(__dirname, '../../../../shared/data/regions-shandong.csv');
    if (fs.existsSync(shared)) expect(shippedCsv).toBe(fs.readFileSync(shared, 'utf8'));
    expect(regions.all()).toHaveLength(parseCsvRecords(shippedCsv).length);
  });

  it('has the 16 current cities and 136 current county-level units of the brief', () => {
    expect(regions.currentCities()).toHaveLength(16);
    expect(regions.currentCounties()).toHaveLength(136);
    expect(regions.currentCities().map((c) => c.code)).not.toContain('371200');
  });

  it('counts Jinan as 12 current county-level units including Laiwu and Gangcheng', () => {
    const jinan = regions.children('370100').map((r) => r.code);
    expect(jinan).toHaveLength(12);
    expect(jinan).toEqual(expect.arrayContaining(['370116', '370117']));
  });

  it('keeps retired Laiwu codes with their validity dates', () => {
    const laiwu = regions.get('371200')!;
    expect(laiwu.name).toBe('莱芜市');
    expect(laiwu.validTo).toBe('2018-12-26');
    expect(regions.isCurrent('371200')).toBe(false);
    expect(regions.isValidOn('371202', '2010-01-01')).toBe(true);
    expect(regions.isValidOn('371202', '2019-01-01')).toBe(false);
    expect(regions.isValidOn('370116', '2010-01-01')).toBe(false);
    expect(regions.isValidOn('370116', '2019-01-01')).toBe(true);
  });

  it('resolves a subtree with retired codes so old records still match', () => {
    const weifang = regions.subtreeCodes('370700');
    expect(weifang[0]).toBe('370700');
    expect(weifang).toContain('370703');
    expect(regions.subtreeCodes('370000').length).toBe(regions.all().length);
    expect(regions.subtreeCodes('999999')).toEqual([]);
  });

  it('walks lineage and finds the city of a county', () => {
    expect(regions.lineage('370785').map((r) => r.code)).toEqual(['370785', '370700', '370000']);
    expect(regions.cityOf('370785')!.name).toBe('潍坊市');
    expect(regions.cityOf('370000')).toBeUndefined();
  });
});

describe('csv parser', () => {
  it('handles quotes, doubled quotes, embedded commas and newlines, BOM and CRLF', () => {
    const text = '\ufeffa,b\r\n"x, y","say ""hi"""\r\n"multi\nline",2\r\n';
    expect(parseCsvRecords(text)).toEqual([
      { a: 'x, y', b: 'say "hi"' },
      { a: 'multi\nline', b: '2' },
    ]);
  });
});
