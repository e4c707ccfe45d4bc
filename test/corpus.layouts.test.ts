// Layouts the shipped corpus does not show: Markdown with nested headings, fixed-width PDF-style lines with
// page numbers, and a Word reply whose feedback form is a real table.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignDocIds, chunkDocument, extractText, parseDocument, type ReplyStructure } from '../src/corpus/index.js';
import { makeDocxWithTable } from './fixtures/corpus/builders.js';

const FIXTURES = path.resolve('test/fixtures/corpus/unseen');

function parseFixture(file: string) {
  const raw = readFileSync(path.join(FIXTURES, file), 'utf8');
  return parseDocument({ docId: path.basename(file, path.extname(file)), path: file, raw });
}

describe('a Markdown reply with nested headings', () => {
  const doc = parseFixture('binjian_rd15-3_no208_2023.md');
  const s = doc.structure as ReplyStructure;
  const chunks = chunkDocument(doc);

  it('reads the header, the 代表 greeting with 您好 and the class after the 文号', () => {
    expect(doc.title).toBe('关于市十五届人大三次会议第208号建议的答复');
    expect(doc.number).toBe('滨建建〔2023〕41号');
    expect(s.resultClass).toBe('A');
    expect(s.salutationNames).toEqual(['刘洋']);
    expect(s.role).toBe('代表');
    expect(s.proposalNumber).toBe('208');
    expect(s.proposalTitle).toBe('关于加快推进既有住宅加装电梯的建议');
    expect(s.contact).toMatchObject({ person: '周敏', phone: '0543-3162555' });
    expect(s.cc).toEqual(['市人大常委会人代工委', '市政府督查室']);
    expect(doc.date).toBe('2023-07-10');
  });

  it('nests 一、 > （一） > 1. and keeps 一是/二是 inside the paragraph', () => {
    expect(chunks.map((c) => c.sectionPath)).toEqual([
      '',
      '一、工作开展情况 > （一）完善政策体系',
      '一、工作开展情况 > （一）完善政策体系 > 1.简化审批流程',
      '一、工作开展情况 > （一）完善政策体系 > 2.强化技术指导',
      '一、工作开展情况 > （二）加大资金支持',
      '二、下一步工作',
      '',
    ]);
    // An inline heading's lead sentence is content too, so it stays in the text.
    expect(chunks[1].text).toBe('（一）完善政策体系。2022年，我局会同市财政局出台《既有住宅加装电梯财政补助办法》，每台补助15万元。');
    // A heading on its own line is carried by sectionPath only.
    expect(chunks[4].text.startsWith('截至2023年6月底')).toBe(true);
    expect(chunks[4].text).toContain('一是发放补助资金4890万元；二是协调公积金提取支持加装。');
  });
});

describe('fixed-width lines from a PDF export', () => {
  const doc = parseFixture('fixed_width_policy.txt');

  it('joins wrapped lines, drops page numbers and keeps chapter/clause labels as written', () => {
    expect(doc.kind).toBe('policy');
    expect(doc.title).toBe('某市人民政府办公室关于印发某市城镇老旧小区改造实施方案的通知');
    expect(doc.number).toBe('某政办发〔2021〕9号');
    expect(doc.issuer).toBe('某市人民政府办公室');
    expect(doc.date).toBe('2021-04-02');
    expect(doc.text).toContain('第二条 本方案所称城镇老旧小区，是指城市或县城建成年代较早、失养失修失管');
    expect(doc.text).not.toMatch(/- 1 -/);
    const chunks = chunkDocument(doc);
    expect(chunks.map((c) => c.sectionPath)).toEqual(['', '第一章 总则 > 第一条', '第一章 总则 > 第二条', '第二章 改造内容 > 第三条']);
    expect(chunks[3].text).toBe('第三条 改造内容分为基础类、完善类、提升类。基础类主要是满足居民安全需要和基本生活需求的内容。');
  });
});

describe('a Word reply with its feedback form as a table', () => {
  it('parses the form record from the table and hides the signature and phone', async () => {
    const data = await makeDocxWithTable(
      [
        '对县九届人大二次会议第31号建议的答复',
        '王五代表：',
        '您提出的《关于改善小区排水的建议》收悉，现答复如下：',
        '今年已完成雨污分流改造3.2公里。',
        '联系人：赵六，电话：0391-2345678',
        '附件',
        '人大代表建议办理情况征询意见表',
      ],
      [
        ['建议编号', '31', '承办单位', '县住建局'],
        ['对承办单位办理工作的评价', '好', '较好', '差'],
        ['沟通情况', '', '√', ''],
        ['答复质量', '√', '', ''],
        ['对办理结果的评价', '满意', '基本满意', '不满意'],
        ['', '', '☑', ''],
        ['代表签名：', '王五', '联系电话：', '0391-7654321'],
      ],
    );
    const doc = parseDocument({ docId: 'x', path: 'x.docx', raw: await extractText(data, 'x.docx') });
    expect(doc.forms).toHaveLength(1);
    expect(doc.forms[0]).toMatchObject({
      proposalNumber: '31',
      satisfaction: '基本满意',
      ratings: [
        { item: '沟通情况', value: '较好' },
        { item: '答复质量', value: '好' },
      ],
    });
    expect(doc.redactions).toMatchObject({ signature: 1, formPhone: 1 });
    expect(doc.text).not.toContain('7654321');
    expect(doc.text).toContain('0391-2345678');
    const chunks = chunkDocument(doc);
    expect(chunks.filter((c) => c.kind === 'form').map((c) => c.text)).toEqual([
      // The printed rating aspects, scale and options stay searchable (issue #10); the filler's fields do not.
      '人大代表建议办理情况征询意见表（第31号）；对办理工作的评价：沟通情况：较好，答复质量：好；对办理结果的评价：基本满意。\n' +
        '评价办理工作的方面：沟通情况、答复质量；评价等次：好、较好、差；办理结果评价选项：满意、基本满意、不满意。',
    ]);
    expect(chunks.some((c) => c.kind !== 'form' && /王五\t|签名/.test(c.text))).toBe(false);
  });
});

