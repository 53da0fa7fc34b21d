import crypto from 'node:crypto';
import type { Viewer } from '../shared/auth/viewer';

/**
 * What an audit event stores that the caller chose — the operation name, the
 * credential's subject, an export's query text, variables and path — is
 * bounded before it is written, so that no legitimate read fails because
 * its event does not fit: `audit_event.operation_name` is varchar(200) and
 * `detail` is TEXT (65,535 bytes on MySQL/MariaDB, which refuse what does
 * not fit). A text cut short keeps the SHA-256 of the whole and its length,
 * so an auditor holding the full text can still match it.
 */

/** Characters of `audit_event.operation_name` (and of the names kept in `detail`). */
export const AUDIT_NAME_CHARS = 200;
/** Bytes of `detail` (TEXT holds 65,535); everything a caller chooses is fitted to stay under it. */
export const AUDIT_DETAIL_BYTES = 60_000;

export const sha256 = (text: string) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

/** The first `max` characters (code points), never half of a surrogate pair. */
export function firstChars(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = [...text];
  return points.length <= max ? text : points.slice(0, max).join('');
}

/** Bytes the text takes as a JSON string in UTF-8, escapes included. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

/** The longest prefix of the text whose JSON string takes at most `maxBytes` bytes. */
export function fitJsonText(text: string, maxBytes: number): string {
  if (jsonBytes(text) <= maxBytes) return text;
  const points = [...text];
  let low = 0;
  let high = points.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (jsonBytes(points.slice(0, mid).join('')) <= maxBytes) low = mid;
    else high = mid - 1;
  }
  return points.slice(0, low).join('');
}

/** A name as stored: at most AUDIT_NAME_CHARS characters; cut, with the length and hash of the whole. */
export function boundedName(name: string): { name: string; nameChars?: number; nameSha256?: string } {
  const cut = firstChars(name, AUDIT_NAME_CHARS);
  return cut === name ? { name } : { name: cut, nameChars: [...name].length, nameSha256: sha256(name) };
}

/** The operation name for the `operation_name` column: cut like its copy in `detail`. */
export function auditedOperationName(name: string | null): string | null {
  return name === null ? null : firstChars(name, AUDIT_NAME_CHARS);
}

/** `detail.viewer`: who asked; the name (an API client's, or a token's `sub`) bounded. */
export function viewerDetail(viewer: Viewer) {
  const name = viewer.name === null ? { name: null } : boundedName(viewer.name);
  return { clientId: viewer.clientId, ...name, role: viewer.role, regionCode: viewer.regionCode, scopes: [...viewer.scopes].sort() };
}

/** `detail.operation`: its name bounded, and its type. */
export function operationDetail(name: string | null, type: string | null) {
  return { ...(name === null ? { name: null } : boundedName(name)), type };
}
