// What another document's repeal takes away from an answer: only a document it repeals whole, by its own title, done
// and not planned, by a document in force of the same place not older than it. Library written for this test.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { repealsWholeDocument } from '../src/text/inForce.js';
import { CONFIDENCE_GATE_OFF, libraryDocument, testLibrary } from './support/library.js';

const ALLOWANCE = libraryDocument(
  { title: '白岭市居家养老服务补贴办法', number: '白民规〔2021〕3号', date: '2021-04-01', issuer: '白岭市民政局' },
  `白岭市居家养老服务补贴办法

第一条 为支持老年人居家养老，制定本办法。

第四条 经评估失能的老年人，居家养老服务补贴标准为每人每月260元。
`,
);

/** A library of `files`, asked `question` (confidence gate off): the answer. */
function askedOf(files: Record<string, string>, question: string) {
  const t = testLibrary({ files });
  return () => answerQuestion(t.services, question, [], CONFIDENCE_GATE_OFF);
}

describe('a repeal another document states', () => {
  describe('does not end a document whose title sits inside the longer title it names', () => {
    const other = libraryDocument(
      { title: '白岭市社区助老食堂运营办法', number: '白民规〔2024〕1号', date: '2024-03-01', issuer: '白岭市民政局' },
      `白岭市社区助老食堂运营办法

第六条 在助老食堂就餐的老年人，居家养老服务补贴之外另按每人每月90元给予餐费补助。

第十四条 本办法自2024年4月1日起施行。《白岭市居家养老服务补贴办法实施细则》（白民〔2020〕6号）同时废止。
`,
    );
    const ask = askedOf({ 'allowance.txt': ALLOWANCE, 'canteen.txt': other }, '居家养老服务补贴标准每人每月多少');
    it('is answered from the document in force', async () => {
      const answer = await ask();
      expect(answer.answer).toContain('260元');
      expect(answer.citations[0]?.docId).toBe('allowance');
    });
  });

  describe('of one article does not end the rest of the document', () => {
    const partial = libraryDocument(
      { title: '白岭市关于调整居家养老服务评估程序的通知', number: '白民〔2023〕8号', date: '2023-05-01', issuer: '白岭市民政局' },
      `白岭市关于调整居家养老服务评估程序的通知

一、居家养老服务补贴的失能评估改由街道组织，评估结果每月公示。

二、《白岭市居家养老服务补贴办法》（白民规〔2021〕3号）第五条关于评估机构的规定同时废止。
`,
    );
    const ask = askedOf({ 'allowance.txt': ALLOWANCE, 'partial.txt': partial }, '居家养老服务补贴标准每人每月多少');
    it('is answered from the document in force', async () => {
      const answer = await ask();
      expect(answer.answer).toContain('260元');
      expect(answer.citations[0]?.docId).toBe('allowance');
    });
  });

  describe('only planned, in a reply, does not end the document in force', () => {
    const reply = libraryDocument(
      { title: '关于提高居家养老服务补贴标准建议的答复', number: '白民复〔2024〕2号', date: '2024-09-01', kind: 'reply', issuer: '白岭市民政局' },
      `关于提高居家养老服务补贴标准建议的答复

赵代表：

您提出的关于提高居家养老服务补贴每人每月标准的建议收悉。

我局正在测算，拟待新办法出台后废止《白岭市居家养老服务补贴办法》，补贴标准届时一并研究。
`,
    );
    const ask = askedOf({ 'allowance.txt': ALLOWANCE, 'reply.txt': reply }, '居家养老服务补贴标准每人每月多少');
    it('is answered from the document in force', async () => {
      const answer = await ask();
      expect(answer.answer).toContain('260元');
      expect(answer.citations[0]?.docId).toBe('allowance');
    });
  });
});

