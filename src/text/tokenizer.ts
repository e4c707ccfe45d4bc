import { readFileSync } from 'node:fs';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { boundedMemo } from '../boundedMemo.js';
import { simplifiedCompatible } from './simplify.js';
import { COUNTERS, RANGE_SYMBOLS, yearsAsDigits } from './numerals.js';

export interface Tokenizer {
  /** Precise-mode words (punctuation and spaces included), for sentence and query scoring. */
  cut(text: string): string[];
  /** Search-mode words: long words plus their dictionary sub-words, for the index. */
  cutForSearch(text: string): string[];
  /**
   * Normalised search terms from precise-mode words: traditional characters folded to simplified, years written digit by
   * digit in Chinese numerals in Arabic digits ("二〇二四年" → "2024年"), lowercased, no stop
   * words or punctuation, numbers kept whole and joined with their units.
   */
  terms(text: string): string[];
  /** The same normalisation over search-mode words (plus long sub-words): what the lexical index and its queries use. */
  searchTerms(text: string): string[];
}

const DOMAIN_DICT_URL = new URL('./domain-dict.txt', import.meta.url);

/** Function words and question words that carry no topic; numbers and single content characters are kept. */
const STOP_WORDS = new Set(
  (
    '的 了 着 过 是 在 和 与 及 以及 或 或者 等 等等 对 对于 把 被 将 由 从 向 于 为 为了 以 之 其 其中 该 此 这 这个 这些 那 那个 那些 ' +
    '也 都 就 而 并 并且 且 又 还 但 但是 则 即 如 如果 因为 所以 因此 我 我们 你 你们 他 他们 她 它 有 没有 无 ' +
    '吗 呢 吧 啊 呀 哦 么 什么 怎么 怎样 怎么样 如何 多少 几 哪 哪些 哪个 哪里 哪儿 哪位 哪次 谁 为什么 为何 是否 能否 可否 ' +
    '请问 一下 一些 有些 各 每 个 些 上 下 中 里 内 到 给 让 要 会 能 可以 应该 应当 需要 已 已经 目前 现在 ' +
    '分别 一共 共 总共 大约 大概 左右 问 答 请 谢谢 ' +
    // Spoken yes/no and question forms ("有没有", "算不算", "为啥"): common in staff questions, never a topic.
    '有没有 是不是 能不能 算不算 要不要 会不会 可不可以 给不给 行不行 为啥 啥 咋 怎么回事'
  ).split(/\s+/),
);

/**
 * Measure words and units that belong to the number before them ("26万元", "6077户", "2000年"): the counters, and
 * 部, 届, 号 ("两部", "第三届", "15号"), which follow a number as well but are no how-many ask's unit (see followUps.ts).
 */
const UNIT_PATTERN = new RegExp(
  `^(?:[万亿千百]?(?:元|美元)|[万亿]|万?平方米|平方公里|万户|[${COUNTERS}部届号]|年|月|日|年度|米|公里|千米|吨|倍|%|‰|余个|余户|多个)$`,
);
const NUMBER_PATTERN = /^\d+(?:\.\d+)?$/;
/** The signs a range is written with: the symbols and the words 至, 到 ("1至9月"); the tokenizer joins the two ends with "~". */
const RANGE_SIGNS = [...RANGE_SYMBOLS, '至', '到'];
const RANGE_PATTERN = new RegExp(`^(?:${RANGE_SIGNS.join('|')})$`);
const JOINED_RANGE = /^(\d+(?:\.\d+)?)~(\d+(?:\.\d+)?)(.*)$/u;
/**
 * A range the segmenter keeps as one word ("1-9" in "1-9月", from "1－9月" too) while "1—9" comes in three: read as its
 * two ends and the sign, as the other signs are. Symbols only (至, 到 come as words of their own);
 * short figures only: "0570-3086120" is a telephone number.
 */
const RANGE_WORD = new RegExp(`^(\\d{1,4})(${RANGE_SYMBOLS.join('|')})(\\d{1,4})$`, 'u');

/**
 * A range term as documents write it ("1~9月" → 1~9月, 1-9月, 1—9月, 1–9月, 1至9月, 1到9月): the tokenizer joins a
 * range's ends with "~" whatever sign was used, while a passage's text keeps its own sign. Any other term: itself.
 */
