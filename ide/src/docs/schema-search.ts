import {
  GraphQLArgument,
  GraphQLEnumValue,
  GraphQLField,
  GraphQLInputField,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
} from 'graphql';

/** One place in the schema whose name or description holds every word searched for. */
export interface SearchHit {
  type: GraphQLNamedType;
  field?: GraphQLField<unknown, unknown> | GraphQLInputField;
  argument?: GraphQLArgument;
  enumValue?: GraphQLEnumValue;
  /** `Workshop`, `Workshop.jobsCreated`, `Query.workshops(filter)`, `IchLevel.NATIONAL`. */
  label: string;
  description: string | null;
  /** Whether the name itself matched (else only the description did). */
  nameMatched: boolean;
}

export interface SearchOptions {
  /** The type the explorer shows: its own fields come first. */
  within?: GraphQLNamedType;
  limit?: number;
}

/** Lower case, full-width ASCII folded to half-width, so `ＩＣＨ` finds `ICH`. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Words are split at white space; a Chinese phrase is one word (it has no spaces to split at). */
export function searchWords(text: string): string[] {
  return fold(text).split(/\s+/).filter(Boolean);
}

interface Candidate extends SearchHit {
  rank: number;
}

function candidate(words: string[], name: string, description: string | null | undefined, within: boolean, hit: Omit<SearchHit, 'description' | 'nameMatched'>): Candidate | null {
  const foldedName = fold(name);
  const haystack = `${foldedName}\n${fold(description ?? '')}`;
  if (!words.every((word) => haystack.includes(word))) return null;
  const phrase = words.join(' ');
  const nameMatched = words.every((word) => foldedName.includes(word));
  // The Chinese term closes a description ("… — 非遗工坊"): the thing whose term IS (or ends with) the phrase comes first.
  const term = fold(description?.split('\n')[0].split(' — ').at(-1) ?? '').trim();
  const termRank = term === phrase ? 2.2 : term.endsWith(phrase) ? 2.4 : 3;
  // Exact name, then name prefix, then name contains, then description only; the current type's own fields first.
  const rank = (foldedName === phrase ? 0 : foldedName.startsWith(phrase) ? 1 : nameMatched ? 2 : termRank) - (within ? 10 : 0) + (hit.field || hit.enumValue ? 0.5 : 0);
  return { ...hit, description: description ?? null, nameMatched, rank };
}

/**
 * Searches type, field, argument and enum value names AND descriptions, so
 * a Chinese term finds what it describes ("工坊" finds Workshop, whose
 * description ends "— 非遗工坊"). GraphiQL's own doc search matches names
 * only, which are English.
 */
export function searchSchema(schema: GraphQLSchema, text: string, options: SearchOptions = {}): SearchHit[] {
  const words = searchWords(text);
  if (words.length === 0) return [];
  const found: Candidate[] = [];
  const add = (c: Candidate | null) => {
    if (c) found.push(c);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const within = options.within?.name === type.name;
    if (!within) add(candidate(words, type.name, type.description, false, { type, label: type.name }));
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const label = `${type.name}.${field.name}`;
        add(candidate(words, field.name, field.description, within, { type, field, label }));
        for (const argument of 'args' in field ? field.args : []) {
          add(candidate(words, argument.name, argument.description, within, { type, field, argument, label: `${label}(${argument.name})` }));
        }
      }
    }
    if (isEnumType(type)) {
      for (const enumValue of type.getValues()) add(candidate(words, enumValue.name, enumValue.description, within, { type, enumValue, label: `${type.name}.${enumValue.name}` }));
    }
  }
  found.sort((a, b) => a.rank - b.rank || a.label.localeCompare(b.label));
  return found.slice(0, options.limit ?? 100).map(({ rank: _rank, ...hit }) => hit);
}
