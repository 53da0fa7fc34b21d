import { badInput } from '../errors';

/**
 * Opaque global ids: base64url of `Type:key`, where the key is a row id or,
 * for types identified by a natural key (an Organization by its USCC), that
 * key. Clients must treat them as opaque; the encoding only has to be stable.
 */
export function toGlobalId(type: string, key: number | string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  type: string;
  key: string;
  /** The key as a row id; NaN when the key is not numeric. */
  rowId: number;
}

export function fromGlobalId(id: string, argument = 'id'): DecodedGlobalId {
  const text = /^[A-Za-z0-9_-]+$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const match = /^([A-Z][A-Za-z]+):([0-9A-Z]{1,32})$/.exec(text);
  if (!match) throw badInput(argument, `"${id}" is not a global id issued by this API`);
  const key = match[2];
  return { type: match[1], key, rowId: /^[1-9]\d{0,15}$/.test(key) ? Number(key) : Number.NaN };
}

/** Decodes an id that must name the given type and a row id. */
export function rowIdOf(id: string, type: string, argument = 'id'): number {
  const decoded = fromGlobalId(id, argument);
  if (decoded.type !== type) throw badInput(argument, `"${id}" is the id of a ${decoded.type}, not of a ${type}`);
  if (Number.isNaN(decoded.rowId)) throw badInput(argument, `"${id}" is not a global id issued by this API`);
  return decoded.rowId;
}
