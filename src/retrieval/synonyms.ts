import { readFileSync } from 'node:fs';
import { toSimplified } from '../text/simplify.js';

/**
 * Query expansion with a small table of housing-policy near-synonyms and colloquial phrasings
 * (src/retrieval/synonyms.txt): staff ask "老小区翻新的钱从哪来" while documents say "老旧小区改造资金筹措".
 */
export interface SynonymTable {
  /** Phrases the table adds for a query, excluding phrases the query already contains; in table order. */
  expand(query: string): string[];
}

interface Rule {
  triggers: string[];
  adds: string[];
}

const SYNONYMS_URL = new URL('./synonyms.txt', import.meta.url);

let instance: SynonymTable | undefined;

/** The table shipped in the repo, read once on first use. */
export function getSynonyms(): SynonymTable {
  instance ??= parseSynonyms(readFileSync(SYNONYMS_URL, 'utf8'));
  return instance;
}

/** `a b c` makes a group of equivalents; `a b => c d` makes colloquial a, b add c, d (not the reverse). */
export function parseSynonyms(text: string): SynonymTable {
  const rules: Rule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [left, right] = line.split('=>').map((side) => side.trim().split(/\s+/).filter(isPhrase));
    if (right !== undefined) {
      if (left.length && right.length) rules.push({ triggers: left, adds: right });
    } else if (left.length > 1) {
      rules.push({ triggers: left, adds: left });
    }
  }
  return { expand: (query) => expandWith(rules, query) };
}

function isPhrase(word: string): boolean {
  // One character ("钱", "楼") matches inside too many unrelated words to be a safe trigger.
  return [...word].length >= 2;
}

function expandWith(rules: Rule[], query: string): string[] {
  const text = toSimplified(query.normalize('NFKC')).toLowerCase();
  const added = new Set<string>();
  for (const rule of rules) {
    if (!rule.triggers.some((t) => text.includes(t))) continue;
    for (const phrase of rule.adds) if (!text.includes(phrase)) added.add(phrase);
  }
  return [...added];
}
