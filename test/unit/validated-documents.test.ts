import { DocumentNode, parse } from 'graphql';
import { validatedDocuments } from '../../src/http/limits/limits.plugin';

/** The bounds the limits plugin relies on, now that lru-cache keeps the validated documents. */
describe('validated documents: bounded by the length of their query texts', () => {
  const document: DocumentNode = parse('{ __typename }');

  it('drops the least recently used documents once the texts pass the budget', () => {
    const cache = validatedDocuments(1000);
    for (const hash of ['a', 'b', 'c', 'd']) cache.set(hash, document, { size: 100 });
    expect(cache.get('a')).toBe(document);
    for (let i = 0; i < 7; i++) cache.set(`new${i}`, document, { size: 100 });
    // 1,100 characters asked for: the oldest unread one ("b") made room, "a" was read and stays.
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(document);
    expect(cache.calculatedSize).toBeLessThanOrEqual(1000);
  });

  it('does not keep a text over an eighth of the budget, so it cannot push out the others', () => {
    const cache = validatedDocuments(800);
    cache.set('small', document, { size: 100 });
    cache.set('large', document, { size: 101 });
    expect(cache.get('large')).toBeUndefined();
    expect(cache.get('small')).toBe(document);
  });
});
