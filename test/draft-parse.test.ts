import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';
import { opening, replyTitle, salutation } from '../src/draft/frame.js';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures', 'proposals');
const fixture = (name: string) => parseProposal(readFileSync(path.join(FIXTURES, name), 'utf8'));

describe('parseProposal on the fixture shapes', () => {
  it('reads the Xuchang-shaped 提案: metadata and four 一、二、 suggestions in order', () => {
    const { meta, suggestions } = fixture('xuchang_style_tian.txt');
    expect(meta).toMatchObject({
      title: '关于对我市老旧小区改造的几点建议',
      number: '104',
      meeting: '市七届政协四次会议',
      proposers: ['郭瑞', '王勇', '张金国'],
      role: '委员',
      kind: '提案',
    });
    expect(suggestions.map((s) => s.topic)).toEqual([
      '科学编制老旧小区改造整治规划',
      '政府主导，合力推进老旧小区改造工作',
      '着力解决居民关注的民生问题',
      '保障老旧小区改造资金供给',
    ]);
    expect(suggestions[3].text).toContain('引导原产权单位和企业出资');
    // The closing courtesy and the background are not suggestions.
    expect(suggestions.some((s) => s.text.includes('请予采纳') || s.text.includes('建成年代早'))).toBe(false);
  });

  it('splits 一是…二是…三是 inside one paragraph and leaves the background out', () => {
    const { meta, suggestions } = fixture('yishi_ershi_tian.txt');
    expect(meta).toMatchObject({ number: '23', meeting: '市八届政协二次会议', proposers: ['李明'], kind: '提案' });
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0].topic).toBe('简化加装电梯审批流程');
    expect(suggestions[1].text).toContain('住房公积金');
    expect(suggestions[2].topic).toBe('引导居民协商出资');
    expect(suggestions.some((s) => s.text.includes('老年人口比例'))).toBe(false);
  });

  it('reads a numbered 人大建议 by 代表 (lead and co-signers)', () => {
    const { meta, suggestions } = fixture('numbered_jianyi.txt');
    expect(meta).toMatchObject({ number: '55', meeting: '市十七届人大六次会议', proposers: ['王燕', '张琼辉', '杨青'], role: '代表', kind: '建议' });
    expect(meta.title).toBe('关于推进老旧小区停车设施建设的建议');
    expect(suggestions.map((s) => s.topic)).toEqual(['挖潜增加停车泊位', '推行错时共享停车', '规范小区停车管理']);
  });

  it('falls back to proposing paragraphs, and leaves missing number and meeting missing', () => {
    const { meta, suggestions } = fixture('plain_paragraphs_tian.txt');
    expect(meta.number).toBeNull();
    expect(meta.meeting).toBeNull();
    expect(meta.proposers).toEqual(['赵丽']);
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0].text).toContain('长效管理机制');
    expect(suggestions.some((s) => s.text.includes('重建设、轻管理'))).toBe(false);
  });

  it('takes the （一）（二） list under a "三、对策建议" heading, not the problem sections before it', () => {
    const text = [
      '关于治理老旧小区违章搭建的提案',
      '提案人：周强委员',
      '一、基本情况',
      '我市部分老旧小区违章搭建问题突出，影响消防安全。',
      '二、存在问题',
      '执法力量不足，拆除后反弹。',
      '三、对策建议',
      '（一）开展集中整治。对违章搭建进行全面排查。',
      '（二）建立长效监管机制。落实网格化巡查。',
    ].join('\n');
    const { suggestions } = parseProposal(text);
    expect(suggestions.map((s) => s.topic)).toEqual(['开展集中整治', '建立长效监管机制']);
  });
});

describe('parseProposal on other common shapes', () => {
  it('reads 第一，第二， lists and a 政协…委员会…会议 header with space-separated proposers', () => {
    const { meta, suggestions } = parseProposal(
      '政协许昌市第七届委员会第四次会议\n提  案\n第 88 号\n提案者：孙丽 周建国\n题目：关于加强城市排水防涝设施建设的提案\n\n' +
        '近年来极端天气多发，部分路段积水严重。为此建议：\n第一，全面排查排水管网。\n第二，加快雨污分流改造。\n第三，建设海绵城市示范项目。',
    );
    expect(meta).toMatchObject({ number: '88', meeting: '政协许昌市第七届委员会第四次会议', proposers: ['孙丽', '周建国'], kind: '提案' });
    expect(suggestions.map((s) => s.topic)).toEqual(['全面排查排水管网', '加快雨污分流改造', '建设海绵城市示范项目']);
  });

  it('reads inline （1）（2） items and 首先…其次…最后', () => {
    const inline = parseProposal('提案人：马超\n关于规范住房租赁市场的提案\n建议：（1）建立住房租赁监管服务平台；（2）推行合同网签备案；（3）加强中介机构信用管理。');
    expect(inline.suggestions.map((s) => s.text)).toEqual(['建立住房租赁监管服务平台', '推行合同网签备案', '加强中介机构信用管理。']);
    const sequence = parseProposal('案由：关于加快城中村改造的提案\n首先，要科学制定改造规划。其次，要创新融资模式。最后，要保障村民合法权益。');
    expect(sequence.suggestions.map((s) => s.topic)).toEqual(['科学制定改造规划', '创新融资模式', '保障村民合法权益']);
  });
});

describe('parseProposal title', () => {
  it('takes the 关于… line as the title when 案由 is a descriptive sentence, and 案由 only when nothing better exists', () => {
    const withTitle = parseProposal('关于加快老旧小区加装电梯的提案\n第88号\n提案人：李四\n案由：老旧小区居民上下楼困难。\n建议：一是加大补贴力度；二是简化审批流程。');
    expect(withTitle.meta.title).toBe('关于加快老旧小区加装电梯的提案');
    const onlyCase = parseProposal('提案人：李四\n案由：老旧小区居民上下楼困难。\n建议：一是加大补贴力度；二是简化审批流程。');
    expect(onlyCase.meta.title).toBe('老旧小区居民上下楼困难。');
  });
});

describe('reply frame from the metadata', () => {
  it('builds the Xuchang title, salutation and opening', () => {
    const { meta } = fixture('xuchang_style_tian.txt');
    expect(replyTitle(meta)).toBe('对市七届政协四次会议第104号提案的答复');
    expect(salutation(meta)).toBe('郭瑞、王勇、张金国委员：');
    expect(opening(meta)).toBe('你们提出的关于“对我市老旧小区改造的几点建议”的提案收悉，现答复如下：');
  });

  it('uses 建议 and 代表 for a 人大建议, 您 for a single proposer, and placeholders for missing metadata', () => {
    expect(replyTitle(fixture('numbered_jianyi.txt').meta)).toBe('对市十七届人大六次会议第55号建议的答复');
    expect(salutation(fixture('numbered_jianyi.txt').meta)).toBe('王燕、张琼辉、杨青代表：');
    const plain = fixture('plain_paragraphs_tian.txt').meta;
    expect(replyTitle(plain)).toBe('对【待补充：会议名称】第【待补充：编号】号提案的答复');
    expect(opening(plain)).toBe('您提出的关于“加强老旧小区改造后长效管理”的提案收悉，现答复如下：');
    const nothing = parseProposal('建议加快老旧小区改造进度，优先改造雨污管网。').meta;
    expect(nothing.proposers).toEqual([]);
    expect(salutation(nothing)).toBe('【待补充：委员姓名】委员：');
  });
});
