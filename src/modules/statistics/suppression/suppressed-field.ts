/** The marker every figures object that counts persons carries, so a dashboard can print "*" instead of a number. */
export const SUPPRESSED_DESCRIPTION =
  'Names of the fields of this object that are suppressed (null): fewer than STATISTICS_MIN_CELL persons, or withheld so that such a figure cannot be derived from the others; empty when every figure is shown — 不公布的指标';

export const MIN_CELL_DESCRIPTION =
  'The smallest count of persons this answer shows (STATISTICS_MIN_CELL); null when the viewer may read persons and sees exact figures — 最小公布单元数';

export const AS_OF_DESCRIPTION =
  'When these figures were read: every write committed before then is in them (the rollups they are read from are kept in the same transaction as each write) — 数据截至时间';
