/** How the API shows ID numbers and phones to a viewer without pii:read (see src/shared/identifiers). */
export const maskedId = (raw: string) => `${raw.slice(0, 6)}${'*'.repeat(12)}`;
export const maskedPhone = (raw: string) => `${raw.slice(0, 3)}${'*'.repeat(8)}`;
export const MASKED_ID = /^\d{6}\*{12}$/;
export const MASKED_PHONE = /^1\d{2}\*{8}$/;
