import { Period, PERIOD_KINDS, PeriodKind, periodsPerYear, withKind } from './period';

export interface PeriodPickerProps {
  period: Period;
  onChange: (period: Period) => void;
  /** The latest year offered (this year in China); earlier ones go back ten years. */
  lastYear: number;
}

const QUARTER_NAMES = ['第一季度 Q1', '第二季度 Q2', '第三季度 Q3', '第四季度 Q4'];

/** Month, quarter or year; then the year; then which month or quarter. */
export function PeriodPicker({ period, onChange, lastYear }: PeriodPickerProps) {
  const years = Array.from({ length: 10 }, (_, i) => lastYear - 9 + i);
  if (!years.includes(period.year)) years.push(period.year);
  years.sort((a, b) => b - a);
  return (
    <fieldset className="dash-picker" aria-label="Period">
      <legend>统计期间 Period</legend>
      <select aria-label="Period kind" value={period.kind} onChange={(e) => onChange(withKind(period, e.target.value as PeriodKind))}>
        {PERIOD_KINDS.map(({ kind, label }) => (
          <option key={kind} value={kind}>
            {label}
          </option>
        ))}
      </select>
      <select aria-label="Year" value={period.year} onChange={(e) => onChange({ ...period, year: Number(e.target.value) })}>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}年
          </option>
        ))}
      </select>
      {period.kind === 'YEAR' ? null : (
        <select aria-label={period.kind === 'MONTH' ? 'Month' : 'Quarter'} value={period.number ?? 1} onChange={(e) => onChange({ ...period, number: Number(e.target.value) })}>
          {Array.from({ length: periodsPerYear(period.kind) }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {period.kind === 'MONTH' ? `${n}月` : QUARTER_NAMES[n - 1]}
            </option>
          ))}
        </select>
      )}
    </fieldset>
  );
}