describe('a document of the same title', () => {
  describe('from another place is not a new edition', () => {
    const county = libraryDocument(
      { title: '关于调整城乡低保标准的通知', number: '石民〔2020〕2号', date: '2020-01-10', issuer: '石溪县民政局' },
      `关于调整城乡低保标准的通知

各乡镇：

自2020年2月1日起，石溪县城乡低保标准调整为每人每月520元。
`,
    );
    const city = libraryDocument(
      { title: '关于调整城乡低保标准的通知', number: '白民〔2023〕1号', date: '2023-01-10', issuer: '白岭市民政局' },
      `关于调整城乡低保标准的通知

各区民政局：

自2023年2月1日起，白岭市城乡低保标准调整为每人每月780元。
`,
    );
    const ask = askedOf({ 'county.txt': county, 'city.txt': city }, '石溪县城乡低保标准每人每月多少');
    it('is answered from the document in force', async () => {
      const answer = await ask();
      expect(answer.answer).toContain('520元');
      expect(answer.citations[0]?.docId).toBe('county');
    });
  });

  describe('an older edition naming the edition before it does not end the newer edition', () => {
    const older = libraryDocument(
      { title: '白岭市人才公寓管理办法', number: '白政规〔2016〕4号', date: '2016-03-01', issuer: '白岭市人民政府' },
      `白岭市人才公寓管理办法

第九条 入住人才公寓满3年的，可以申请购买所住公寓。

第二十条 本办法自发布之日起施行。《白岭市人才公寓管理办法（试行）》（白政〔2011〕5号）同时废止。
`,
    );
    const newer = libraryDocument(
      { title: '白岭市人才公寓管理办法（2023年修订）', number: '白政规〔2023〕2号', date: '2023-06-01', issuer: '白岭市人民政府' },
      `白岭市人才公寓管理办法（2023年修订）

第九条 入住人才公寓满6年的，可以申请购买所住公寓。

第二十条 本办法自2023年7月1日起施行。
`,
    );
    const ask = askedOf({ 'older.txt': older, 'newer.txt': newer }, '入住人才公寓满几年可以申请购买');
    it('is answered from the document in force', async () => {
      const answer = await ask();
      expect(answer.answer).toContain('满6年');
      expect(answer.answer).not.toContain('满3年');
      expect(answer.citations[0]?.docId).toBe('newer');
    });
  });
});

describe('a document that cannot repeal', () => {
  const repealingNote = (title: string, kind: 'policy' | 'reply', date: string) =>
    libraryDocument(
      { title, number: '白民〔2024〕5号', date, kind, issuer: '白岭市民政局' },
      `${title}

居家养老服务补贴的标准另行公布。《白岭市居家养老服务补贴办法》（白民规〔2021〕3号）已经废止。
`,
    );

  describe('a reply', () => {
    const ask = askedOf({ 'allowance.txt': ALLOWANCE, 'reply.txt': repealingNote('关于居家养老服务补贴问题的答复', 'reply', '2024-06-01') }, '居家养老服务补贴标准每人每月多少');
    it('leaves the document in force in the answer', async () => {
      const answer = await ask();
      expect(answer.answer).toContain('260元');
      expect(answer.citations[0]?.docId).toBe('allowance');
    });
  });

  describe('a draft', () => {
    const ask = askedOf({ 'allowance.txt': ALLOWANCE, 'draft.txt': repealingNote('白岭市居家养老服务补贴办法修订（征求意见稿）', 'policy', '2024-06-01') }, '居家养老服务补贴标准每人每月多少');
    it('leaves the document in force in the answer', async () => {
      const answer = await ask();
      expect(answer.answer).toContain('260元');
      expect(answer.citations[0]?.docId).toBe('allowance');
    });
  });

  describe('a document dated before the one it names', () => {
    const ask = askedOf({ 'allowance.txt': ALLOWANCE, 'older.txt': repealingNote('白岭市养老服务工作通知', 'policy', '2019-06-01') }, '居家养老服务补贴标准每人每月多少');
    it('leaves the document in force in the answer', async () => {
      const answer = await ask();
      expect(answer.answer).toContain('260元');
      expect(answer.citations[0]?.docId).toBe('allowance');
    });
  });
});

