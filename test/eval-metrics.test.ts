import { describe, expect, it } from 'vitest';
import {
  citationSupport,
  firstHitRank,
  isAnswerAccurate,
  isCorrectRefusal,
  isRetrievalHit,
  mean,
  passageSupports,
  percentile,
  recallAtK,
  reciprocalRank,
} from '../src/eval/metrics.js';
import { summarizeQa, type QuestionResult } from '../src/eval/run.js';
import { extractNumbers, normalizeForMatch } from '../src/eval/text.js';
import { displayWidth, renderTable } from '../src/eval/table.js';
import { parseQuestionSet, QuestionSetError } from '../src/eval/questions.js';
import type { Citation, RetrievedPassage } from '../src/types.js';

const ranked = [
  { docId: 'a', section: '一、总体要求' },
  { docId: 'b', section: '二、关于资金的建议' },
  { docId: 'b', section: '三、关于物业的建议' },
  { docId: 'c', section: '' },
];

describe('retrieval metrics', () => {
  it('counts a hit on the same document when no section is expected', () => {
    expect(isRetrievalHit({ docId: 'b', section: 'x' }, { docId: 'b', section: '' })).toBe(true);
    expect(isRetrievalHit({ docId: 'a', section: 'x' }, { docId: 'b', section: '' })).toBe(false);
  });

  it('requires the section path to include the expected section when one is given', () => {
    const gold = { docId: 'b', section: '三、关于物业的建议' };
    expect(firstHitRank(ranked, gold)).toBe(3);
    expect(isRetrievalHit({ docId: 'b', section: '正文 > 三、关于物业的建议' }, gold)).toBe(true);
    expect(isRetrievalHit({ docId: 'b', section: '二、关于资金的建议' }, gold)).toBe(false);
  });

  it('computes recall@k and reciprocal rank from the first hit', () => {
    const gold = { docId: 'b', section: '三、关于物业的建议' };
    expect(recallAtK(ranked, gold, 1)).toBe(0);
    expect(recallAtK(ranked, gold, 3)).toBe(1);
    expect(reciprocalRank(ranked, gold)).toBeCloseTo(1 / 3);
    expect(reciprocalRank(ranked, gold, 2)).toBe(0);
    expect(reciprocalRank(ranked, { docId: 'z', section: '' })).toBe(0);
  });

  it('averages recall and MRR over answerable questions only', () => {
    const base = { question: 'q', answered: true, accurate: true, refusedCorrectly: null, citations: { supported: 0, total: 0, fromExpectedDoc: 0 }, latencyMs: 10, answerPreview: '' };
    const results: QuestionResult[] = [
      { ...base, id: '1', answerable: true, firstHitRank: 1 },
      { ...base, id: '2', answerable: true, firstHitRank: 4 },
      { ...base, id: '3', answerable: true, firstHitRank: null, accurate: false },
      { ...base, id: '4', answerable: false, firstHitRank: null, accurate: null, refusedCorrectly: true, answered: false },
    ];
    const report = summarizeQa(results);
    expect(report.retrieval.recallAt1).toBeCloseTo(1 / 3);
    expect(report.retrieval.recallAt5).toBeCloseTo(2 / 3);
    expect(report.retrieval.mrr).toBeCloseTo((1 + 0.25 + 0) / 3);
    expect(report.answerAccuracy).toBeCloseTo(2 / 3);
    expect(report.refusalAccuracy).toBe(1);
    expect(report.falseRefusalRate).toBe(0);
  });
});

describe('percentile and mean', () => {
  it('uses the nearest rank', () => {
    expect(percentile([40, 10, 30, 20], 50)).toBe(20);
    expect(percentile([40, 10, 30, 20], 100)).toBe(40);
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile(twenty, 99)).toBe(20);
    expect(percentile([7], 50)).toBe(7);
  });

  it('is null for no values rather than a fake zero', () => {
    expect(percentile([], 50)).toBeNull();
    expect(mean([])).toBeNull();
    expect(mean([1, 2, 6])).toBe(3);
  });
});

describe('answer accuracy and refusals', () => {
  it('accepts any one expected phrase, ignoring spaces and full-width digits', () => {
    expect(isAnswerAccurate({ answered: true, answer: '2019 年完成了 434 个老庭院改造。' }, ['434个', '四百三十四'])).toBe(true);
    expect(isAnswerAccurate({ answered: true, answer: '共完成４３４个。' }, ['434'])).toBe(true);
    expect(isAnswerAccurate({ answered: true, answer: '完成了 119 个。' }, ['434'])).toBe(false);
  });

  it('credits an answer quoting a document in traditional characters with the simplified phrase', () => {
    expect(isAnswerAccurate({ answered: true, answer: '項目於2020年5月全面復工[1]。' }, ['全面复工'])).toBe(true);
    expect(isAnswerAccurate({ answered: true, answer: '項目於2020年5月全面停工[1]。' }, ['全面复工'])).toBe(false);
  });

  it('does not credit a refusal that happens to repeat the figure', () => {
    expect(isAnswerAccurate({ answered: false, answer: '文件中没有 434 的依据。' }, ['434'])).toBe(false);
  });

  it('judges a refusal by the answered flag', () => {
    expect(isCorrectRefusal({ answered: false })).toBe(true);
    expect(isCorrectRefusal({ answered: true })).toBe(false);
  });
});

