// Section lines that name their part by a word rather than by a number: a bulletin's "【政策落实】", a leaflet's
// "▲政府补多少", items named by a word and an ordinal ("问题一：", "来电二："), and a reply taking the suggestions in turn
// ("关于第二条建议（…）", "针对您提出的“…”的建议"). Each heads its own section, so the search finds the part asked and an
// answer cites it by name. A reply's "二是关于…。" paragraphs, a letter's "第一件事：" and a procedure's "第三步 …。" stay
// in their text: the reply or procedure answers a proposal as a whole.
import { describe, expect, it } from 'vitest';
import { buildHeadingTree, findHeadings, flattenHeadings } from '../src/corpus/headings.js';
import { chunkDocument, parseDocument } from '../src/corpus/index.js';
import { testLibrary } from './support/library.js';

/**
 * A paragraph before the first part, enough to make a document longer than one chunk: a document that fits in one is
 * read whole, its labels heading no section (CHUNK_MAX_CHARS).
 */
const PREAMBLE = '按照市委、市政府工作部署，各地各部门围绕城镇老旧小区改造目标任务，统筹推进项目谋划、资金筹措、工程实施和长效管理，现将有关情况汇报如下。'.repeat(10);

/** The text with PREAMBLE after its title line. */
function longDocument(raw: string): string {
  return raw.replace('\n\n', `\n\n${PREAMBLE}\n\n`);
}

const BULLETIN = longDocument(`白河市老旧小区改造工作简报

【本期要点】
全市已开工小区20个，完工6个。

【政策落实】
白河县在市级补助基础上，对屋面防水每平方米再补助10元。

【群众声音】
部分居民反映施工围挡占用通道，已督促整改。
`);

const LEAFLET = longDocument(`青石镇老旧小区改造明白纸

▲哪些小区能改
2000年底前建成、未列入拆迁计划的小区。
▲居民出多少
每户按建筑面积每平方米出资5元。
`);

const BULLETED = longDocument(`青石镇加装电梯补助政策问答

三、困难家庭
符合下列条件之一的家庭，可申请额外补助2万元：
▲低保家庭
▲特困供养家庭
▲重度残疾人家庭
`);

const AUDIT = longDocument(`白河市住房和城乡建设局关于审计发现问题整改情况的报告

一、总体整改情况
审计指出的三个问题已整改两个。
问题一：补助资金拨付滞后
已于6月底前全部拨付到位。
问题二：公示内容不全
已在各小区补充公示改造内容和资金来源。
问题三：验收资料缺失
正在补齐，计划于12月底前完成。
`);

const HOTLINE = longDocument(`白河市热线来电答复汇编

来电一：夜间施工扰民
施工时间限定为每日7时至20时。
来电二：改造后谁来管
改造后由社区引入物业服务企业或实行居民自治管理。
`);

const STEPS = longDocument(`白河市老旧小区改造工程验收办法

二、验收程序
第一步\u3000施工自检。施工单位完工后5日内完成自检。
第二步\u3000居民评议。组织不少于5名居民代表评议。
第三步\u3000移交接管。验收合格后20日内移交物业服务企业。
`);

const LETTER = longDocument(`白河市住房和城乡建设局对人大代表口头意见的答复

李明代表：
您在座谈会上提出的几件事，现答复如下：
第一件事：楼道灯经常不亮
已督促物业服务企业在一周内更换损坏灯具。
第二件事：充电桩太少
今年在改造小区新增充电桩120个。
`);

const REPLY = longDocument(`白河市住房和城乡建设局关于市政协十届三次会议第21号提案的答复

周为民委员：
您提出的《关于推进老旧小区加装电梯的提案》收悉。现答复如下：
关于第一条建议（提高补助标准）
我市已将加装电梯补助由每台8万元提高到每台10万元。
关于第二项建议：简化审批
审批时限已压缩至15个工作日。
针对您提出的“电梯维保费用”的建议
维保费用由使用电梯的业主按楼层分摊。

白河市住房和城乡建设局
2025年6月1日
`);

const REPLY_BY_POINTS = longDocument(`白河市住房和城乡建设局关于市政协十届三次会议第35号提案的答复

吴芳委员：
您提出的《关于加快二次供水改造的提案》收悉。现答复如下：
一是关于改造进度。今年计划改造二次供水设施30处。
二是关于管理责任。改造后的设施移交供水企业统一管理。
`);

const OPTIONS = longDocument(`白河市加装电梯补助办法（讨论稿）

二、拟调整的补助标准（待定）
方案一：每台补助16万元，不分楼层。
方案二：按楼层分档，四层每台10万元，六层及以上每台18万元。
以上两个方案仍在比选，尚未决定。
`);

function sections(raw: string): string[] {
  return chunkDocument(parseDocument({ docId: 'doc', path: 'doc.txt', raw }))
    .map((c) => c.sectionPath)
    .filter((p) => p !== '');
}

/** The heading paths of a text (short sections are merged into one chunk, so these tests look at the headings). */
function headingPaths(raw: string): string[] {
  return flattenHeadings(buildHeadingTree(findHeadings(raw), raw.length)).map(({ path }) => path.join(' > '));
}

