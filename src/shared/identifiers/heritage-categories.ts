/**
 * 非遗十大门类, in the order of the national list's Roman numerals Ⅰ–Ⅹ: the
 * national vocabulary both agencies use (culture files its items under it;
 * HR copies an item's category onto vacancies and job seekers' skills, so that
 * matching needs no other database). One list, so the two cannot drift.
 */
export const HERITAGE_CATEGORIES = [
  'FOLK_LITERATURE',
  'TRADITIONAL_MUSIC',
  'TRADITIONAL_DANCE',
  'TRADITIONAL_THEATRE',
  'QUYI',
  'TRADITIONAL_SPORTS',
  'TRADITIONAL_ART',
  'TRADITIONAL_CRAFTSMANSHIP',
  'TRADITIONAL_MEDICINE',
  'FOLK_CUSTOM',
] as const;
export type HeritageCategory = (typeof HERITAGE_CATEGORIES)[number];