export function rangeWrittenForms(term: string): string[] {
  const m = term.match(JOINED_RANGE);
  return m ? RANGE_SIGNS.map((sign) => `${m[1]}${sign}${m[2]}${m[3]}`) : [term];
}
const WORD_PATTERN = /[\p{L}\p{N}]/u;

let instance: Tokenizer | undefined;
let jiebaInstance: Jieba | undefined;

/** The process-wide tokenizer; jieba's dictionary and the domain dictionary load on the first call only. */
export function getTokenizer(): Tokenizer {
  instance ??= createTokenizer(getJieba());
  return instance;
}

/** The process-wide jieba with the domain dictionary (for part-of-speech tagging; words come from getTokenizer). */
export function getJieba(): Jieba {
  jiebaInstance ??= loadJieba();
  return jiebaInstance;
}

function loadJieba(): Jieba {
  const jieba = Jieba.withDict(dict);
  jieba.loadDict(readFileSync(DOMAIN_DICT_URL));
  return jieba;
}

let domainNouns: Set<string> | undefined;

/** Whether the domain dictionary lists the word as a noun ("集中供暖"): a thing of the field, whatever its parts. */
export function isDomainNoun(word: string): boolean {
  domainNouns ??= new Set(
    readFileSync(DOMAIN_DICT_URL, 'utf8')
      .split('\n')
      .map((line) => line.trim().split(/\s+/u))
      .filter(([, , tag]) => tag?.startsWith('n'))
      .map(([w]) => w),
  );
  return domainNouns.has(word);
}

/** How the dictionary reads a verb it takes for a noun (少收/n). */
const NOUN_TAG = 'n';

/**
 * "多建集中充电车棚", "少收或者不收", "多设休息座椅", "少跑一趟": 多 or 少 glued to a one-character verb, which the tagger reads as
 * one word it does not know or takes for a noun. It asks for more or less of that action, so it is a verb; words the
 * dictionary knows otherwise (多亏, 多余, 多用, 多谢) are not.
 */
export function isMoreOrLessOfAction(word: string): boolean {
  if (!/^[多少]\p{Script=Han}$/u.test(word)) return false;
  let known = moreOrLessOfAction.get(word);
  if (known === undefined) {
    known = readsAsMoreOrLessOfAction(word);
    moreOrLessOfAction.set(word, known);
  }
  return known;
}

/** isMoreOrLessOfAction by word: each 多X / 少X is tagged once (drafting asks it of a clause's first words, twice over). */
const moreOrLessOfAction = new Map<string, boolean>();

function readsAsMoreOrLessOfAction(word: string): boolean {
  const whole = getJieba().tag(word, false);
  // Not in the dictionary, the word comes apart (多 + 建), its verb tagged with it; in it, only as a noun.
  if (whole.length === 2) return whole[1].tag === 'v';
  return whole[0]?.tag === NOUN_TAG && getJieba().tag(word.slice(1), false)[0]?.tag === 'v';
}

function createTokenizer(jieba: Jieba): Tokenizer {
  const prepare = (text: string) => yearsAsDigits(simplifiedCompatible(text));
  const longSubwords = longSubwordsOf(jieba);
  return {
    cut: (text) => jieba.cut(text, true),
    cutForSearch: (text) => jieba.cutForSearch(text, true),
    terms: (text) => normaliseWords(jieba.cut(prepare(text), true)),
    searchTerms: (text) => normaliseWords(withLongSubwords(longSubwords, jieba.cutForSearch(prepare(text), true))),
  };
}

/**
 * The text without the given words where each stands as whole tokenizer words (one, or several in a row: "一定期限" is
 * 一定 + 期限); inside a longer word it stays ("范围" in "扩大范围", which the tokenizer reads as one word).
 */
export function withoutWholeWords(text: string, words: string[]): string {
  if (!words.length) return text;
  const boundaries = new Set<number>([0]);
  let at = 0;
  for (const token of getTokenizer().cut(text)) boundaries.add((at += token.length));
  const cuts: [number, number][] = [];
  for (const w of words.filter(Boolean)) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      if (boundaries.has(i) && boundaries.has(i + w.length)) cuts.push([i, i + w.length]);
    }
  }
  const removed = new Set(cuts.flatMap(([from, to]) => Array.from({ length: to - from }, (_, k) => from + k)));
  // Offsets are UTF-16 code units on both sides (indexOf, token lengths).
  return text.split('').filter((_, i) => !removed.has(i)).join('');
}

