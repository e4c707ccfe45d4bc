// Cases a user found on the shipped corpus (issue #10): a comparison answers both sides or neither, parts of one place
// are not two places, a 第N号 in the question selects that reply.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { combineSides, comparisonSides } from '../src/answer/comparison.js';
import { askedKindsOf } from '../src/text/questionTypes.js';
import type { Answer } from '../src/types.js';
import { testLibrary } from './support/library.js';

const shipped = testLibrary();

const side = (docId: string, quote: string): Answer => ({
  question: '',
  answered: true,
  answer: `${quote}[1]`,
  citations: [{ n: 1, docId, title: '关于第1号建议的答复', number: '', section: '', quote, chunkId: `${docId}#0` }],
  retrieved: [],
  engine: { llm: 'offline', embeddings: 'local' },
});

describe('comparisons', () => {
  it('reads "一期和二期" as parts of one place, not as two places', () => {
    expect(comparisonSides('兴庆区一期和二期各改造了多少个小区？')).toBeUndefined();
    expect(comparisonSides('第一批和第二批分别有多少个小区？')).toBeUndefined();
  });

  it('reads "许昌和临湘…有什么不同" as two places (a place and a name the tagger takes for a person)', () => {
    expect(comparisonSides('许昌和临湘的老旧小区改造资金来源有什么不同？')?.sides).toEqual(['许昌', '临湘']);
  });

  it('does not give a side answered from another place as that side', () => {
    const compared = comparisonSides('盐城和湖州累计加装的电梯各有多少台？')!;
    const origins: Record<string, string> = { yc: '盐城市住房和城乡建设局', hz: '湖州市吴兴区住房和城乡建设局' };
    const both = combineSides(compared, [side('hz', '走进湖州市吴兴区，累计加装电梯211台。'), side('hz', '累计加装电梯211台。')], (d) => origins[d]);
    expect(both?.answered).toBe(false);
    expect(both?.answer).toContain('没有找到盐城的相关内容');
    const right = combineSides(compared, [side('yc', '累计加装电梯289台。'), side('hz', '累计加装电梯211台。')], (d) => origins[d]);
    expect(right?.answered).toBe(true);
  });

  it('answers both sides or neither: "许昌和临湘…有什么不同" is not answered with 许昌 alone', async () => {
    const answer = await answerQuestion(shipped.services, '许昌和临湘的老旧小区改造资金来源有什么不同？');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('没有找到临湘的相关内容');
  });

  it('does not name a side as mentioning X with a sentence that holds no word of X', async () => {
    const compared = comparisonSides('许昌和临湘哪个提到了停车？')!;
    const origins: Record<string, string> = { xc: '许昌市住房和城乡建设局', lx: '临湘市住房和城乡建设局' };
    const offTopic = combineSides(compared, [side('xc', '坚持以居民为主体、为民惠民的原则。'), { ...side('lx', ''), answered: false }], (d) => origins[d]);
    expect(offTopic).toBeUndefined();
    const onTopic = combineSides(compared, [side('xc', '建设游园、增设停车位。'), { ...side('lx', ''), answered: false }], (d) => origins[d]);
    expect(onTopic?.answer).toMatch(/^许昌：建设游园、增设停车位/u);
    const answer = await answerQuestion(shipped.services, '北碚和清原哪个提到了地锁？');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/^清原：.*地锁/u);
  });

  it('still answers "哪边提到了…" with the side that does', async () => {
    const answer = await answerQuestion(shipped.services, '北碚和清原的停车答复，哪边提到了和交警联合执法？');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('交警');
  });
});