describe('citation precision', () => {
  const retrieved: RetrievedPassage[] = [
    { docId: 'x', title: 'X', section: '一、工作目标', text: '2022年计划改造老旧小区项目11个，涉及居民13029户。', score: 1 },
    { docId: 'y', title: 'Y', section: '', text: '老旧小区改造要坚持居民自愿。', score: 0.5 },
  ];
  const cite = (n: number, docId: string, section: string, quote: string): Citation => ({ n, docId, title: docId, number: null, section, quote, chunkId: `${docId}#0` });

  it('counts a citation whose passage holds the expected figure, even when the quote is short', () => {
    const result = citationSupport(
      { citations: [cite(1, 'x', '一、工作目标', '计划改造老旧小区项目'), cite(2, 'y', '', '坚持居民自愿')], retrieved },
      ['13029户'],
    );
    expect(result).toEqual({ supported: 1, total: 2 });
  });

  it('accepts shared key terms but not a mere mention of the topic', () => {
    expect(passageSupports('这是商品住房市场发展中的一个重要节点。', ['商品住房市场发展的重要节点'])).toBe(true);
    expect(passageSupports('商品住房是重要的民生问题。', ['商品住房市场发展的重要节点'])).toBe(false);
    expect(passageSupports('放宽到2005年底以前建成的小区', ['2000年底'])).toBe(false);
  });
});

describe('text helpers', () => {
  it('extracts figures across spaces and full-width forms', () => {
    expect(extractNumbers('2019 年完成 434 个，投入１.18亿元，占15%，共 1,234 户')).toEqual(['2019', '434', '1.18', '15%', '1234']);
    expect(normalizeForMatch('２０２１ 至 2025 年')).toBe('2021至2025年');
  });

  it('pads CJK text by display width so columns line up', () => {
    expect(displayWidth('答复ab')).toBe(6);
    const lines = renderTable(['名称', 'n'], [['老旧小区', '1'], ['ab', '22']]).split('\n');
    expect(displayWidth(lines[2])).toBe(displayWidth(lines[3]));
  });
});

describe('question set loader', () => {
  it('parses valid lines and skips blank ones', () => {
    const text = [
      '{"id":"q1","question":"许昌2019年完成多少个？","docId":"d1","section":"","expect":["434"],"answerable":true}',
      '',
      '{"id":"u1","question":"明天下雨吗？","docId":null,"expect":[],"answerable":false}',
    ].join('\n');
    const questions = parseQuestionSet(text);
    expect(questions.map((q) => q.id)).toEqual(['q1', 'u1']);
    expect(questions[1].section).toBe('');
  });

  it('lists every bad line with its number', () => {
    const text = [
      '{"id":"q1","question":"?","docId":"d1","expect":["1"],"answerable":true}',
      'not json',
      '{"id":"q2","question":"","docId":"d1","answerable":true}',
      '{"id":"q3","question":"有文件吗","docId":null,"answerable":true}',
      '{"id":"q1","question":"重复","docId":"d1","answerable":true}',
    ].join('\n');
    try {
      parseQuestionSet(text, 'qa.jsonl');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(QuestionSetError);
      const problems = (err as QuestionSetError).problems.join('\n');
      expect(problems).toMatch(/第 2 行/u);
      expect(problems).toMatch(/第 3 行/u);
      expect(problems).toMatch(/第 4 行.*docId/u);
      expect(problems).toMatch(/第 5 行.*重复/u);
    }
  });
});

describe('question set against a corpus', () => {
  it('lists expected documents the corpus does not hold', async () => {
    const { unknownDocIds } = await import('../src/eval/evaluate.js');
    const { memorySearcher, makeChunk } = await import('./support/services.js');
    const search = memorySearcher([makeChunk({ docId: 'have', text: '老旧小区改造' })]);
    const questions = parseQuestionSet(
      [
        '{"id":"a","question":"一","docId":"have","answerable":true}',
        '{"id":"b","question":"二","docId":"missing","answerable":true}',
        '{"id":"c","question":"三","docId":null,"answerable":false}',
      ].join('\n'),
    );
    expect(unknownDocIds(questions, { search })).toEqual(['missing']);
  });
});
