// The parser's shortcuts (issue #15: ingest speed) must never change what a document parses into: each shortcut is
// checked against the slow path it skips.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../src/corpus/frontMatter.js';
import { INSTRUCTION_PATTERNS, isInstructionLike } from '../src/corpus/injection.js';
import { codePointLength, hasAtMostCodePoints } from '../src/text/codePoints.js';
import { toSimplified } from '../src/text/simplify.js';

/** mulberry32: the same "random" cases on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('instruction check: the word filter in front of the patterns', () => {
  it('flags exactly the sentences the patterns flag, over sentences made of the patterns’ own words', () => {
    const words = [...new Set(INSTRUCTION_PATTERNS.flatMap((p) => p.source.match(/[\u4e00-\u9fff]+|[A-Za-z]{2,}/g) ?? []))];
    const glue = ['，', '。', ' ', '：', '“', '（', 'AI', 'Ai', 'GPT', '不得', '请', '你', '您', '住房', '改造', '\n'];
    const pool = [...words, ...glue];
    const next = random(15);
    let flagged = 0;
    for (let i = 0; i < 20_000; i++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 7) }, () => pool[Math.floor(next() * pool.length)]);
      const sentence = parts.join(next() < 0.5 ? '' : ' ');
      const expected = INSTRUCTION_PATTERNS.some((p) => p.test(sentence));
      if (expected) flagged++;
      expect(isInstructionLike(sentence), sentence).toBe(expected);
    }
    expect(flagged).toBeGreaterThan(200);
  });
});

describe('front matter of quoted key lines (read without the YAML parser)', () => {
  // A trailing comment line sends the same block through the YAML parser: both readings must agree.
  const viaYaml = (block: string) => parseFrontMatter(`---\n${block}\n# 注释\n---\n正文`);
  const direct = (block: string) => parseFrontMatter(`---\n${block}\n---\n正文`);
  it.each([
    'title: "关于老旧小区改造的答复"\nnumber: "许建〔2020〕13号"\nkind: "reply"\ncompleteness: "partial"',
    'title: "  前后有空格  "\nissuer: ""',
    'title: "带 # 号和: 冒号以及\'单引号"\nsource: "http://example.gov.cn/a?b=1#c"',
    'kind: "policy"\ntype: "政策文件"\nlevel: "市"\nchannels: "C123"',
    'true: "布尔键"\nnull: "空键"',
    'title: "重复"\ntitle: "重复的键"',
    'date: "2021-11-30"',
  ])('%s', (block) => {
    const fast = direct(block);
    const slow = viaYaml(block);
    expect(fast.frontMatter).toEqual(slow.frontMatter);
    expect(fast.error === undefined).toBe(slow.error === undefined);
    expect(fast.body).toBe('正文');
  });
});

describe('traditional → simplified table', () => {
  const [traditional = '', simplified = ''] = readFileSync(new URL('../src/text/t2s.txt', import.meta.url), 'utf8').split('\n');
  const from = [...traditional];
  const to = [...simplified];

  it('folds every character of the table and leaves everything else, surrogate pairs included', () => {
    const map = new Map(from.map((ch, i) => [ch, to[i]]));
    const next = random(7);
    const alphabet = [...from.slice(0, 200), ...'城镇老旧小区改造，。 2021年abcＡＢ𠀀𠀁', '\ud800'];
    for (let i = 0; i < 2_000; i++) {
      const text = Array.from({ length: Math.floor(next() * 30) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const expected = [...text].map((ch) => map.get(ch) ?? ch).join('');
      expect(toSimplified(text)).toBe(expected);
    }
    expect(toSimplified('城鎮老舊小區')).toBe('城镇老旧小区');
  });
});

describe('character counts', () => {
  it('count characters as spreading the string does, surrogate pairs and lone halves included', () => {
    const next = random(3);
    const alphabet = ['a', '中', '𠀀', '\ud800', '\udc00', ' ', '。'];
    for (let i = 0; i < 1_500; i++) {
      const text = Array.from({ length: Math.floor(next() * 90) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const spread = [...text].length;
      expect(codePointLength(text)).toBe(spread);
      for (const max of [0, 1, 30, 40, 60]) expect(hasAtMostCodePoints(text, max)).toBe(spread <= max);
    }
  });
});
