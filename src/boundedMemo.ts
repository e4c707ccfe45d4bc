/**
 * `compute` remembered per key: each distinct key is computed once, then read back. The store forgets everything once it
 * holds `limit` keys and starts over, so a corpus of a million distinct words or headings cannot grow it without end;
 * `compute` must be pure (the same key always gives the same value), or forgetting would change what callers see.
 */
export function boundedMemo<K, V>(limit: number, compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value as V;
    const computed = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, computed);
    return computed;
  };
}
