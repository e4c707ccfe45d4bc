// The last stages of hybrid search each move one candidate to the front: the best-ranked one answering the kind of
// question asked (a definition, a why, a time or figure), found by a test of its own.

/** Where among the ranked candidates a stage looks: places `from` (default 0) up to, not including, `to` (default all). */
export interface Places {
  from?: number;
  to?: number;
}

/**
 * The ranking with the best-ranked candidate among `places` that passes `qualifies` moved to the front, the others
 * keeping their order; the ranking itself when none passes.
 */
export function firstQualifyingToFront<T>(ranked: T[], qualifies: (candidate: T) => boolean, places: Places = {}): T[] {
  const found = ranked.slice(places.from ?? 0, places.to ?? ranked.length).find(qualifies);
  return found ? [found, ...ranked.filter((candidate) => candidate !== found)] : ranked;
}
