// "经营期限延长到30年以后，哪些项目可以适用": the question takes a figure as adopted, and the library holds it only as a
// suggestion turned down ("延长到30年的建议暂不采纳"). Before, the reply's sentences on the suggestion stood as the answer.
import { describe, expect, it } from 'vitest';
import { presumedFigureOf, turnsDownFigure } from '../src/text/inForce.js';
import { expectAnswered, expectRefused, testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const REPLY = policyFile('关于延长停车场社会资本经营期限的建议的答复', '临川市住房和城乡建设局', [
  '您建议将停车场社会资本经营期限延长到30年。目前试点项目经营期限为20年，延长到30年的建议暂不采纳，我们将在试行期满后结合投资回收情况评估。',
]);

const ROADS = policyFile('关于管线施工开挖路面及时恢复的建议的答复', '临川市住房和城乡建设局', [
  '您建议开挖后5日内恢复路面。考虑到管线施工和检测需要，通知规定10日内恢复路面，自2025年3月1日起执行，5日的建议暂不采纳。',
]);

const library = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'reply.txt': REPLY, 'roads.txt': ROADS } });

describe('a figure the question takes as adopted, the library turns it down', () => {
  it("reads the figure a question takes as given, a span of days too", () => {
    expect(presumedFigureOf('开挖路面5日内恢复的规定从哪天起执行')).toEqual({ value: 5, unit: '日', written: '5日' });
    expect(presumedFigureOf('经营期限延长到30年以后，哪些项目可以适用')).toEqual({ value: 30, unit: '年', written: '30年' });
    expect(turnsDownFigure('通知规定10日内恢复路面，5日的建议暂不采纳。', { value: 5, unit: '日' })).toBe(true);
    expect(turnsDownFigure('通知规定10日内恢复路面，5日的建议暂不采纳。', { value: 10, unit: '日' })).toBe(false);
  });

  it("refuses what is asked of a figure only turned down, quoting the sentence that turns it down", async () => {
    const a = await expectRefused(library, '停车场经营期限延长到30年以后，哪些项目可以适用？');
    expect(a.answer).toContain('暂不采纳');
    const b = await expectRefused(library, '开挖路面5日内恢复的规定从哪天起执行？');
    expect(b.answer).toContain('5日的建议暂不采纳');
  });

  it("still answers the figure in force and the question on the suggestion itself", async () => {
    await expectAnswered(library, '开挖路面10日内恢复的规定从哪天起执行？', '2025年3月1日');
    await expectAnswered(library, '停车场经营期限延长到30年的建议采纳了吗？', '暂不采纳');
  });
});
