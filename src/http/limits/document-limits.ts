import { DocumentNode, FragmentDefinitionNode, GraphQLError, Kind, parse, SelectionSetNode } from 'graphql';
import type { QueryLimits } from '../../config';
import { limitError } from './limit-error';

export interface DocumentShape {
  /** Deepest field nesting of any operation; every field counts, edges and node included. */
  depth: number;
  /** Aliased fields of the busiest operation, fragments expanded as often as they are spread. */
  aliases: number;
  /** Top-level fields of the widest operation, fragments expanded. */
  rootFields: number;
}

interface Stats {
  depth: number;
  aliases: number;
  fields: number;
}

/**
 * Measures a parsed (not yet validated) document. Each fragment is measured
 * once and reused, so a "fragment bomb" that spreads fragments into each
 * other costs linear time to measure while its expanded size still counts;
 * a fragment cycle counts as empty here and validation rejects it later.
 */
export function measureDocument(document: DocumentNode): DocumentShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const memo = new Map<string, Stats>();
  const visiting = new Set<string>();
  const empty: Stats = { depth: 0, aliases: 0, fields: 0 };

  const fragmentStats = (name: string): Stats => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return empty;
    visiting.add(name);
    const stats = selectionStats(fragment.selectionSet);
    visiting.delete(name);
    memo.set(name, stats);
    return stats;
  };

  const selectionStats = (selectionSet: SelectionSetNode): Stats => {
    const total: Stats = { depth: 0, aliases: 0, fields: 0 };
    for (const selection of selectionSet.selections) {
      let inner: Stats;
      if (selection.kind === Kind.FIELD) {
        const child = selection.selectionSet ? selectionStats(selection.selectionSet) : empty;
        inner = { depth: 1 + child.depth, aliases: child.aliases + (selection.alias ? 1 : 0), fields: 1 };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = selectionStats(selection.selectionSet);
      } else {
        inner = fragmentStats(selection.name.value);
      }
      total.depth = Math.max(total.depth, inner.depth);
      total.aliases += inner.aliases;
      total.fields += inner.fields;
    }
    return total;
  };

  const shape: DocumentShape = { depth: 0, aliases: 0, rootFields: 0 };
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const stats = selectionStats(definition.selectionSet);
    shape.depth = Math.max(shape.depth, stats.depth);
    shape.aliases = Math.max(shape.aliases, stats.aliases);
    shape.rootFields = Math.max(shape.rootFields, stats.fields);
  }
  return shape;
}

// graphql-js 16 spells it "more that".
const TOKEN_LIMIT_MESSAGE = /Document contains more tha[nt] \d+ tokens/;

/**
 * Checks a query text against the size, token, depth, alias and root-field
 * limits before Apollo parses and validates it (validation of a hostile
 * document is itself the expensive part). Returns the refusal, or null
 * when the document is within limits or is not valid GraphQL at all
 * (Apollo then reports the syntax error in its usual way).
 */
export function checkDocument(source: string, limits: QueryLimits): GraphQLError | null {
  const bytes = Buffer.byteLength(source, 'utf8');
  if (bytes > limits.maxDocumentBytes) {
    return limitError('DOCUMENT_TOO_LARGE', `The query text is ${bytes} bytes; the limit is ${limits.maxDocumentBytes}. Send a smaller document.`, {
      bytes,
      maximumBytes: limits.maxDocumentBytes,
    });
  }
  let document: DocumentNode;
  try {
    document = parse(source, { maxTokens: limits.maxDocumentTokens, noLocation: true });
  } catch (error) {
    if (error instanceof GraphQLError && TOKEN_LIMIT_MESSAGE.test(error.message)) {
      return limitError('DOCUMENT_TOO_LARGE', `The query has more than ${limits.maxDocumentTokens} tokens, the limit. Send a smaller document.`, {
        maximumTokens: limits.maxDocumentTokens,
      });
    }
    return null;
  }
  const shape = measureDocument(document);
  if (shape.depth > limits.maxDepth) {
    return limitError(
      'QUERY_TOO_DEEP',
      `The query nests fields ${shape.depth} deep; the limit is ${limits.maxDepth} (every field counts, edges and node included). Split it into smaller queries.`,
      { depth: shape.depth, maximumDepth: limits.maxDepth },
    );
  }
  if (shape.aliases > limits.maxAliases) {
    return limitError('TOO_MANY_ALIASES', `The query uses ${shape.aliases} aliases; the limit is ${limits.maxAliases}. Use nodes(ids:) or a list filter instead of repeating a field under aliases.`, {
      aliases: shape.aliases,
      maximumAliases: limits.maxAliases,
    });
  }
  if (shape.rootFields > limits.maxRootFields) {
    return limitError('TOO_MANY_ROOT_FIELDS', `The operation asks for ${shape.rootFields} top-level fields; the limit is ${limits.maxRootFields}. Split it into several requests.`, {
      rootFields: shape.rootFields,
      maximumRootFields: limits.maxRootFields,
    });
  }
  return null;
}
