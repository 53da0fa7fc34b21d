import { canUnmaskPii } from '../../auth/permissions';
import { RequestContext } from '../../context';
import { maskCitizenId, maskPhone } from '../../shared/identifiers';
import { InheritorRecord } from '../heritage/inheritor.loader';
import { PersonRecord } from './person.record';

// The one place personal identifiers leave the layer. Masked (first 6 + 8
// stars + last 4; phone 3 + 4 stars + 4) unless the viewer holds pii:read;
// every unmasked value is noted on the request, and the request's audit
// event lists them all when it ends.

type PiiContext = Pick<RequestContext, 'viewer' | 'piiReads'>;

function unmasked(ctx: PiiContext, type: string, rowId: number, field: string): boolean {
  if (!canUnmaskPii(ctx.viewer)) return false;
  ctx.piiReads.record(type, rowId, field);
  return true;
}

export function shownIdNumber(person: PersonRecord, ctx: PiiContext): string {
  return unmasked(ctx, 'Person', person.rowId, 'idNumber') ? person.citizenId : maskCitizenId(person.citizenId);
}

export function shownPhone(person: PersonRecord, ctx: PiiContext): string | null {
  if (person.phone === null || person.phone === undefined) return null;
  return unmasked(ctx, 'Person', person.rowId, 'phone') ? person.phone : maskPhone(person.phone);
}

export function shownInheritorIdNumber(inheritor: InheritorRecord, ctx: PiiContext): string {
  return unmasked(ctx, 'Inheritor', inheritor.rowId, 'idNumber') ? inheritor.citizenId : maskCitizenId(inheritor.citizenId);
}
