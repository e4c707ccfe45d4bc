// A question naming a document and asking what one of its sections says: the document's untitled opening (title,
// 文号, addressee, preamble) matches the name, but the answer is in the section right after it in the ranking, which
// comes first. When the opening itself holds what is asked (a deadline, the addressee, how long the rules last) it
// stays first. Another document's chunk is never moved, and a titled first candidate stays.
import { describe, expect, it } from 'vitest';
import { titledSectionFirst } from '../src/retrieval/titledSectionFirst.js';
import { smallLibraryForBlock } from './support/smallLibrary.js';

const REPLY = [
  '---',
  'title: "乙市住房和城乡建设局关于丙区加装电梯补助申请的复函"',
  'number: "乙住建函〔2031〕8号"',
  'kind: "reply"',
  '---',
  '',
  '乙市住房和城乡建设局关于丙区加装电梯补助申请的复函',
  '',
  '乙住建函〔2031〕8号',
  '',
  '丙区住房和城乡建设局：',
  '你局《关于申请丙区既有住宅加装电梯补助资金的请示》（丙住建〔2031〕3号）收悉。你局报来的加装电梯补助申请涉及12个小区、36台电梯，申请市级补助资金432万元。经研究，现就丙区加装电梯补助申请复函如下：',
  '',
  '一、关于补助标准',
  '同意按每台12万元给予补助，不再另行追加。',
  '',
  '二、关于资金拨付',
  '补助资金由市财政于6月30日前拨付到区财政。',
  '',
  '三、其他',
  '请你局做好施工安全监管。',
].join('\n');

const NOTICE = [
  '---',
  'title: "戊市住房和城乡建设局关于做好2031年度屋面防水维修补助申请工作的通知"',
  'number: "戊住建〔2031〕12号"',
  'kind: "policy"',
  '---',
  '',
  '戊市住房和城乡建设局关于做好2031年度屋面防水维修补助申请工作的通知',
  '',
  '戊住建〔2031〕12号',
  '',
  '各区住房和城乡建设局，市房屋维修服务中心：',
  '为做好2031年度屋面防水维修补助申请工作，现将有关事项通知如下。本通知自2031年3月1日起执行，有效期两年；年度补助申请受理截止时间为2031年10月31日。',
  '',
  '一、申请条件',
  '房龄满十五年、屋面出现渗漏的住宅，经业主大会同意后可以申请补助。',
  '',
  '二、申请材料',
  '申请补助须提交渗漏鉴定报告、维修预算书和业主大会决议。',
  '',
  '三、工作要求',
  '各区每月5日前将上月受理情况报市局，市局每季度通报一次。',
].join('\n');

const GUIDE = [
  '---',
  'title: "丁市既有住宅加装电梯工作指引"',
  'kind: "policy"',
  '---',
  '',
  '一、适用范围',
  '本指引适用于丁市城镇范围内四层及以上、未设电梯的既有住宅。',
  '',
  '二、补助标准',
  '加装电梯的，市级按每台10万元给予补助。',
].join('\n');

describe("a document's untitled opening and its titled sections", () => {
  const library = smallLibraryForBlock({ reply: REPLY, notice: NOTICE, guide: GUIDE }, 'replies');

  const firstTwo = async (question: string, titledSectionDepth?: number) =>
    (await library.searcher.search(question, { k: 3, tuning: { askedKindDepth: 0, ...(titledSectionDepth === undefined ? {} : { titledSectionDepth }) } }))
      .slice(0, 2)
      .map((h) => [h.chunk.docId, h.chunk.sectionPath]);

  it("keeps the named document's section that holds a word asked first, and the opening when no section word is beyond it", async () => {
    expect(await firstTwo('乙住建函〔2031〕8号里补助资金什么时候拨付')).toEqual([['reply', '二、关于资金拨付'], ['reply', '']]);
    // "拨到区里": the section states the time but no word of the question the opening lacks.
    expect(await firstTwo('乙住建函〔2031〕8号里补助资金什么时候拨到区里')).toEqual([['reply', ''], ['reply', '二、关于资金拨付']]);
  });

  // In each, the notice's own section ranks second: the opening yielded to it before the stage checked what it holds.
  it('keeps the opening first when it states the deadline asked', async () => {
    const [first, second] = await firstTwo('戊住建〔2031〕12号的补助申请受理截止到什么时候');
    expect([first, second[0]]).toEqual([['notice', ''], 'notice']);
  });

  it('keeps the opening first when it says how long the notice lasts', async () => {
    const [first, second] = await firstTwo('屋面防水维修补助申请的通知有效期多久');
    expect([first, second[0]]).toEqual([['notice', ''], 'notice']);
  });

  it('keeps the opening first when it names who the notice is sent to', async () => {
    const [first, second] = await firstTwo('戊住建〔2031〕12号发给了哪些单位');
    expect([first, second[0]]).toEqual([['notice', ''], 'notice']);
  });
});

