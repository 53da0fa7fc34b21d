import { badInput } from '../errors';

/**
 * Longest search text (`nameContains`, `titleContains`, `craftContains`):
 * no filed name, title or craft is longer (the filing rules stop at 200),
 * so a longer text could match nothing, and SQLite refuses LIKE patterns
 * past 50,000 bytes.
 */
export const MAX_SEARCH_TEXT_LENGTH = 200;

/** Longest text argument of a query of any other kind (ids, codes, cursors): what this layer issues or keeps is far shorter. */
export const MAX_TEXT_ARGUMENT_LENGTH = 2000;

/** Whether an input field is a search text, held to MAX_SEARCH_TEXT_LENGTH. */
export function isSearchText(name: string): boolean {
  return name.endsWith('Contains');
}

/** Refuses a text longer than `max` characters (code points), naming the argument. */
export function requireTextLength(argument: string, text: string, max: number): string {
  const length = [...text].length;
  if (length > max) throw badInput(argument, `has ${length} characters; at most ${max} are allowed`);
  return text;
}
