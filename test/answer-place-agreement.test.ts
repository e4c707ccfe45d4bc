// A question naming a place is answered from that place's documents (or from documents of no place, a national
// policy): sentences quoted from another place's reply are dropped, not presented as answering about the place asked.
import { describe, expect, it } from 'vitest';
import { leavesOutComparedPlace, withoutOtherPlaces } from '../src/answer/placeAgreement.js';
import { analyzeQuestion } from '../src/grounding/evidenceGate.js';
import { askedPlaces } from '../src/text/places.js';
import { citationOf, numberPassages } from '../src/grounding/passages.js';
import { makeChunk } from './support/services.js';

const asked = makeChunk({ docId: 'donghu', title: '对第12号提案的答复', origin: '东湖市住房和城乡建设局', text: '东湖市老旧小区改造资金由市财政统筹安排。' });
const other = makeChunk({ docId: 'xishan', title: '对第7号提案的答复', origin: '西山市住房和城乡建设局', text: '我市多方筹措改造资金，发挥财政杠杆作用。' });
const national = makeChunk({ docId: 'guoban', title: '关于全面推进城镇老旧小区改造工作的指导意见', text: '建立改造资金政府与居民合理共担机制。' });

function answerOf(chunks: typeof asked[]) {
  const passages = numberPassages(chunks.map((chunk) => ({ chunk, score: 1 })));
  const citations = passages.map((p) => citationOf(p.n, p.chunk, p.chunk.text));
  return { passages, answer: { answer: citations.map((c) => `${c.quote.replace(/。$/u, '')}[${c.n}]。`).join(''), citations } };
}

describe('an answer about a place quotes that place', () => {
  const analysis = analyzeQuestion('东湖市的老旧小区改造资金从哪里来？');

  it("drops another place's sentences and renumbers the rest", () => {
    const { passages, answer } = answerOf([asked, other, national]);
    const result = withoutOtherPlaces(analysis, answer, passages)!;
    expect(result.answer).not.toContain('杠杆');
    expect(result.answer).toContain('市财政统筹安排[1]');
    expect(result.answer).toContain('合理共担机制[2]');
    expect(result.citations.map((c) => c.docId)).toEqual(['donghu', 'guoban']);
  });

  it("keeps nothing when every sentence is another place's (the caller refuses)", () => {
    const { passages, answer } = answerOf([other]);
    expect(withoutOtherPlaces(analysis, answer, passages)?.citations).toEqual([]);
  });

  it('leaves an answer to a question naming no place alone', () => {
    const { passages, answer } = answerOf([asked, other]);
    expect(withoutOtherPlaces(analyzeQuestion('老旧小区改造资金从哪里来？'), answer, passages)).toBeUndefined();
  });
});

describe('what is left must be about the place asked', () => {
  const placeless = makeChunk({ docId: 'news', title: '加装电梯补助提高', text: '我市中心城区加装电梯补助提高到每台10万元。' });

  it("another place's sentences dropped leave no answer when a placeless one would lead", () => {
    const { passages, answer } = answerOf([other, placeless, asked]);
    expect(withoutOtherPlaces(analyzeQuestion('东湖市加装电梯每台补助多少钱？'), answer, passages)?.citations).toEqual([]);
  });

  it('leaves no stray punctuation where a sentence was dropped', () => {
    const { passages, answer } = answerOf([other, asked]);
    expect(withoutOtherPlaces(analyzeQuestion('东湖市的老旧小区改造资金从哪里来？'), answer, passages)!.answer).toBe('东湖市老旧小区改造资金由市财政统筹安排[1]。');
  });
});

describe('districts and comparisons', () => {
  it('reads a district named with 区 as a place, not an area kind (小区, 城区, 片区…)', () => {
    expect(askedPlaces('白沙区改造后小区的物业服务覆盖率是多少？')).toEqual(['白沙']);
    expect(askedPlaces('老旧小区改造中心城区有哪些片区？')).toEqual([]);
    expect(askedPlaces('经济开发区的居住区怎么改？')).toEqual([]);
    // 自治区 is a level (like 省), not a district named 自治.
    expect(askedPlaces('自治区财政的奖补标准是多少？')).toEqual([]);
  });

  const district = makeChunk({ docId: 'xs-news', title: '西山市白沙区推行片区化改造的做法', origin: '西山市住房和城乡建设局', text: '白沙区居民出资约占总投资的8%。' });

  it('finds a comparison answered for one of its places only', () => {
    const { passages, answer } = answerOf([district]);
    expect(leavesOutComparedPlace(analyzeQuestion('东湖市居民出资占比和西山白沙区比，哪个高？'), answer.citations, passages)).toBe(true);
  });

  it('lets a comparison answered for each place, and a question about one place, pass', () => {
    const both = answerOf([asked, district]);
    expect(leavesOutComparedPlace(analyzeQuestion('东湖市和西山白沙区比，哪个高？'), both.answer.citations, both.passages)).toBe(false);
    const one = answerOf([district]);
    expect(leavesOutComparedPlace(analyzeQuestion('西山市白沙区居民出资占比是多少？'), one.answer.citations, one.passages)).toBe(false);
  });
});

describe("a word the library writes before a unit's suffix", () => {
  it("is read as a place by 市/县/区/州, not by the 乡 of 乡村 (\"宜居乡村\")", () => {
    const asUnits = { placesWrittenAsUnits: true };
    expect(analyzeQuestion('宜居乡村建设有什么补助？', undefined, asUnits, undefined, '推进宜居乡村建设，每村补助10万元。').places).toEqual([]);
    expect(analyzeQuestion('美丽乡村建设有什么补助？', undefined, asUnits, undefined, '推进美丽乡村建设，每村补助10万元。').places).toEqual([]);
  });
});