describe('titledSectionFirst', () => {
  interface Passage {
    doc: string;
    path: string;
    text: string;
  }
  const of = { docId: (c: Passage) => c.doc, sectionPath: (c: Passage) => c.path, title: () => '己市物业服务收费管理办法', text: (c: Passage) => c.text };
  const opening = { doc: 'a', path: '', text: '己市物业服务收费管理办法。本办法自2032年1月1日起施行，有效期五年。' };
  const fees = { doc: 'a', path: '二、收费标准', text: '多层住宅物业服务费每月每平方米0.8元，电梯住宅每月每平方米1.5元。' };
  const other = { doc: 'b', path: '一、收费标准', text: '物业服务费每月每平方米1元。' };
  const asksFee = '己市物业服务收费管理办法里电梯住宅的物业服务费是多少';

  it("moves the same document's section holding what is asked ahead of the opening", () => {
    expect(titledSectionFirst(asksFee, [opening, fees, other], 2, of)).toEqual([fees, opening, other]);
  });

  it('leaves the opening first when it holds what is asked and the section does not', () => {
    expect(titledSectionFirst('己市物业服务收费管理办法什么时候开始施行', [opening, fees, other], 2, of)).toEqual([opening, fees, other]);
    expect(titledSectionFirst('己市物业服务收费管理办法有效期多久', [opening, fees, other], 2, of)).toEqual([opening, fees, other]);
  });

  it("never passes another document's chunk over it", () => {
    expect(titledSectionFirst(asksFee, [opening, other, fees], 2, of)).toEqual([opening, other, fees]);
  });

  it('leaves a titled first candidate, and everything at depth 0', () => {
    expect(titledSectionFirst(asksFee, [other, opening, fees], 2, of)).toEqual([other, opening, fees]);
    expect(titledSectionFirst(asksFee, [opening, fees, other], 0, of)).toEqual([opening, fees, other]);
  });
});

describe("titledSectionFirst when the question's words are all in the title or the section lacks them", () => {
  interface Passage {
    doc: string;
    path: string;
    text: string;
  }
  const title = '庚市2033年城镇燃气管道更新工作情况通报';
  const of = { docId: (c: Passage) => c.doc, sectionPath: (c: Passage) => c.path, title: () => title, text: (c: Passage) => c.text };
  const opening = { doc: 'g', path: '', text: `${title}。2033年，全市更新城镇燃气管道415公里，涉及住户2.3万户。` };
  const plan = { doc: 'g', path: '二、2034年工作安排', text: '2034年计划更新城镇燃气管道150公里，年底前全部完工。' };
  const duties = { doc: 'g', path: '三、工作要求', text: '各区要压实属地责任，每月报送工作进展。' };

  it("keeps the opening's figure first when every word asked is in the title", () => {
    expect(titledSectionFirst('城镇燃气管道更新了多少公里？', [opening, plan, duties], 2, of)).toEqual([opening, plan, duties]);
  });

  it('keeps the opening first over a section holding no word asked, for a question asking neither a time nor a figure', () => {
    expect(titledSectionFirst('燃气管道更新涉及哪些住户？', [opening, duties, plan], 2, of)).toEqual([opening, duties, plan]);
  });

  it('still moves a section holding a word asked that the opening lacks', () => {
    expect(titledSectionFirst('燃气管道更新有哪些工作要求？', [opening, duties, plan], 2, of)).toEqual([duties, opening, plan]);
  });
});
