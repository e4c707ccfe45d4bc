// A reply's label for the suggestion it answers ("关于您提出的“…”的建议") holds the proposer's words: a sentence under it
// is not read with them, so a rule stated in a policy outranks the reply's mention of it. (Invented text.)
import { describe, expect, it } from 'vitest';
import { questionFocus } from '../src/answer/offline/index.js';
import { scoreSentences } from '../src/answer/offline/scoring.js';
import { passageContexts, weighTerms } from '../src/answer/offline/termWeights.js';
import { offlineTuning } from '../src/answer/offline/tuning.js';
import { numberPassages } from '../src/grounding/passages.js';
import { labelsSuggestionAnswered } from '../src/text/sectionLabels.js';
import { getTokenizer } from '../src/text/tokenizer.js';
import { makeChunk } from './support/services.js';

const SENTENCE = '对困难家庭已有减免政策，特困家庭免予缴纳。';

function bestOf(sectionPath: string, question: string, focusWords?: string[]) {
  const tokenizer = getTokenizer();
  const t = offlineTuning();
  const chunk = makeChunk({ docId: 'reply', title: '白河市住房和城乡建设局关于第8号提案的答复', sectionPath, text: SENTENCE });
  const passages = numberPassages([{ chunk, score: 1 }]);
  const contexts = passageContexts(passages);
  const focus = questionFocus(tokenizer, question);
  const options = focusWords ? { focusWords: { words: focusWords, abbreviations: [] } } : {};
  const [best] = scoreSentences({ focus, terms: weighTerms(tokenizer, focus, contexts, t), contexts }, passages, options, t);
  return best;
}

const scoreOf = (sectionPath: string, question: string) => bestOf(sectionPath, question).sentenceCoverage;

describe('a reply’s label for the suggestion it answers', () => {
  it('is recognised in each of its forms, and no other heading is', () => {
    expect(labelsSuggestionAnswered('关于您提出的“电梯维保费用由财政承担”的建议')).toBe(true);
    expect(labelsSuggestionAnswered('针对您所提的“增加停车位”的建议')).toBe(true);
    expect(labelsSuggestionAnswered('关于第三条建议（提高补助标准）')).toBe(true);
    expect(labelsSuggestionAnswered('三、居民出资')).toBe(false);
    expect(labelsSuggestionAnswered('【资金由谁承担】')).toBe(false);
    expect(labelsSuggestionAnswered('关于进一步做好加装电梯工作的通知')).toBe(false);
  });

  it('lends its words to no sentence under it, as a section heading does', () => {
    const question = '电梯维保费用由财政承担吗';
    const alone = scoreOf('', question);
    expect(scoreOf('关于您提出的“电梯维保费用由财政承担”的建议', question)).toBe(alone);
    expect(scoreOf('（三）电梯维保费用由财政承担', question)).toBeGreaterThan(alone);
  });

  it('holds no focus word for a sentence under it, as a section heading does', () => {
    const question = '电梯维保费用由财政承担吗';
    expect(bestOf('关于您提出的“电梯维保费用由财政承担”的建议', question, ['维保']).onFocus).toBe(false);
    expect(bestOf('一、加装电梯 > 关于第二条建议（电梯维保费用）', question, ['维保']).onFocus).toBe(false);
    expect(bestOf('（三）电梯维保费用由财政承担', question, ['维保']).onFocus).toBe(true);
  });
});
