import { badInput } from '../errors';
import { parseIchItemKey, validateUscc } from '../identifiers';

/** ICH item keys of a filter argument in any spelling, canonical; a malformed key is refused naming its index. */
export function requireItemKeys(argument: string, keys: readonly string[]): string[] {
  return keys.map((key, i) => {
    const parsed = parseIchItemKey(key);
    if (!parsed.ok) throw badInput(`${argument}[${i}]`, parsed.message);
    return parsed.value;
  });
}

/**
 * A USCC argument, normalised. Only the format is enforced: officially issued
 * codes that fail the checksums exist, and they must stay findable.
 */
export function requireUscc(argument: string, input: string): string {
  const result = validateUscc(input, { strict: false });
  if (!result.ok) throw badInput(argument, result.message);
  return result.value;
}
