import { ApiHarness, GraphqlResponse } from '../support/api';
import { regionDirectory } from '../../src/shared/regions';
import { rows } from '../support/sql';

export const PARTNER_REGION = '370700';
export const PARTNER_CODES = regionDirectory().subtreeCodes(PARTNER_REGION);
export const inPartnerRegion = (code: string) => PARTNER_CODES.includes(code);

/** The statements tests compare with, shared with every other test folder. */
export { rows };

/** `IN (?, ?, …)` and its parameters. */
export function inList(values: readonly unknown[]): { sql: string; params: unknown[] } {
  return values.length === 0 ? { sql: '(NULL)', params: [] } : { sql: `(${values.map(() => '?').join(', ')})`, params: [...values] };
}

export async function count(api: ApiHarness, source: 'culture' | 'hr' | 'gateway', sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await rows(api, source, sql, params);
  return Number(Object.values(row)[0]);
}

/** Every raw ID number and phone the databases hold, for scanning responses. */
export async function rawIdentifiers(api: ApiHarness): Promise<string[]> {
  const persons = await rows(api, 'hr', 'SELECT citizen_id, phone FROM person');
  const inheritors = await rows(api, 'culture', 'SELECT citizen_id FROM inheritor');
  const values = new Set<string>();
  for (const p of persons) {
    values.add(p.citizen_id);
    if (p.phone) values.add(p.phone);
  }
  for (const i of inheritors) values.add(i.citizen_id);
  return [...values];
}

export function leakedIdentifiers(body: GraphqlResponse, raw: readonly string[]): string[] {
  const text = JSON.stringify(body);
  return raw.filter((value) => text.includes(value));
}

export function forbiddenFields(body: GraphqlResponse): string[] {
  return (body.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => String(e.extensions?.field));
}

/** Every `regionCode` anywhere in a response, under any object holding it. */
export function collect(value: unknown, key: string, into: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const v of value) collect(v, key, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === key) into.push(v);
      collect(v, key, into);
    }
  }
  return into;
}
