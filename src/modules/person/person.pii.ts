import { maskCitizenId, maskPhone } from '../../shared/identifiers';
import { PersonRecord } from './person.record';

// The one place personal identifiers leave the layer: masked for every viewer
// until pii:read (with its audit record) is built.

export function shownIdNumber(person: PersonRecord): string {
  return maskCitizenId(person.citizenId);
}

export function shownPhone(person: PersonRecord): string | null {
  return person.phone === null || person.phone === undefined ? null : maskPhone(person.phone);
}
