export type CertificateNumberResult = { ok: true; value: string } | { ok: false; message: string };

// The three published shapes: a 22-character skill-level number (Y or S, then
// 21 digits), a 特级技师 number (2 letters + 20 digits) and a legacy 16-digit
// 职业资格证书 number. No check digit is documented, so shape is all we check.
const SHAPES = [/^[YS]\d{21}$/, /^[A-Z]{2}\d{20}$/, /^\d{16}$/];

/** Certificate number as stored: full-width folded, spaces dropped, upper-case. */
export function normalizeCertificateNumber(input: string): CertificateNumberResult {
  const value = input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
  if (SHAPES.some((shape) => shape.test(value))) return { ok: true, value };
  return {
    ok: false,
    message: `"${input}" is not a certificate number: expected Y or S and 21 digits, 2 letters and 20 digits, or a legacy 16-digit number`,
  };
}
