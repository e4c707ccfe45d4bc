import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  matchHeading,
  parseDocNumber,
  parseDocument,
  parseMeeting,
  parseSalutation,
  type ReplyStructure,
} from '../src/corpus/index.js';

function load(folder: string, id: string) {
  const raw = readFileSync(path.resolve('corpus', folder, `${id}.txt`), 'utf8');
  return parseDocument({ docId: id, path: `${folder}/${id}.txt`, raw });
}

describe('the Xuchang reply (许建政协〔2020〕13号)', () => {
  const doc = load('replies', 'xuchang_zx7-4_no104_2020');
  const s = doc.structure as ReplyStructure;

  it('parses the header: 文号, 签发人, class, title, proposal number and meeting', () => {
    expect(doc.kind).toBe('reply');
    expect(s.type).toBe('reply');
    expect(doc.number).toBe('许建政协〔2020〕13号');
    expect(s.signer).toBe('王宏伟');
    expect(s.resultClass).toBe('B');
    expect(s.title).toBe('对市七届政协四次会议第104号提案的答复');
    expect(s.proposalNumber).toBe('104');
    expect(s.meeting).toBe('市七届政协四次会议');
    expect(s.proposalKind).toBe('提案');
    expect(s.proposalTitle).toBe('对我市老旧小区改造的几点建议');
    expect(doc.issuer).toBe('许昌市住房和城乡建设局');
  });

  it('finds the three committee members', () => {
    expect(s.salutationNames).toEqual(['郭瑞', '王勇', '张金国']);
    expect(s.role).toBe('委员');
  });

  it('finds five top-level sections with their exact titles', () => {
    expect(s.headings.map((h) => h.title)).toEqual([
      '一、关于科学编制老旧小区改造整治规划的建议',
      '二、关于政府主导，合力推进老旧小区改造工作的建议',
      '三、关于着力解决居民关注的民生问题的建议',
      '四、关于保障老旧小区改造资金供给的建议',
      '五、下步工作安排',
    ]);
    expect(s.headings.every((h) => h.children.length === 0)).toBe(true);
    expect(doc.text.slice(s.headings[4].start, s.headings[4].bodyStart)).toBe('五、下步工作安排');
  });

  it('reads the contact block, 抄送 and attachments', () => {
    expect(s.contact).toEqual({ unit: '许昌市住房和城乡建设局', phone: '2169961', person: '陈绍军' });
    expect(s.cc).toEqual(['市政协提案委（3份）', '市委市政府督查局（1份）']);
    expect(s.attachments).toEqual(['政协提案办理情况征询意见表']);
  });

  it('turns the three feedback forms into records, all rated 满意, without personal data', () => {
    expect(doc.forms).toHaveLength(3);
    for (const form of doc.forms) {
      expect(form.proposalNumber).toBe('104');
      expect(form.satisfaction).toBe('满意');
      expect(form.ratings).toHaveLength(4);
      expect(form.ratings.every((r) => r.value === '好')).toBe(true);
      expect(JSON.stringify(form)).not.toMatch(/邹海|小勇|1[3-9]\d{9}/);
    }
    expect(doc.forms[0].ratings.map((r) => r.item)).toEqual(['领导重视', '沟通情况', '答复质量', '落实情况']);
    expect(doc.forms[0].receivedDate).toBe('2020-10-23');
    expect(doc.forms[0].proposalTitle).toBe('关于对我市老旧小区改造的几点建议');
  });
});

