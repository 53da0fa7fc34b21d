/**
 * Prints a suppression on figures objects: each suppressed field null and
 * named in `suppressed`, money following the count it sums over.
 */
export function markSuppressed<T extends { suppressed: string[] }>(figures: T, fields: readonly string[], follows: Record<string, string> = {}): T {
  const hidden = new Set(fields);
  for (const [field, count] of Object.entries(follows)) if (hidden.has(count)) hidden.add(field);
  for (const field of hidden) {
    (figures as Record<string, unknown>)[field] = null;
    figures.suppressed.push(field);
  }
  return figures;
}
