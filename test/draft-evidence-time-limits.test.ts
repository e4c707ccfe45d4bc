// "严格执行外墙保温湿作业的截止日期", "明确补助资金拨付到项目的时限": the library states the limit itself ("宜在每年5月1日至
// 9月30日之间完成", "8月20日前将…资金全部拨付到项目"), never the words 截止日期 or 时限. The draft's gate required the
// word and quoted nothing, or quoted a sentence that merely repeats it; a stated limit now stands for it — only beside
// the thing the limit is on (a deadline for 开工 is no 拨付时限), and only in drafts.
import { describe, expect, it } from 'vitest';
import { createEvidenceContext, gatherEvidence, type SuggestionEvidence } from '../src/draft/evidence.js';
import { holdsLimitWord, statesTimeLimit } from '../src/text/deadlines.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const POINTS = documentChunks('baowen_yaodian_2025', { title: '既有建筑外墙保温工程技术要点', number: '', kind: 'policy' }, [
  ['五、施工条件', '（一）施工期间及完工后24小时内，环境温度和基层温度均不应低于5℃；风力5级以上停止施工。（二）严寒地区外保温湿作业宜在每年5月1日至9月30日之间完成。'],
  // A neighbouring section of the same document with a date on another thing: no limit on 湿作业.
  ['六、竣工验收', '外墙保温工程应当在竣工后30日内组织专项验收，验收资料报主管部门备案。'],
  // The words asked, with no date: before, the only sentence the draft could quote.
  ['十四、执行', '各省级住房和城乡建设部门可以根据本地气候特点，细化外墙保温湿作业截止日期。'],
]);
const FUNDS = [
  ...documentChunks('ducha_tongbao_2025', { title: '关于老旧小区改造督查情况的通报', number: '', kind: 'policy' }, [
    ['三、整改要求', '覃塘区要在8月20日前将已到位的市级补助资金全部拨付到项目，逾期未拨付的，市财政局在下达第二批资金时相应扣减。'],
  ]),
  // A work bulletin's deadline for starting work: a date, but no limit on paying the subsidy.
  ...documentChunks('tongji_kuaibao_2025', { title: '老旧小区改造统计快报', number: '', kind: 'policy' }, [
    ['五、下月工作重点', '11月是冲刺完工的关键月份，确保桂平市2个未开工小区11月10日前开工。'],
  ]),
  // The word 时限 on another matter, as a real library holds it.
  ...documentChunks('xinfang_tiaoli', { title: '信访工作规定', number: '', kind: 'policy' }, [['第十条', '信访事项的办理时限按照有关规定执行。']]),
];

const quoted = (e: SuggestionEvidence) => [...e.policy, ...e.done, ...e.elsewhere, ...e.reference, ...e.plans].map((x) => x.sentence);
const evidenceFor = async (chunks: typeof POINTS, text: string) => {
  const s = servicesOverChunks([...chunks, ...briefingChunks()], { stats: true });
  return gatherEvidence(createEvidenceContext(s.search, s.config.bureau), { index: 0, topic: text, text: `${text}。` });
};

describe('a time limit as the library states it', () => {
  it('reads a date to finish by, a span to act within or a date barred after as a limit, not the day a count was taken', () => {
    expect(statesTimeLimit('严寒地区外保温湿作业宜在每年5月1日至9月30日之间完成。')).toBe(true);
    expect(statesTimeLimit('严寒地区原则上不得在10月15日以后新开外墙保温工程。')).toBe(true);
    expect(statesTimeLimit('承办单位在2个工作日内联系反映人。')).toBe(true);
    expect(statesTimeLimit('截至8月31日已完成保温施工296个。')).toBe(false);
    expect(holdsLimitWord('时限', '在8月20日前全部拨付到项目')).toBe(true);
    expect(holdsLimitWord('补助', '在8月20日前全部拨付到项目')).toBe(false);
  });

  it('quotes the dates the library sets for the asked work as its 截止日期, not the acceptance deadline in the next section', async () => {
    const said = quoted(await evidenceFor(POINTS, '严格执行外墙保温湿作业的截止日期'));
    expect(said).toContainEqual(expect.stringContaining('5月1日至9月30日之间完成'));
    expect(said.join('')).not.toContain('竣工后30日内');
  });

  it('quotes a deadline to pay the subsidy as its 拨付时限, not a deadline to start work', async () => {
    const said = quoted(await evidenceFor(FUNDS, '明确补助资金拨付到项目的时限'));
    expect(said).toContainEqual(expect.stringContaining('8月20日前将已到位的市级补助资金全部拨付到项目'));
    expect(said.join('')).not.toContain('11月10日前开工');
  });

  it('leaves the ask a gap when the library sets a date only for another thing', async () => {
    expect(quoted(await evidenceFor(FUNDS.filter((c) => c.docId !== 'ducha_tongbao_2025'), '明确补助资金拨付到项目的时限'))).toEqual([]);
  });
});
