import { readFileSync } from 'node:fs';
import { simplifiedCompatible } from './simplify.js';

/**
 * The spoken→official vocabulary of the domain (src/text/synonyms.txt): residents and staff ask "老小区翻新的钱从哪来",
 * "政府给多少", "房子漏水" while documents say "老旧小区改造资金筹措", "财政补助", "屋面防水". Retrieval adds the
 * official wording to the question (at a lower weight); the answerability gate checks a spoken word by the official
 * wording the library uses instead of calling it a topic the library lacks.
 */
export interface SynonymTable {
  /** Phrases the table adds for a query, excluding phrases the query already contains; in table order. */
  expand(query: string): string[];
  /**
   * The same, rule by rule: the spoken phrase of the query that fired a rule ("钱谁出") and the phrases it adds
   * (出资, 承担…), any one of which says what the phrase says.
   */
  matches(query: string): SpokenMatch[];
  /**
   * The official wording for one word of a question: what every rule adds whose trigger is the word ("漏水") or, where
   * the question says it, holds the word ("出钱" in "政府出钱"). Phrases the word holds are left out.
   */
  wordingFor(word: string, question: string): string[];
  /**
   * What a short form is written in full ("住建局" → 住房和城乡建设局, 住房城乡建设局): a text writing any of them
   * writes the word itself. Only for the whole word, as the table lists it.
   */
  writtenAs(word: string): string[];
}

export interface SpokenMatch {
  trigger: string;
  adds: string[];
}

interface Rule {
  triggers: string[];
  adds: string[];
  /** Words one of which the question must also hold for the rule to apply ("停车" for 对外开放 → 错时开放); none: always. */
  context: string[];
}

const SYNONYMS_URL = new URL('./synonyms.txt', import.meta.url);

let instance: SynonymTable | undefined;

/** The table shipped in the repo, read once on first use. */
export function getSynonyms(): SynonymTable {
  instance ??= parseSynonyms(readFileSync(SYNONYMS_URL, 'utf8'));
  return instance;
}

/**
 * `a b c` makes a group of equivalents; `a b => c d` makes colloquial a, b add c, d (not the reverse); `a = c d` says
 * short form a is written c or d in full (a match of c or d is a match of a). A rule ending `@ x y` applies only to a
 * question that also says x or y.
 */
export function parseSynonyms(text: string): SynonymTable {
  const rules: Rule[] = [];
  const fullForms = new Map<string, string[]>();
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const same = line.match(/^(\S+)\s+=\s+(.+)$/u);
    if (same) {
      fullForms.set(normalized(same[1]), same[2].split(/\s+/).filter(isPhrase));
      continue;
    }
    const [words, condition] = line.split(/\s@\s/u);
    const context = condition?.trim().split(/\s+/).filter(isPhrase).map(normalized) ?? [];
    const [left, right] = words.split('=>').map((side) => side.trim().split(/\s+/).filter(isPhrase));
    if (right !== undefined) {
      if (left.length && right.length) rules.push({ triggers: left, adds: right, context });
    } else if (left.length > 1) {
      rules.push({ triggers: left, adds: left, context });
    }
  }
  return {
    expand: (query) => [...new Set(matchesWith(rules, query).flatMap((m) => m.adds))],
    matches: (query) => matchesWith(rules, query),
    wordingFor: (word, question) => wordingWith(rules, word, question),
    writtenAs: (word) => fullForms.get(normalized(word)) ?? [],
  };
}

function isPhrase(word: string): boolean {
  // One character ("钱", "楼") matches inside too many unrelated words to be a safe trigger.
  return [...word].length >= 2;
}

function normalized(text: string): string {
  return simplifiedCompatible(text).toLowerCase();
}

function matchesWith(rules: Rule[], query: string): SpokenMatch[] {
  const text = normalized(query);
  const out: SpokenMatch[] = [];
  for (const rule of rules) {
    if (!appliesTo(rule, text)) continue;
    const trigger = rule.triggers.find((t) => text.includes(t));
    const adds = trigger ? rule.adds.filter((phrase) => !text.includes(phrase)) : [];
    if (trigger && adds.length) out.push({ trigger, adds });
  }
  return out;
}

/** Whether a (normalized) question says what a rule's context asks for, if it asks for anything. */
function appliesTo(rule: Rule, text: string): boolean {
  return !rule.context.length || rule.context.some((word) => text.includes(word));
}

/** Start offsets of every occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

function wordingWith(rules: Rule[], word: string, question: string): string[] {
  const w = normalized(word);
  const text = normalized(question);
  if ([...w].length < 2) return [];
  const spans = occurrences(text, w).map((start) => [start, start + w.length] as const);
  // A trigger inside a longer word is not the word ("物业费" is not "物业管理" because "物业" is).
  const covers = (trigger: string) => trigger === w || occurrences(text, trigger).some((s) => spans.some(([a, b]) => s <= a && b <= s + trigger.length));
  const added = new Set<string>();
  for (const rule of rules) {
    if (!appliesTo(rule, text) || !rule.triggers.some(covers)) continue;
    for (const phrase of rule.adds) if (!w.includes(phrase) && phrase !== w) added.add(phrase);
  }
  return [...added];
}