/** Words this long or longer get their long dictionary sub-words added (see withLongSubwords). */
const LONG_WORD = 5;
/** Long words whose sub-words are remembered; the cache starts over past this (a million chunks have many). */
const SUBWORD_CACHE_SIZE = 100_000;

/** The dictionary words of four or more characters inside a long word, cut once per distinct word (jieba is fixed). */
function longSubwordsOf(jieba: Jieba): (word: string) => string[] {
  return boundedMemo(SUBWORD_CACHE_SIZE, (word: string) => jieba.cutAll(word).filter((sub) => sub.length >= 4 && sub !== word));
}

/**
 * Search mode only adds the 2- and 3-character words inside a long word, so "城镇老旧小区" would never meet a
 * question about "老旧小区"; the dictionary words of four or more characters inside a long word are added too.
 */
function withLongSubwords(subwordsOf: (word: string) => string[], words: string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    out.push(word);
    if (word.length < LONG_WORD) continue;
    for (const sub of subwordsOf(word)) out.push(sub);
  }
  return out;
}

/**
 * Lowercases, drops stop words, punctuation and spaces, and joins a number with a range and a unit that follow it,
 * so "26 万元" and "26万元" both give "26", "26万元" and "万元", and "100~200 元" gives "100", "200", "100~200" and "100~200元".
 */
export function normaliseWords(words: string[]): string[] {
  const out: string[] = [];
  const tokens: string[] = [];
  const kinds: TokenKind[] = [];
  for (const w of words) {
    const range = w.match(RANGE_WORD);
    for (const part of range ? range.slice(1) : [w]) {
      const known = tokenOf(part);
      if (known.kind === TokenKind.Empty) continue;
      tokens.push(known.token);
      kinds.push(known.kind);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (kinds[i] === TokenKind.Number) {
      i = pushNumber(tokens, i, out);
      continue;
    }
    if (kinds[i] === TokenKind.Word) out.push(tokens[i]);
  }
  return out;
}

const enum TokenKind {
  Empty,
  Number,
  /** Punctuation, spaces or a stop word: kept only as a neighbour of a number (a range sign, a unit). */
  Dropped,
  Word,
}

interface KnownToken {
  token: string;
  kind: TokenKind;
}

/** Distinct words classified; the cache starts over past this. */
const TOKEN_CACHE_SIZE = 200_000;
/**
 * Each distinct word's lowercased form and kind, worked out once: an ingest normalises every word of the corpus, and
 * a corpus has few distinct words (trimming, lowercasing and two pattern tests per word were most of the cost).
 */
const tokenOf = boundedMemo(TOKEN_CACHE_SIZE, classify);

function classify(word: string): KnownToken {
  const token = word.trim().toLowerCase();
  if (token === '') return { token, kind: TokenKind.Empty };
  if (NUMBER_PATTERN.test(token)) return { token, kind: TokenKind.Number };
  if (!WORD_PATTERN.test(token) || STOP_WORDS.has(token)) return { token, kind: TokenKind.Dropped };
  return { token, kind: TokenKind.Word };
}

/** Emits the number terms starting at tokens[i]; returns the index of the last token consumed. */
function pushNumber(tokens: string[], i: number, out: string[]): number {
  let value = tokens[i];
  out.push(value);
  let last = i;
  if (RANGE_PATTERN.test(tokens[i + 1] ?? '') && NUMBER_PATTERN.test(tokens[i + 2] ?? '')) {
    out.push(tokens[i + 2]);
    value = `${value}~${tokens[i + 2]}`;
    out.push(value);
    last = i + 2;
  }
  const unit = tokens[last + 1];
  if (unit !== undefined && UNIT_PATTERN.test(unit)) {
    // The unit alone too, so "多少户" meets "6077户".
    out.push(value + unit);
    if (!STOP_WORDS.has(unit)) out.push(unit);
    last += 1;
  }
  return last;
}