describe('splitting a long section', () => {
  const sentences = Array.from({ length: 50 }, (_, i) => `第${i + 1}个小区完成了雨污分流、屋面防水和外墙保温改造，惠及居民${100 + i}户。`);
  const raw = `某市住建局关于老旧小区改造的情况说明\n\n一、改造进展\n\n${sentences.join('')}\n\n二、下步安排\n\n继续推进。`;
  const doc = parseDocument({ docId: 'long', path: 'policies/long.txt', raw });
  const chunks = chunkDocument(doc).filter((c) => c.sectionPath === '一、改造进展');

  it('cuts at sentence ends into pieces of at most 600 characters with a little overlap', () => {
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(600);
      expect(c.text.length).toBeGreaterThanOrEqual(200);
      expect(c.text.endsWith('。')).toBe(true);
      expect(c.text.startsWith('第')).toBe(true);
    }
    for (let i = 1; i < chunks.length; i++) {
      expect(chunks[i].start).toBeLessThan(chunks[i - 1].end);
      expect(chunks[i].ordinal).toBe(chunks[i - 1].ordinal + 1);
    }
    const covered = chunks.map((c) => c.text).join('');
    for (const s of sentences) expect(covered).toContain(s);
  });
});

describe('one-line list items', () => {
  it('keeps the text of a numbered item that has nothing under it', () => {
    const raw = '关于某某问题的说明\n\n一、已完成的工作\n\n1.我市已完成改造小区58个，惠及居民1.2万户。\n2.新增停车位1200个。\n\n二、下步安排\n\n继续推进。';
    const chunks = chunkDocument(parseDocument({ docId: 'items', path: 'policies/items.txt', raw }));
    const item = chunks.find((c) => c.sectionPath === '一、已完成的工作 > 1.我市已完成改造小区58个，惠及居民1.2万户');
    expect(item?.text).toBe('1.我市已完成改造小区58个，惠及居民1.2万户。');
    expect(chunks.some((c) => c.text.includes('新增停车位1200个'))).toBe(true);
  });
});

describe('document ids', () => {
  it('uses the file name, and the folder (then the extension) only when names collide', () => {
    const ids = assignDocIds(['replies/a.txt', 'policies/a.txt', 'b.md', 'replies/c.txt', 'replies/c.docx']);
    expect(Object.fromEntries(ids)).toEqual({
      'replies/a.txt': 'replies__a',
      'policies/a.txt': 'policies__a',
      'b.md': 'b',
      'replies/c.txt': 'replies__c_txt',
      'replies/c.docx': 'replies__c_docx',
    });
  });
});

describe('a reply indented with full-width spaces', () => {
  const doc = parseFixture('indented_reply.txt');
  const s = doc.structure as ReplyStructure;
  const chunks = chunkDocument(doc);

  it('finds headings under the indentation and reads the closing in brackets', () => {
    expect(doc.kind).toBe('reply');
    expect(s.salutationNames).toEqual(['李明', '赵强']);
    expect(s.meeting).toBe('区政协五届三次会议');
    expect(s.proposalNumber).toBe('0021');
    expect(doc.issuer).toBe('某某区住房和城乡建设局');
    expect(doc.date).toBe('2023-08-15');
    expect(s.contact).toEqual({ unit: null, phone: '0755-83216543', person: '孙丽' });
    expect(chunks.map((c) => c.sectionPath)).toEqual([
      '',
      '一、关于加强统筹协调的建议 > （一）建立联席机制',
      '一、关于加强统筹协调的建议 > （二）简化审批',
      '二、关于加大资金补助的建议',
      '',
    ]);
    expect(doc.text).not.toContain('13612345678');
    expect(doc.text).toContain('0755-83216543');
  });
});

describe('a feedback form that is only mentioned', () => {
  it('does not swallow the closing when the form is listed but not attached', () => {
    const raw = [
      '对市政协第9号提案的答复',
      '',
      '张三委员：',
      '',
      '您提出的提案收悉，现答复如下：我局已完成改造。',
      '',
      '附件：政协提案办理情况征询意见表',
      '',
      '政协提案办理情况征询意见表',
      '',
      '抄送：市政协提案委',
    ].join('\n');
    const doc = parseDocument({ docId: 'm', path: 'replies/m.txt', raw });
    expect(doc.forms).toEqual([]);
    expect(chunkDocument(doc).some((c) => c.text.includes('抄送：市政协提案委'))).toBe(true);
    expect((doc.structure as ReplyStructure).cc).toEqual(['市政协提案委']);
  });
});
