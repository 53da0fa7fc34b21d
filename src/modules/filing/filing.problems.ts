/**
 * Expected failures of a filing or an import row, as data (house style 6):
 * each names the input field it concerns, a stable code and a message a
 * clerk can act on. Mutations and the import report share these codes.
 */

export const FILING_PROBLEM_CODES = [
  'REQUIRED',
  'FORMAT',
  'CHECK_DIGIT',
  'UNKNOWN_ENUM_VALUE',
  'UNKNOWN_FIELD',
  'OUT_OF_RANGE',
  'UNKNOWN_REGION',
  'RETIRED_REGION',
  'OUT_OF_SCOPE',
  'DATE_ORDER',
  'DUPLICATE',
  'NOT_FOUND',
  'INVALID_STATE',
  'INCONSISTENT',
  'USCC_CHECKSUM',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_IN_PROGRESS',
  'IDEMPOTENCY_KEY_INVALID',
] as const;
export type FilingProblemCode = (typeof FILING_PROBLEM_CODES)[number];

export interface FilingProblemValue {
  /** Input path, e.g. `input.citizenId` for a mutation or `citizenId` for an import row. */
  field: string;
  code: FilingProblemCode;
  message: string;
}

/** Errors (nothing may be written) and warnings (written, but worth a look) of one filing or row. */
export class Problems {
  readonly errors: FilingProblemValue[] = [];
  readonly warnings: FilingProblemValue[] = [];

  error(field: string, code: FilingProblemCode, message: string): null {
    this.errors.push({ field, code, message });
    return null;
  }

  warn(field: string, code: FilingProblemCode, message: string): void {
    this.warnings.push({ field, code, message });
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }

  /** Whether an error was already recorded on this field (so a later check does not pile a second one on). */
  hasErrorOn(field: string): boolean {
    return this.errors.some((e) => e.field === field);
  }
}
