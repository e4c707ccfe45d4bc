import { describe, expect, it } from 'vitest';
import { maskPersonalData } from '../src/grounding/privacy.js';
import { cleanText, emptyRedactionCounts, parseFrontMatter, redactPersonalData, toSourceSpan } from '../src/corpus/index.js';

describe('cleaning', () => {
  it('joins a line broken inside a number series and removes spaces inside figures', () => {
    const src = '印发了《实施方案》，2018、\n\n2019 年分别完成了 119 个、434 个老庭院改造提升目标任务，2020 年的 277 个正在推进。';
    expect(cleanText(src).text).toBe('印发了《实施方案》，2018、2019年分别完成了119个、434个老庭院改造提升目标任务，2020年的277个正在推进。');
  });

  it('joins a long line broken inside a word or between two document titles', () => {
    const para = '同时，鼓励供暖、供气及通讯等企业对老旧小区实施优惠政策，改造提升小区基础设施。协调供暖企业、天然气经';
    expect(cleanText(`${para}\n\n营企业针对试点老旧小区制订了优惠政策。`).text).toBe(`${para}营企业针对试点老旧小区制订了优惠政策。`);
    const titles = '结合许昌实际，先后出台了《许昌市关于切实做好老旧小区“四改一增”工作意见》《许昌市老旧小区改造提升工作实施方案》';
    expect(cleanText(`${titles}\n\n《许昌市老旧小区改造试点工作方案》等政策文件。`).text).toBe(`${titles}《许昌市老旧小区改造试点工作方案》等政策文件。`);
  });

  it('never joins a heading to its paragraph, nor a finished sentence to the next', () => {
    const src = '二、关于政府主导，合力推进老旧小区改造工作的建议\n\n作为2018年全国老旧小区改造试点城市之一，许昌市委、市政府一直对该项工作高度重视。\n\n三、关于着力解决居民关注的民生问题的建议';
    expect(cleanText(src).text).toBe(src);
    const lede = '2000年左右是商品住房市场发展的重要节点，在此之前建成的小区，房改房占比不小，亟需政府在“保基本”上进行投入\n\n  老旧小区改造作为城市更新的重要切口正被着力推进。';
    expect(cleanText(lede).text).toContain('进行投入\n\n老旧小区改造');
  });

  it('turns checked boxes into ☑, drops stray markup and decodes entities', () => {
    const out = cleanText('\t<input checked="" type="checkbox"/>\t\n<input type="checkbox"/>不满意\n<p>正文<b>加粗</b></p>&nbsp;A&amp;B').text;
    expect(out).toContain('☑');
    expect(out).toContain('☐不满意');
    expect(out).not.toMatch(/<[^>]+>/);
    expect(out).toContain('正文加粗');
    expect(out).toContain('A&B');
  });

  it('normalises full-width and non-breaking spaces and spaced-out characters', () => {
    expect(cleanText('抄\u3000送：市政协提案委').text).toBe('抄送：市政协提案委');
    expect(cleanText('满 意\t基本满意').text).toBe('满意\t基本满意');
    expect(cleanText('到\u00a02022 年，基本形成').text).toBe('到2022年，基本形成');
  });

  it('keeps a phone number apart from the name before it', () => {
    expect(cleanText('联系人及电话:王忠伟  212542').text).toBe('联系人及电话:王忠伟 212542');
    expect(cleanText('承办人:万昌明  联系方式:0730-3722246').text).toBe('承办人:万昌明 联系方式:0730-3722246');
  });

  it('maps every cleaned span back to the source text', () => {
    const src = '前言\r\n\r\n2018、\n\n2019 年完成了 <b>119</b> 个。';
    const cleaned = cleanText(src);
    const idx = cleaned.text.indexOf('119');
    const span = toSourceSpan(cleaned, idx, idx + 3);
    expect(src.slice(span.start, span.end)).toBe('119');
    const year = cleaned.text.indexOf('2019年');
    const ys = toSourceSpan(cleaned, year, year + 5);
    expect(src.slice(ys.start, ys.end)).toBe('2019 年');
  });
});

