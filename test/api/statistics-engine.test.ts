import { DataSource } from 'typeorm';
import { SqlFilter } from '../../src/shared/sql/filter';
import { groupedTallies, MAX_GROUPS } from '../../src/modules/statistics/group-by';
import { reportPeriod } from '../../src/modules/statistics/period';
import { wholeNumber, yuanFromFen } from '../../src/modules/statistics/sql/money';

/** A data source that answers every statement with the given rows and remembers the statements. */
function fakeSource(rows: Array<Record<string, unknown>>) {
  const statements: string[] = [];
  const dataSource = { query: async (sql: string) => (statements.push(sql), rows) } as unknown as DataSource;
  return { dataSource, statements };
}

describe('statistics engine', () => {
  it('turns a period into its calendar days, leap years and quarter ends included', () => {
    expect(reportPeriod({ kind: 'MONTH', year: 2024, number: 2 })).toMatchObject({ from: '2024-02-01', to: '2024-02-29', label: '2024年2月' });
    expect(reportPeriod({ kind: 'MONTH', year: 2025, number: 2 })).toMatchObject({ from: '2025-02-01', to: '2025-02-28' });
    expect(reportPeriod({ kind: 'QUARTER', year: 2024, number: 2 })).toMatchObject({ from: '2024-04-01', to: '2024-06-30', label: '2024年第2季度' });
    expect(reportPeriod({ kind: 'QUARTER', year: 2024, number: 4 })).toMatchObject({ from: '2024-10-01', to: '2024-12-31' });
    expect(reportPeriod({ kind: 'YEAR', year: 2024 })).toMatchObject({ from: '2024-01-01', to: '2024-12-31', number: null, label: '2024年' });
    expect(() => reportPeriod({ kind: 'MONTH', year: 2024, number: 13 })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ argument: 'period.number' }) }));
  });

  it('reads whole numbers from either driver and prints fen as exact yuan', () => {
    expect(wholeNumber(null)).toBe(0n);
    expect(wholeNumber(12)).toBe(12n);
    expect(wholeNumber('39702400')).toBe(39702400n);
    expect(wholeNumber('17.00')).toBe(17n);
    expect(() => wholeNumber(1.5)).toThrow();
    expect(yuanFromFen(125050n)).toBe('1250.50');
    expect(yuanFromFen(5n)).toBe('0.05');
    expect(yuanFromFen(0n)).toBe('0.00');
    expect(yuanFromFen(9007199254740993n)).toBe('90071992547409.93');
  });

  it('folds SQL groups that share a key, sums multi-valued keys into each, and totals the SQL groups once', async () => {
    const { dataSource, statements } = fakeSource([
      { g0: '370102', n: 2 },
      { g0: '370103', n: 3 },
      { g0: '370202', n: 5 },
    ]);
    type Keys = { city: string | null; tag: string | null };
    const result = await groupedTallies<Keys>({
      dataSource,
      from: 't',
      where: new SqlFilter(),
      measures: [{ name: 'n', sql: 'COUNT(*)' }],
      dimensions: [
        { columns: ['t.region_code'], keys: ([code]) => [{ city: `${String(code).slice(0, 4)}00` }], order: (k) => k.city },
        { columns: ['t.region_code'], keys: ([code]) => (code === '370102' ? [{ tag: 'a' }, { tag: 'b' }] : [{ tag: 'a' }]), order: (k) => k.tag },
      ],
      emptyKeys: () => ({ city: null, tag: null }),
    });
    expect(statements).toHaveLength(1);
    expect(statements[0]).toBe('SELECT t.region_code AS g0, COUNT(*) AS n FROM t WHERE 1 = 1 GROUP BY t.region_code');
    expect(result.groups.map((g) => [g.keys, g.tally.n])).toEqual([
      [{ city: '370100', tag: 'a' }, 5n],
      [{ city: '370100', tag: 'b' }, 2n],
      [{ city: '370200', tag: 'a' }, 5n],
    ]);
    expect(result.total).toEqual({ n: 10n });
  });

  it(`refuses more than ${MAX_GROUPS} groups, naming groupBy`, async () => {
    const rows = Array.from({ length: MAX_GROUPS + 1 }, (_, i) => ({ g0: i, n: 1 }));
    const { dataSource } = fakeSource(rows);
    await expect(
      groupedTallies<{ v: number | null }>({
        dataSource,
        from: 't',
        where: new SqlFilter(),
        measures: [{ name: 'n', sql: 'COUNT(*)' }],
        dimensions: [{ columns: ['t.v'], keys: ([v]) => [{ v: Number(v) }], order: (k) => k.v }],
        emptyKeys: () => ({ v: null }),
      }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'groupBy' } });
  });
});