describe('section lines named by a word', () => {
  it('files a bulletin’s bracketed parts under their labels', () => {
    expect(sections(BULLETIN)).toEqual(['【本期要点】', '【政策落实】', '【群众声音】']);
  });

  it('files a leaflet’s ▲ parts under their labels', () => {
    expect(headingPaths(LEAFLET)).toEqual(['▲哪些小区能改', '▲居民出多少']);
  });

  it('keeps ▲ bullets with no text between them as a list under the lead-in, not one-line sections', () => {
    expect(headingPaths(BULLETED)).toEqual(['三、困难家庭']);
  });

  it('files items named by a word and an ordinal (问题一：) under their own headings', () => {
    expect(sections(AUDIT)).toEqual([
      '一、总体整改情况',
      '一、总体整改情况 > 问题一：补助资金拨付滞后',
      '一、总体整改情况 > 问题二：公示内容不全',
      '一、总体整改情况 > 问题三：验收资料缺失',
    ]);
  });

  it('keeps an item’s own line (问题一：…) in its section’s text: the line states the item', () => {
    const chunks = chunkDocument(parseDocument({ docId: 'doc', path: 'doc.txt', raw: AUDIT.replace('问题一：补助资金拨付滞后', '问题一：补助资金拨付滞后，平均用时45天') }));
    const first = findHeadings(AUDIT).find((h) => h.title.startsWith('问题一'))!;
    expect(first.bodyStart).toBe(first.start);
    expect(chunks.map((c) => c.text).join('\n')).toContain('问题一：补助资金拨付滞后，平均用时45天');
  });

  it('keeps one-line items of a list (方案一： then 方案二：) in their section with the lines speaking for all', () => {
    expect(headingPaths(OPTIONS)).toEqual(['二、拟调整的补助标准（待定）']);
    const [chunk] = chunkDocument(parseDocument({ docId: 'doc', path: 'doc.txt', raw: OPTIONS })).filter((c) => c.sectionPath !== '');
    expect(chunk.text).toContain('方案一：每台补助16万元');
    expect(chunk.text).toContain('尚未决定');
  });

  it('files a hotline digest’s calls (来电一：) under their own headings', () => {
    expect(headingPaths(HOTLINE)).toEqual(['来电一：夜间施工扰民', '来电二：改造后谁来管']);
  });

  it('keeps a procedure’s steps (第一步…) in their section’s text', () => {
    expect(headingPaths(STEPS)).toEqual(['二、验收程序']);
  });

  it('keeps a letter’s 第一件事： items in the letter’s text', () => {
    expect(headingPaths(LETTER)).toEqual([]);
  });

  it('files a reply’s answer to each suggestion (关于第X条/项建议, 针对您提出的) under the suggestion it answers', () => {
    expect(headingPaths(REPLY)).toEqual(['关于第一条建议（提高补助标准）', '关于第二项建议：简化审批', '针对您提出的“电梯维保费用”的建议']);
  });

  it('keeps a reply’s 一是关于… paragraphs in the reply’s text', () => {
    expect(headingPaths(REPLY_BY_POINTS)).toEqual([]);
    expect(sections(REPLY_BY_POINTS)).toEqual([]);
  });

  it('never reads an editor’s or a redaction mark as a heading', () => {
    expect(sections('白河市通知\n\n一、申报\n请按时申报。\n【已隐去签名】\n')).toEqual(['一、申报']);
    expect(sections('白河市通知\n\n一、申报\n请按时申报。\n【以下原文未收录】\n')).toEqual(['一、申报']);
  });
});

describe('a labelled document no longer than one chunk', () => {
  const BRIEF = `西岭区老旧小区改造工作简报

【基本情况】
2024年西岭区改造老旧小区30个，惠及居民2100户。

【主要做法】
物业服务全覆盖。改造后小区物业服务覆盖率达到85%。

【下一步】
年底前完成剩余小区改造。
`;

  it('is read whole: the year of one part and the figure of another stay in one passage', () => {
    const chunks = chunkDocument(parseDocument({ docId: 'brief', path: 'brief.txt', raw: BRIEF }));
    expect(chunks).toHaveLength(1);
    expect(chunks[0].sectionPath).toBe('');
    expect(chunks[0].text).toContain('2024年西岭区改造老旧小区30个');
    expect(chunks[0].text).toContain('物业服务覆盖率达到85%');
  });

  it('is cut into its labelled parts once it is longer than a chunk', () => {
    expect(sections(longDocument(BRIEF))).toEqual(['【基本情况】', '【主要做法】', '【下一步】']);
  });
});

describe('asking about a labelled part', () => {
  const t = testLibrary({ files: { 'audit.txt': AUDIT, 'bulletin.txt': BULLETIN } }, { timeout: 60_000 });

  it('finds the item asked by its word and ordinal first', async () => {
    const hits = await t.services.search.search('审计问题三什么时候能整改完', { k: 3 });
    expect(hits[0].chunk.sectionPath).toBe('一、总体整改情况 > 问题三：验收资料缺失');
  });
});
