// "…补贴现在每台每年能领多少？" answered only by a proposal ("拟对…给予补贴，每台每年3000元") is refused, saying the
// library holds only a proposal; a question about the plan itself is answered by it. Library written for this test.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { figureOnlyProposed } from '../src/text/askedFigure.js';
import { libraryDocument, testLibrary } from './support/library.js';

const DRAFT = libraryDocument({ title: '松川市既有住宅加装电梯补助办法（讨论稿）起草说明' }, `松川市既有住宅加装电梯补助办法（讨论稿）起草说明

一、运营维护补贴
拟对加装电梯后前三年给予运营维护补贴，每台每年3000元，资金来源尚待与市财政局协商。
`);

const t = testLibrary({ files: { 'draft.txt': DRAFT } });

describe('a figure only proposed', () => {
  it('is no answer to what applies, and the answer to what is planned', () => {
    const proposal = ['拟对加装电梯后前三年给予运营维护补贴，每台每年3000元。'];
    expect(figureOnlyProposed('运营维护补贴现在每台每年能领多少？', proposal)).toBe(true);
    // A 送审稿 is no more in force than a 讨论稿 (drafting already read it so).
    expect(figureOnlyProposed('运营维护补贴现在每台每年能领多少？', ['送审稿明确，运营维护补贴每台每年3000元。'])).toBe(true);
    expect(figureOnlyProposed('运营维护补贴打算每台每年给多少？', proposal)).toBe(false);
    expect(figureOnlyProposed('运营维护补贴现在每台每年能领多少？', ['对加装电梯后前三年给予运营维护补贴，每台每年3000元。'])).toBe(false);
  });

  it('refuses "现在每台每年能领多少", saying only a proposal exists', async () => {
    const answer = await answerQuestion(t.services, '加装电梯的运营维护补贴现在每台每年能领多少？');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('拟议');
    expect(answer.answer).toContain('3000元');
  });
});
