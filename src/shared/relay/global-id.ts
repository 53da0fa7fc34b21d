import { badInput } from '../errors';

/**
 * Opaque global ids: base64url of `Type:rowId`. Clients must treat them as
 * opaque; the encoding only has to be stable.
 */
export function toGlobalId(type: string, rowId: number | string): string {
  return Buffer.from(`${type}:${rowId}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  type: string;
  rowId: number;
}

export function fromGlobalId(id: string, argument = 'id'): DecodedGlobalId {
  const text = /^[A-Za-z0-9_-]+$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const match = /^([A-Z][A-Za-z]+):([1-9]\d{0,15})$/.exec(text);
  if (!match) throw badInput(argument, `"${id}" is not a global id issued by this API`);
  return { type: match[1], rowId: Number(match[2]) };
}

/** Decodes an id that must name the given type. */
export function rowIdOf(id: string, type: string, argument = 'id'): number {
  const decoded = fromGlobalId(id, argument);
  if (decoded.type !== type) throw badInput(argument, `"${id}" is the id of a ${decoded.type}, not of a ${type}`);
  return decoded.rowId;
}