describe('other shipped replies', () => {
  it('reads 代表 salutations, meetings and numbers of 人大建议 replies', () => {
    const gejiu = load('replies', 'gejiu_rd17-6_no55_2021').structure as ReplyStructure;
    expect(gejiu.salutationNames).toEqual(['王燕', '张琼辉', '杨青']);
    expect(gejiu.role).toBe('代表');
    expect(gejiu.proposalKind).toBe('建议');
    expect(gejiu.meeting).toBe('个旧市十七届人大六次会议');
    expect(gejiu.proposalNumber).toBe('55');
    expect(gejiu.contact).toMatchObject({ person: '王忠伟', phone: '212542' });

    const beibei = load('replies', 'beibei_rd19-3_no145_2023');
    const b = beibei.structure as ReplyStructure;
    expect(b.salutationNames).toEqual(['李丽']);
    expect(b.meeting).toBe('区十九届人大三次会议');
    expect(b.proposalNumber).toBe('145');
    expect(b.contact.phone).toBe('60307029');
    expect(beibei.issuer).toBe('重庆市北碚区城市管理局');

    const xingqing = load('replies', 'xingqing_rd4-3_no16_2019');
    expect((xingqing.structure as ReplyStructure).proposalNumber).toBe('16');
    expect(xingqing.date).toBe('2019-07-26');
  });

  it('strips the class from a front-matter number and keeps the landline of the handler', () => {
    const linxiang = load('replies', 'linxiang_zx9-4_no58_2020');
    const s = linxiang.structure as ReplyStructure;
    expect(linxiang.number).toBe('临建字[2020]2号');
    expect(s.resultClass).toBe('B');
    expect(s.salutationNames).toEqual(['陈以平']);
    expect(s.meeting).toBe('市政协九届四次会议');
    expect(s.contact).toMatchObject({ person: '李瑾', phone: '0730-3722246' });
    expect(linxiang.text).toContain('0730-3722246');
    expect(linxiang.date).toBe('2020-09-24');
  });

  it('hides the handler’s mobile number in the Junshan reply', () => {
    const junshan = load('replies', 'junshan_rd5-5_no1_2021');
    expect(junshan.text).not.toContain('13507305504');
    expect(junshan.text).toContain('【已隐去手机号】');
    expect(junshan.redactions.mobile).toBe(1);
  });

  it('marks a document partial from its front matter', () => {
    expect(load('replies', 'qingyuan_zx8-2_no88_2023').completeness).toBe('partial');
    expect(load('replies', 'xuchang_zx7-4_no104_2020').completeness).toBe('complete');
  });
});

describe('policy texts', () => {
  it('parses the Mudanjiang plan: title, number, issuer, date and clause tree', () => {
    const doc = load('policies', 'mudanjiang_plan_2022');
    expect(doc.kind).toBe('policy');
    if (doc.structure.type !== 'policy') throw new Error('not a policy');
    expect(doc.structure.title).toBe('黑龙江省牡丹江市人民政府办公室关于印发牡丹江市区2022年城镇老旧小区改造实施方案的通知');
    expect(doc.number).toBe('牡政办发〔2022〕14号');
    expect(doc.issuer).toBe('牡丹江市人民政府办公室');
    expect(doc.date).toBe('2022-06-23');
    const tree = doc.structure.clauses.map((c) => [c.title, c.children.map((k) => k.title)]);
    expect(tree).toEqual([
      ['一、工作目标', []],
      ['二、工作原则', ['(一)坚持政府统筹,调动各方参与', '(二)科学谋划项目,完善申报机制']],
    ]);
  });

  it('uses the front-matter title and keeps Traditional characters as written', () => {
    const doc = load('policies', 'govcn_big5_chuifenghui_20200416');
    expect(doc.title).toBe('国务院政策例行吹风会（2020年4月16日，住房和城乡建设部副部长黄艳介绍城镇老旧小区改造）专题页（繁体网关）');
    expect(doc.text).toContain('[住房和城鄉建設部副部長 黃艷]');
    expect(doc.text).toContain('老舊小區');
  });
});

