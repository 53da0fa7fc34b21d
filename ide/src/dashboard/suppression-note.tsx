import type { ViewerInfo } from '../credentials/viewer';
import { SUPPRESSED_MARK } from './figures';

/**
 * What the marks mean, beside the figures: which figures this viewer sees
 * exactly, and why some are withheld (README, small-cell protection).
 */
export function SuppressionNote({ minCell, viewer }: { minCell: number | null; viewer: ViewerInfo | null }) {
  const scoped = viewer?.regionCode ? (
    <p>
      人数类指标只计 {viewer.region?.name ?? viewer.regionCode} 的人员。Counts of persons stop at your region, {viewer.region?.name ?? viewer.regionCode}.
    </p>
  ) : null;
  if (minCell === null)
    return (
      <div className="dash-note" role="note" aria-label="Suppression legend" data-min-cell="none">
        <p>精确数字：您的密钥可读取个人数据，不隐去小单元。Exact figures: your key may read persons, so nothing is withheld.</p>
        {scoped}
      </div>
    );
  return (
    <div className="dash-note dash-note-suppressed" role="note" aria-label="Suppression legend" data-min-cell={minCell}>
      <p>
        <span className="dash-mark">{SUPPRESSED_MARK}</span> 不公布：少于 {minCell} 人，或为使此类数字无法推算而隐去（两者不作区分）。
        Withheld: fewer than {minCell} persons, or withheld so that such a figure cannot be worked out from the others (the two look alike on purpose).
        Charts leave such figures out; they are never drawn as 0.
      </p>
      <p>
        用可读取个人数据的密钥（如 ANALYST）可见精确数字。A key that may read persons (ANALYST, for example) sees exact figures.
      </p>
      {scoped}
    </div>
  );
}