describe('which sentences repeal a whole document', () => {
  const rules = { title: '白岭市居家养老服务补贴办法', number: '白民规〔2021〕3号' };
  const revised = { title: '白岭市居家养老服务补贴办法（2023年修订）', number: '白民规〔2023〕1号' };

  it('are those naming its whole title, or its own edition, or its 文号', () => {
    expect(repealsWholeDocument('《白岭市居家养老服务补贴办法》同时废止。', rules)).toBe(true);
    expect(repealsWholeDocument('白民规〔2021〕3号文件自即日起不再执行。', rules)).toBe(true);
    expect(repealsWholeDocument('《白岭市居家养老服务补贴办法（2023年修订）》同时废止。', revised)).toBe(true);
    expect(repealsWholeDocument('《白岭市居家养老服务补贴办法实施细则》同时废止。', rules)).toBe(false);
    expect(repealsWholeDocument('《白岭市居家养老服务补贴办法（试行）》同时废止。', revised)).toBe(false);
  });

  it('are not those repealing an article or a part of it', () => {
    for (const sentence of [
      '《白岭市居家养老服务补贴办法》第七条同时废止。',
      '《白岭市居家养老服务补贴办法》中关于评估机构的规定停止执行。',
      '《白岭市居家养老服务补贴办法》部分条款不再适用。',
      '《白岭市居家养老服务补贴办法》与本通知不一致的，同时废止。',
    ]) {
      expect(repealsWholeDocument(sentence, rules), sentence).toBe(false);
    }
  });

  it('are not those only planning or advising it', () => {
    for (const sentence of [
      '拟于明年废止《白岭市居家养老服务补贴办法》。',
      '《白岭市居家养老服务补贴办法》将于新办法施行时废止。',
      '建议尽快废止《白岭市居家养老服务补贴办法》。',
      '待新办法印发后，《白岭市居家养老服务补贴办法》同时废止。',
      '《白岭市居家养老服务补贴办法》有效期至2026年12月31日，期满自动失效。',
    ]) {
      expect(repealsWholeDocument(sentence, rules), sentence).toBe(false);
    }
    expect(repealsWholeDocument('现将《白岭市居家养老服务补贴办法》予以废止。', rules)).toBe(true);
  });
});

describe('a repeal read from the clause that names the document', () => {
  const rules = { title: '白岭市居家养老服务补贴办法', number: '白民规〔2021〕3号' };

  it('ends only the document whose own clause says it is repealed, not one cited beside it', () => {
    const basis = '本细则依据《白岭市居家养老服务补贴办法》制定，自2024年3月1日起施行，《白岭市居家养老服务补贴实施细则（试行）》同时废止。';
    const cleanUp = '经清理，《白岭市居家养老服务补贴办法》（白民规〔2021〕3号）继续有效，《白岭市敬老院管理办法》予以废止。';
    const except = '除《白岭市居家养老服务补贴办法》外，本局此前印发的补贴文件同时废止。';
    for (const sentence of [basis, cleanUp, except]) expect(repealsWholeDocument(sentence, rules), sentence).toBe(false);
    expect(repealsWholeDocument(basis, { title: '白岭市居家养老服务补贴实施细则（试行）' })).toBe(true);
    expect(repealsWholeDocument('《白岭市敬老院管理办法》、《白岭市居家养老服务补贴办法》同时废止。', rules)).toBe(true);
  });

  it('does not end a document the sentence keeps, questions, or only plans to repeal', () => {
    for (const sentence of [
      '《白岭市居家养老服务补贴办法》仍需继续执行，暂不废止。',
      '《白岭市居家养老服务补贴办法》不予废止。',
      '《白岭市居家养老服务补贴办法》不因本通知的印发而失效。',
      '《白岭市居家养老服务补贴办法》是否已经废止？',
      '我局计划于明年年底前废止《白岭市居家养老服务补贴办法》。',
      '对《白岭市居家养老服务补贴办法》将结合评估情况适时修订或废止。',
      '正研究废止《白岭市居家养老服务补贴办法》。',
      '《白岭市居家养老服务补贴办法》将逐步废止。',
    ]) {
      expect(repealsWholeDocument(sentence, rules), sentence).toBe(false);
    }
    expect(repealsWholeDocument('经研究，《白岭市居家养老服务补贴办法》（白民规〔2021〕3号）自即日起废止。', rules)).toBe(true);
  });
});

describe('a repeal by another place of a document of the same title', () => {
  const city = libraryDocument(
    { title: '关于调整城乡低保标准的通知', number: '白民〔2023〕1号', date: '2023-01-10', issuer: '白岭市民政局' },
    `关于调整城乡低保标准的通知

各区民政局：

自2023年2月1日起，白岭市城乡低保标准调整为每人每月780元。
`,
  );
  const countyRules = libraryDocument(
    { title: '石溪县城乡低保管理办法', number: '石民规〔2024〕1号', date: '2024-05-01', issuer: '石溪县民政局' },
    `石溪县城乡低保管理办法

第三条 石溪县城乡低保标准为每人每月560元。

第二十条 本办法自2024年6月1日起施行，《关于调整城乡低保标准的通知》（石民〔2020〕2号）同时废止。
`,
  );
  const ask = askedOf({ 'city.txt': city, 'county.txt': countyRules }, '白岭市城乡低保标准每人每月多少');
  it('leaves the document in force of its own place in the answer', async () => {
    const answer = await ask();
    expect(answer.answer).toContain('780元');
    expect(answer.citations[0]?.docId).toBe('city');
  });
});
