// A sentence that refers back to a document ("根据该指导意见…") speaks at that document's level: a national question
// is answered by a national target quoted from a news article, never by a county's figure.
import { describe, expect, it } from 'vitest';
import { analyzeQuestion, answerMismatches } from '../src/grounding/evidenceGate.js';

const question = analyzeQuestion('2020年全国新开工改造城镇老旧小区多少个？');

function levelMismatch(quote: string, passageText: string) {
  return answerMismatches(question, [{ quote, title: '老旧小区改造如何投入?', section: '', origin: '某财经报', passageText }]).find((m) => m.kind === 'level');
}

describe('the level of a document referred back to', () => {
  it("a target set by 该指导意见 of the 国务院办公厅 answers the national question", () => {
    const quote = '根据该指导意见中设定的工作目标,2020年新开工改造城镇老旧小区3.9万个。';
    const passage = `2020年7月国务院办公厅发布的《关于全面推进城镇老旧小区改造工作的指导意见》提出了改造对象。${quote}`;
    expect(levelMismatch(quote, passage)).toBeUndefined();
  });

  it("a county's 该实施方案 is the county's plan, not a national figure", () => {
    const quote = '根据该实施方案,2020年新开工改造城镇老旧小区12个。';
    const passage = `县政府印发了《某县城镇老旧小区改造实施方案》。${quote}`;
    expect(levelMismatch(quote, passage)).toBeDefined();
  });

  it('a sentence that refers to no document and names no level is not national', () => {
    const quote = '2020年新开工改造城镇老旧小区3.9万个。';
    expect(levelMismatch(quote, `国务院办公厅发布了指导意见。${quote}`)).toBeDefined();
  });
});