describe('a reply named by its number', () => {
  it('answers "第145号建议的办理结果是什么" from that reply, not another reply\'s feedback form', async () => {
    const answer = await answerQuestion(shipped.services, '第145号建议的办理结果是什么？');
    expect(answer.answered).toBe(true);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.every((c) => c.docId === 'beibei_rd19-3_no145_2023')).toBe(true);
    expect(answer.answer).not.toContain('对办理结果的评价');
  });

  it('finds the reply however its title writes the number: (88号), (第15号), 第16号“…”, 1号建议', async () => {
    const cases: [string, string][] = [
      ['第88号提案的办理结果是什么？', 'qingyuan_zx8-2_no88_2023'],
      ['第15号提案的办理结果是什么？', 'xihu_benxi_zx10-3_no15_2024'],
      ['第16号建议答复了什么？', 'xingqing_rd4-3_no16_2019'],
      ['1号建议的办理结果如何？', 'junshan_rd5-5_no1_2021'],
    ];
    for (const [q, docId] of cases) {
      const answer = await answerQuestion(shipped.services, q);
      expect(answer.citations.length, q).toBeGreaterThan(0);
      expect(answer.citations.every((c) => c.docId === docId), q).toBe(true);
      expect(answer.answer, q).not.toContain('对办理结果的评价');
    }
  });

  it('still answers a reply whose header gives its class with that class', async () => {
    const answer = await answerQuestion(shipped.services, '第104号提案的办理结果是什么？');
    expect(answer.answer).toContain('办理结果：B');
  });

  it('answers "…办理结果如何" of a reply with a class line by that line, not by the feedback form\'s rating', async () => {
    for (const q of ['许建政协〔2020〕13号的办理结果如何？', '第104号提案的办理结果怎么样']) {
      const answer = await answerQuestion(shipped.services, q);
      expect(answer.answer, q).toContain('办理结果：B');
      expect(answer.answer, q).not.toContain('对办理结果的评价');
    }
  });

  it('answers "…答复类别是什么" of a reply without a class line by what the reply says', async () => {
    const answer = await answerQuestion(shipped.services, '第88号提案的答复类别是什么？');
    expect(answer.answered).toBe(true);
    expect(answer.citations.every((c) => c.docId === 'qingyuan_zx8-2_no88_2023')).toBe(true);
  });
});

describe('a reply\'s sign-off', () => {
  it('never quotes a blank form field ("单位负责人:") as who is responsible, and still gives the 承办单位 line when asked who handled it', async () => {
    const who = await answerQuestion(shipped.services, '清原县停车难问题由谁负责解决？');
    expect(who.answer).not.toMatch(/单位负责人[:：]\s*\[/u);
    const handled = await answerQuestion(shipped.services, '清原停车难的提案是哪个单位承办的？');
    expect(handled.answer).toContain('清原满族自治县住房和城乡建设');
  });
});

describe('an item named by the heading of its section', () => {
  it('answers "工作原则第一条" with the first item under 工作原则, not the covering notice, and never quotes a cut-off mark', async () => {
    for (const [q, item] of [['工作原则第一条', '坚持政府统筹'], ['工作原则第二条是什么？', '科学谋划项目']]) {
      const answer = await answerQuestion(shipped.services, q);
      expect(answer.citations[0]?.section, q).toContain('工作原则');
      expect(answer.answer, q).toContain(item);
      // The truncated text ends "【以下原文未收录】": the collector's mark, not a sentence.
      expect(answer.answer, q).not.toContain('未收录');
    }
  });
});

describe('what a thing includes', () => {
  it('answers "老旧小区改造包括哪些内容" with the kinds (基础类/完善类/提升类), not the definition', async () => {
    for (const q of ['老旧小区改造包括哪些内容？', '老旧小区改造主要有哪些内容？']) {
      const answer = await answerQuestion(shipped.services, q);
      expect(answer.answered, q).toBe(true);
      expect(answer.answer, q).toMatch(/^改造内容分为基础类、完善类和提升类/u);
    }
  });
});

describe('the kinds a question asks', () => {
  it('are written as the thing with 内容 ("改造包括哪些内容" → 改造内容), and only for such a question', () => {
    expect(askedKindsOf('老旧小区改造包括哪些内容？')).toBe('改造内容');
    expect(askedKindsOf('改造包括哪些小区？')).toBeUndefined();
  });
});
