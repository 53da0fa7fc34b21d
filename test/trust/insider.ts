import { citizenIdCheckChar } from '../../src/shared/identifiers';

/**
 * The curious insider's arithmetic: given everything a role was shown about
 * one person, how many citizen ID numbers (or phones) are still possible?
 * The attacker is granted the most it could know: the mask's visible
 * characters, any birth date or year, the gender, and the region of
 * residence standing in for an address code the mask hides.
 */
export interface PersonSighting {
  idNumber?: string | null;
  phone?: string | null;
  birthDate?: string | null;
  birthYear?: number | null;
  gender?: 'MALE' | 'FEMALE' | null;
  regionCode?: string | null;
}

/** Everything shown about one person, from every path, merged; conflicting values fail loudly. */
export function mergeSightings(into: Map<number, PersonSighting>, rowId: number, seen: PersonSighting): void {
  const merged = into.get(rowId) ?? {};
  for (const [key, value] of Object.entries(seen) as Array<[keyof PersonSighting, unknown]>) {
    if (value === undefined || value === null) continue;
    const before = merged[key];
    if (before !== undefined && before !== null && before !== value) throw new Error(`person ${rowId}: ${key} shown as ${String(before)} and as ${String(value)}`);
    (merged as Record<string, unknown>)[key] = value;
  }
  into.set(rowId, merged);
}

const DAY_MS = 86_400_000;

function datesMatching(known: (index: number) => string | null, year: number | null): string[] {
  const out: string[] = [];
  const first = Date.UTC(year ?? 1900, 0, 1);
  const last = year === null ? Date.now() : Date.UTC(year, 11, 31);
  for (let t = first; t <= last; t += DAY_MS) {
    const digits = new Date(t).toISOString().slice(0, 10).replace(/-/g, '');
    let ok = true;
    for (let i = 0; i < 8 && ok; i++) {
      const k = known(6 + i);
      if (k !== null && k !== digits[i]) ok = false;
    }
    if (ok) out.push(digits);
  }
  return out;
}

/** Candidates for the full ID number consistent with a sighting (an exact count up to a few million, a close estimate beyond). */
export function idCandidates(seen: PersonSighting): number {
  const mask = seen.idNumber ?? '*'.repeat(18);
  if (mask.length !== 18) throw new Error(`not an 18-character ID or mask: ${mask}`);
  const fixed: Array<string | null> = [...mask].map((c) => (c === '*' ? null : c));
  if (seen.birthDate) [...seen.birthDate.replace(/-/g, '')].forEach((d, i) => (fixed[6 + i] = d));
  if (fixed.slice(0, 6).some((c) => c === null)) {
    // The address code is most likely where the person lives: grant it to the attacker.
    const region = seen.regionCode ?? '370102';
    [...region].forEach((d, i) => (fixed[i] ??= d));
  }
  const year = seen.birthYear ?? (fixed.slice(6, 10).every((c) => c !== null) ? Number(fixed.slice(6, 10).join('')) : null);
  const dates = datesMatching((i) => fixed[i], year);
  const orders: string[] = [];
  for (let n = 0; n < 1000; n++) {
    const digits = String(n).padStart(3, '0');
    if ([0, 1, 2].some((i) => fixed[14 + i] !== null && fixed[14 + i] !== digits[i])) continue;
    if (seen.gender && (Number(digits[2]) % 2 === 1 ? 'MALE' : 'FEMALE') !== seen.gender) continue;
    orders.push(digits);
  }
  const check = fixed[17];
  if (check === null) return dates.length * orders.length;
  if (dates.length * orders.length > 3_000_000) return Math.floor((dates.length * orders.length) / 11);
  const prefix = fixed.slice(0, 6).join('');
  let count = 0;
  for (const date of dates) for (const order of orders) if (citizenIdCheckChar(`${prefix}${date}${order}`) === check) count++;
  return count;
}

/**
 * Candidates for a mobile number. Digits 4–7 name a number block that public
 * tables tie to a city, so the attacker who knows where a person lives is
 * granted them; the network prefix has about 50 values in use.
 */
export function phoneCandidates(seen: PersonSighting): number {
  const mask = seen.phone;
  if (!mask) return Infinity;
  const hidden = (from: number, to: number) => [...mask.slice(from, to)].filter((c) => c === '*').length;
  const prefix = hidden(0, 3) > 0 ? 50 : 1;
  return prefix * 10 ** hidden(7, 11);
}