describe('redaction', () => {
  it('hides mobile numbers in any common spelling', () => {
    const { text, counts } = redactPersonalData('手机13937452669，或 139 3745 2669，或139-3745-2669，或+86 13839001727，或8618003996137。');
    expect(text).not.toMatch(/\d{4}/);
    expect(counts.mobile).toBe(5);
    expect(text).toContain('【已隐去手机号】');
  });

  it('hides 18-digit ID numbers, including those ending in X', () => {
    const { text, counts } = redactPersonalData('身份证号：41100219800101123X，另一个410102199912312345。');
    expect(text).toBe('身份证号：【已隐去身份证号】，另一个【已隐去身份证号】。');
    expect(counts.idCard).toBe(2);
  });

  it('hides ID numbers written in groups and the old 15-digit form, but not other long figures', () => {
    const { text, counts } = redactPersonalData('身份证 110101 19900307 123X；旧证 110101-900307-123；面积373932.34平方米，编号 202012345678901。');
    expect(text).toBe('身份证 【已隐去身份证号】；旧证 【已隐去身份证号】；面积373932.34平方米，编号 202012345678901。');
    expect(counts.idCard).toBe(2);
  });

  it('hides numbers typed in full-width digits, and leaves the rest of the text as it was', () => {
    const { text, counts } = redactPersonalData('补贴２０万元。手机：１３８１２３４５６７８，身份证号：１１０１０１１９９００３０７１２３Ｘ。');
    expect(text).toBe('补贴２０万元。手机：【已隐去手机号】，身份证号：【已隐去身份证号】。');
    expect(counts).toMatchObject({ mobile: 1, idCard: 1 });
    expect(maskPersonalData('补贴２０万元，联系人手机１３８１２３４５６７８')).toBe('补贴２０万元，联系人手机[已隐去手机号]');
  });

  it('keeps office phones, postcodes, years and amounts', () => {
    const src = '联系电话：2169961；0730-3722246；60307029；212542；邮政编码:400711；373932.34平方米；2021年；100~200元；12345678901234';
    expect(redactPersonalData(src).text).toBe(src);
  });

  it('hides the proposer’s signature and phone on a feedback form line', () => {
    const { text, counts } = redactPersonalData('提案者签名:\t邹海\t联系电话:\t3712345\t20年10月23日\n提案者签名\t联系电话: 18003996137\t\t年 月 日');
    expect(text).not.toMatch(/邹海|3712345|18003996137/);
    expect(text).toContain('提案者签名:\t【已隐去签名】\t联系电话:\t【已隐去电话】');
    expect(text).toContain('20年10月23日');
    expect(counts.signature).toBe(1);
    expect(counts.formPhone).toBe(2);
  });

  it('keeps prose that mentions signing: only a signed value after a field label is hidden', () => {
    const prose = [
      '（三）雨季复查。每次暴雨过后，塔吊须经施工、监理单位联合检查，签字确认后方可重新使用。',
      '验收记录缺少业主委员会签章。',
      '3.台账由物业服务企业和社区双方签字并存档；业主不便签字的，由其家属代签。',
      '整改报告经监理单位签字确认',
    ].join('\n');
    const { text, counts } = redactPersonalData(prose);
    expect(text).toBe(prose);
    expect(counts.signature).toBe(0);
    expect(redactPersonalData('业主签字：钱小芳 日期：2025年3月2日\n签名 孙立\n委员签名周文').text).toBe(
      '业主签字：【已隐去签名】 日期：2025年3月2日\n签名 【已隐去签名】\n委员签名【已隐去签名】',
    );
  });

  it('is idempotent', () => {
    const once = redactPersonalData('代表签名：张三 电话：13912345678').text;
    expect(redactPersonalData(once).text).toBe(once);
    expect(redactPersonalData(once).counts).toEqual(emptyRedactionCounts());
  });
});

describe('front matter', () => {
  it('splits YAML front matter from the body', () => {
    const { frontMatter, body } = parseFrontMatter('---\ntitle: "某答复"\nnumber: 临建字[2020]2号 B类\nkind: reply\ncompleteness: partial\n---\n\n正文');
    expect(frontMatter).toMatchObject({ title: '某答复', number: '临建字[2020]2号 B类', kind: 'reply', completeness: 'partial' });
    expect(body.trim()).toBe('正文');
  });

  it('treats a file without (or with broken) front matter as all body', () => {
    expect(parseFrontMatter('正文第一行\n第二行').body).toBe('正文第一行\n第二行');
    const broken = parseFrontMatter('---\ntitle: [unclosed\n---\n正文');
    expect(broken.error).toBeDefined();
    expect(broken.body).toContain('正文');
  });
});

describe('spaces between Chinese words', () => {
  it('closes up spaced-out words but keeps spaces between names and words', () => {
    expect(cleanText('答   复').text).toBe('答复');
    expect(cleanText('对市七届政协四次会议 第104号提案的答复').text).toBe('对市七届政协四次会议第104号提案的答复');
    expect(cleanText('张三 李四 王五委员：').text).toBe('张三 李四 王五委员：');
    expect(cleanText('第一章 总则').text).toBe('第一章 总则');
  });
});

describe('spaces next to figures', () => {
  it('closes up figures and units but keeps a phone number apart from the next label', () => {
    expect(cleanText('改造建筑面积 373932.34 平方米，涉及 13029 户').text).toBe('改造建筑面积373932.34平方米，涉及13029户');
    expect(cleanText('联系电话:0730-3722246 承办人:李瑾').text).toBe('联系电话:0730-3722246 承办人:李瑾');
    expect(cleanText('电话 2169961 联系人').text).toBe('电话 2169961 联系人');
  });
});
