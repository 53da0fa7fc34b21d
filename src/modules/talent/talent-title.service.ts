import { TalentTitleRecord } from './talent.record';

/** In term on a day: awarded by then, and the management period (last day included) not over; a title without a term lasts. */
export function titleInTerm(title: Pick<TalentTitleRecord, 'awardedOn' | 'termEndsOn'>, day: string): boolean {
  return title.awardedOn <= day && (title.termEndsOn === null || day <= title.termEndsOn);
}
