import { describe, expect, it } from 'vitest';
import { fuseRecalls } from '../src/retrieval/fusion.js';
import { headingMatch, namedHeadingMatch, rerank, type RerankContext } from '../src/retrieval/rerank.js';
import { SEARCH_DEFAULTS } from '../src/retrieval/searchDefaults.js';
import { getTokenizer } from '../src/text/index.js';
import type { Chunk } from '../src/types.js';

const r = (index: number, score: number) => ({ index, score });

describe('fusion of hashed local vectors with BM25', () => {
  const local = SEARCH_DEFAULTS.fusion.local;

  it('never lets a vector-only hit displace a strong BM25 hit', () => {
    // BM25: 1 is strong, 2 and 3 weak. Vectors rank 9 (unknown to BM25) first and 1 last.
    const lexical = [r(1, 10), r(2, 3), r(3, 2)];
    const vector = [r(9, 0.9), r(3, 0.8), r(2, 0.7), r(1, 0.1)];
    const fused = fuseRecalls(vector, lexical, { ...local, vectorWeight: 5 });
    expect(fused[0].index).toBe(1);
    expect(fused.map((f) => f.index)).toContain(9);
  });

  it('fills in from the vectors where BM25 finds nothing', () => {
    const fused = fuseRecalls([r(7, 0.5), r(8, 0.4)], [], local);
    expect(fused.map((f) => f.index)).toEqual([7, 8]);
  });

  it('keeps BM25 order among its hits when the vectors disagree (vectors only break ties)', () => {
    const lexical = [r(1, 10), r(2, 9.9), r(3, 9.8)];
    const vector = [r(3, 0.9), r(2, 0.8), r(1, 0.7)];
    expect(fuseRecalls(vector, lexical, local).map((f) => f.index)).toEqual([1, 2, 3]);
  });

  it('ranks every BM25 hit in BM25 order, weak ones too, and puts vector-only hits after them', () => {
    // 1 strong; 2 and 3 weak; the vectors put 3 first and miss 2; 9 only the vectors find.
    const lexical = [r(1, 10), r(2, 3), r(3, 2)];
    const vector = [r(3, 0.9), r(9, 0.8)];
    expect(fuseRecalls(vector, lexical, local).map((f) => f.index)).toEqual([1, 2, 3, 9]);
  });

  it('with a real embedding model both lists count evenly', () => {
    const lexical = [r(1, 10), r(2, 9)];
    const vector = [r(2, 0.9), r(3, 0.8), r(1, 0.1)];
    expect(fuseRecalls(vector, lexical, SEARCH_DEFAULTS.fusion.model)[0].index).toBe(2);
  });
});

describe('rerank stage', () => {
  const chunk = (ordinal: number, sectionPath: string, text: string): Chunk => ({
    id: `d#${ordinal}`, docId: 'd', title: '某市实施方案', number: null, kind: 'policy', sectionPath, text, start: 0, end: text.length, ordinal,
  });
  // Document frequencies of a small library: 工作原则 is rare, 老旧小区 and 改造 are everywhere.
  const df: Record<string, number> = { 工作: 40, 原则: 3, 工作原则: 2, 老旧小区: 90, 改造: 95, 资金: 20, 筹措: 4, 资金筹措: 2 };
  const ctx: RerankContext = { tokenizer: getTokenizer(), docFrequency: (t) => df[t] ?? 1, totalChunks: 100 };
  const settings = { headingWeight: SEARCH_DEFAULTS.headingWeight, headingMinShare: SEARCH_DEFAULTS.headingMinShare, proximityWeight: 0 };

  it('puts the section whose heading the question names first', () => {
    const preamble = { chunk: chunk(0, '', '为做好老旧小区改造工作，坚持以人民为中心，按照工作原则和有关要求，制定本方案。'), score: 1 };
    const principles = { chunk: chunk(1, '二、工作原则', '坚持政府统筹，调动各方参与；坚持因地制宜，突出重点。'), score: 0.9 };
    const ranked = rerank('老旧小区改造的工作原则有哪些？', [preamble, principles], settings, ctx);
    expect(ranked[0]).toBe(principles);
  });

  it('does not lift a heading whose words the question only scatters ("补助按新标准算" is not the section 补助标准)', () => {
    const df2: Record<string, number> = { ...df, 补助: 5, 标准: 5, 补助标准: 3 };
    const ctx2: RerankContext = { ...ctx, docFrequency: (t) => df2[t] ?? 1 };
    const rule = { chunk: chunk(4, '', '2025年3月1日前取得联合审查意见的项目，补助仍按原标准执行。'), score: 1 };
    const standards = { chunk: chunk(5, '二、补助标准', '基本补助每台15万元。'), score: 0.95 };
    expect(rerank('我们2月拿到意见，补助按新标准算还是老标准算？', [rule, standards], settings, ctx2)[0]).toBe(rule);
    expect(rerank('补助标准是多少？', [rule, standards], settings, ctx2)[0]).toBe(standards);
  });

  it('finds a heading written in the question without its punctuation', () => {
    const asked = '资金筹措使用与管理有哪些要求';
    expect(namedHeadingMatch(asked, new Set(getTokenizer().searchTerms(asked)), '二、资金筹措、使用与管理', ctx)).toBeGreaterThanOrEqual(settings.headingMinShare);
  });

  it("does not lift a heading the question writes only as part of a candidate document's title", () => {
    const df3: Record<string, number> = { ...df, 考核: 4, 办法: 6, 考核办法: 2, 物业: 8, 分值: 3 };
    const ctx3: RerankContext = { ...ctx, docFrequency: (t) => df3[t] ?? 1 };
    const scoring = { chunk: { ...chunk(6, '二、考核内容和分值', '物业服务考核满分100分，其中居民评议30分。'), title: '某市物业服务考核办法' }, score: 1 };
    const otherDoc = { chunk: { ...chunk(7, '三、考核', '物业服务考核每年一次。'), title: '某县物业管理实施细则' }, score: 0.95 };
    const asked = '新的考核办法里居民评议占多少分';
    expect(rerank(asked, [scoring, otherDoc], settings, { ...ctx3, candidateTitles: [scoring.chunk.title, otherDoc.chunk.title] })[0]).toBe(scoring);
    // Without the titles the other document's section "考核" counts as named and is lifted.
    expect(rerank(asked, [scoring, otherDoc], settings, ctx3)[0]).toBe(otherDoc);
  });

  it('does not lift a heading that only shares common topic words with the question', () => {
    expect(headingMatch(new Set(getTokenizer().searchTerms('老旧小区改造资金怎么筹措')), '四、关于加快老旧小区改造进度的建议', ctx)).toBeLessThan(settings.headingMinShare);
    const other = { chunk: chunk(2, '四、关于加快老旧小区改造进度的建议', '资金由各级财政安排。'), score: 1 };
    const funding = { chunk: chunk(3, '', '改造资金采取政府补助、居民出资、社会投入多渠道筹措。'), score: 0.95 };
    expect(rerank('老旧小区改造资金怎么筹措？', [other, funding], settings, ctx)[0]).toBe(other);
  });
});