describe('heading recognition', () => {
  it('recognises the 公文 heading levels', () => {
    expect(matchHeading('一、关于科学编制老旧小区改造整治规划的建议')).toMatchObject({ rank: 3, inline: false });
    expect(matchHeading('（二）加大资金支持')).toMatchObject({ rank: 5, title: '（二）加大资金支持' });
    expect(matchHeading('(三)强化监督')).toMatchObject({ rank: 5 });
    expect(matchHeading('1.摸清底数')).toMatchObject({ rank: 6 });
    expect(matchHeading('2、制定计划')).toMatchObject({ rank: 6 });
    expect(matchHeading('（1）排查')).toMatchObject({ rank: 7 });
    expect(matchHeading('第三章 保障措施')).toMatchObject({ rank: 1, title: '第三章 保障措施' });
    expect(matchHeading('第十二条 本办法自印发之日起施行。')).toMatchObject({ rank: 4, title: '第十二条', inline: true });
  });

  it('takes the lead sentence of a "（一）标题。正文" line as the heading', () => {
    const h = matchHeading('（一）坚持居民自愿。改造前充分征求居民意见，尊重居民意愿，调动居民参与的积极性。');
    expect(h).toMatchObject({ title: '（一）坚持居民自愿', inline: true, length: '（一）坚持居民自愿。'.length });
  });

  it('does not take numbered sentences inside paragraphs, decimals or 一是 for headings', () => {
    expect(matchHeading('一是实施财政奖补。出台了《许昌市老旧小区改造财政奖补实施办法》，对小区改造中的公益性基础设施项目。')).toBeNull();
    expect(matchHeading('1.18亿元用于改造')).toBeNull();
    expect(
      matchHeading('2. 提案者填写此表后，由办理单位连同提案答复一并送（寄）给市政协提案委和市委市政府督查局，并抄送有关部门。'),
    ).toBeNull();
    expect(matchHeading('一、我市高度重视老旧小区改造工作，市委、市政府多次召开专题会议研究部署，明确了目标任务和责任分工，取得了明显成效，群众满意度不断提高')).toBeNull();
    expect(matchHeading('2019年，兴庆区计划投入1.18亿元。')).toBeNull();
  });
});

describe('header pieces', () => {
  it('reads 文号 in the usual bracket styles and a trailing class', () => {
    expect(parseDocNumber('许建政协〔2020〕13号')).toEqual({ number: '许建政协〔2020〕13号', resultClass: null });
    expect(parseDocNumber('临建字[2020]2号 B类')).toEqual({ number: '临建字[2020]2号', resultClass: 'B' });
    expect(parseDocNumber('京建发（2021）第5号').number).toBe('京建发（2021）第5号');
    expect(parseDocNumber('没有文号的一句话').number).toBeNull();
  });

  it('reads meetings and salutations', () => {
    expect(parseMeeting('对市七届政协四次会议第104号提案的答复')).toBe('市七届政协四次会议');
    expect(parseMeeting('关于君山区人大五届五次会议1号建议的回复')).toBe('君山区人大五届五次会议');
    expect(parseMeeting('2023年清原满族自治县八届政协第二次会议《关于解决我县停车难问题的建议》')).toBe('清原满族自治县八届政协第二次会议');
    expect(parseSalutation('尊敬的张三、李四代表：')).toEqual({ names: ['张三', '李四'], role: '代表' });
    expect(parseSalutation('何晨委员')).toEqual({ names: ['何晨'], role: '委员' });
    expect(parseSalutation('针对委员提出的意见和建议，下一步我局将重点开展以下工作：')).toBeNull();
  });
});

describe('documents without a title line', () => {
  it('take the file name as title when the text starts with a numbered heading or a sentence', () => {
    const heading = parseDocument({ docId: 'x', path: 'notes/加装电梯补贴细则.txt', raw: '一、补贴标准\n加装电梯每台补贴20万元。\n' });
    expect(heading.title).toBe('加装电梯补贴细则');
    const sentence = parseDocument({ docId: 'y', path: '公积金问答.md', raw: '住房公积金可以用于支付房租。\n' });
    expect(sentence.title).toBe('公积金问答');
    const titled = parseDocument({ docId: 'z', path: 'z.txt', raw: '某市既有住宅加装电梯实施办法\n一、补贴标准\n每台补贴20万元。\n' });
    expect(titled.title).toBe('某市既有住宅加装电梯实施办法');
  });
});
