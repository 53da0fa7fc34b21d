import { badInput } from '../../shared/errors';
import { parseIchItemKey, validateUscc } from '../../shared/identifiers';

/**
 * A USCC argument, normalised. Only the format is enforced: officially
 * issued codes that fail the checksum exist, and they must stay findable.
 */
export function usccArgument(argument: string, input: string): string {
  const result = validateUscc(input, { strict: false });
  if (!result.ok) throw badInput(argument, result.message);
  return result.value;
}

/** ICH item keys in any spelling, canonical, each error naming its index. */
export function itemKeysArgument(argument: string, inputs: readonly string[]): string[] {
  return inputs.map((input, i) => {
    const parsed = parseIchItemKey(input);
    if (!parsed.ok) throw badInput(`${argument}[${i}]`, parsed.message);
    return parsed.value;
  });
}
