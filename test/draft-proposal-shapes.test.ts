// The proposal parser on the shapes drafters paste: form headers, news reports, report-style texts, 一要 and 第一
// lists, problems before suggestions, several proposers, a 代表's 建议, no suggestion at all, and texts that are no
// proposal. Fixtures: test/fixtures/proposals/shapes/ (written for these tests).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingCoreOf, looksLikeProposal, parseProposal, topicOf } from '../src/draft/parseProposal.js';
import { getTokenizer } from '../src/text/tokenizer.js';
import { addressOf, opening, salutation } from '../src/draft/frame.js';

const SHAPES = path.resolve(import.meta.dirname, 'fixtures', 'proposals', 'shapes');
const read = (name: string) => readFileSync(path.join(SHAPES, name), 'utf8');
const parse = (name: string) => parseProposal(read(name));
/** What each section heading names: "一、关于{core}的建议". */
const cores = (suggestions: { topic: string }[]) => suggestions.map((s) => headingCoreOf(s.topic));
const topics = (name: string) => cores(parse(name).suggestions);
const heading = (text: string) => headingCoreOf(topicOf(text));
const allText = (name: string) => parse(name).suggestions.map((s) => `${s.topic}|${s.text}`).join('\n');

describe('form header (提案表)', () => {
  it('takes 案由 as the title and keeps 主办, 会办, 界别, withheld fields and the committee name out of the sections', () => {
    const { meta, suggestions } = parse('form_header_tian.txt');
    expect(meta).toMatchObject({ title: '关于推进既有住宅加装电梯的建议', number: '0217', proposers: ['沈晓红'], role: '委员', kind: '提案' });
    expect(topics('form_header_tian.txt')).toEqual(['简化既有住宅加装电梯审批', '拓宽加装电梯资金来源', '建立邻里协商调解机制']);
    expect(suggestions.map((s) => s.text).join('')).not.toMatch(/委员会|主办|会办|联系电话|略|农工党/);
  });

  it('leaves the problems (一是…二是…三是… under 存在问题) out', () => {
    expect(allText('form_header_tian.txt')).not.toMatch(/审批流程不清晰|资金筹措困难|意见难以统一/);
  });
});

describe('news report with 一要 list', () => {
  it('finds "温秀丽建议，一要…二要…三要…", not the problem list before it nor the report after it', () => {
    const { meta } = parse('news_yiyao.txt');
    expect(topics('news_yiyao.txt')).toEqual(['突出改造重点', '加强组织领导', '加强建设管理']);
    expect(allText('news_yiyao.txt')).not.toMatch(/基础设施老旧|配套设施缺乏|改造难度大|重点提案/);
    expect(meta).toMatchObject({ proposers: ['温秀丽'], role: '委员', kind: '提案' });
    expect(salutation(meta)).toBe('温秀丽委员：');
    expect(addressOf(meta)).toBe('您');
  });
});

describe('report-style text (【提案内容】…【办理情况】)', () => {
  it('parses only the proposal content: the handling report is no suggestion', () => {
    const { meta, suggestions } = parse('report_style.txt');
    expect(meta.title).toBe('关于加快城市排水防涝设施建设的提案');
    expect(cores(suggestions)).toEqual(['全面排查排水管网', '加快雨污分流改造', '推进海绵城市建设']);
    expect(allText('report_style.txt')).not.toMatch(/副主席|督办|认真吸纳/);
  });

  it('reads "雷贤伟等2位委员" as one name and two proposers: 你们, and the salutation keeps the count', () => {
    const { meta } = parse('report_style.txt');
    expect(meta.proposers).toEqual(['雷贤伟']);
    expect(meta.proposerCount).toBe(2);
    expect(salutation(meta)).toBe('雷贤伟等2位委员：');
    expect(opening(meta)).toMatch(/^你们提出的/);
  });
});

describe('a 代表 suggestion', () => {
  it('reads "市人大代表 李明" as one 代表: 建议, 您, and the problems numbered 1. 2. stay out', () => {
    const { meta, suggestions } = parse('deputy_jianyi.txt');
    expect(meta).toMatchObject({ proposers: ['李明'], role: '代表', kind: '建议' });
    expect(salutation(meta)).toBe('李明代表：');
    expect(opening(meta)).toBe('您提出的关于“规范住宅小区物业服务收费”的建议收悉，现答复如下：');
    expect(cores(suggestions)).toEqual(['建立物业服务收费公示制度', '加强对公共收益的审计监督']);
  });
});

describe('several proposers and inline 建议：一是…', () => {
  it('reads "张华、刘芳委员" on its own line, and splits the inline list', () => {
    const { meta } = parse('two_members_inline.txt');
    expect(meta).toMatchObject({ proposers: ['张华', '刘芳'], role: '委员', kind: '提案' });
    expect(salutation(meta)).toBe('张华、刘芳委员：');
    expect(addressOf(meta)).toBe('你们');
    expect(topics('two_members_inline.txt')).toEqual(['挖潜增设停车泊位', '推动机关事业单位停车场在夜间向附近居民错时开放共享', '引入专业化停车管理']);
  });

  it('splits 第一，第二，第三 lines and leaves the opening sentence out', () => {
    expect(topics('diyi_plain.txt')).toEqual(['科学编制城中村改造规划', '创新改造融资模式', '依法保障村民合法权益']);
    expect(parse('diyi_plain.txt').meta.proposers).toEqual(['周建国', '孙丽', '马超']);
  });
});

describe('no recognisable suggestion', () => {
  it('gives one section on the title and a notice, never the background as a suggestion', () => {
    const { suggestions, notice } = parse('no_suggestion_tian.txt');
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0].topic).toBe('城镇燃气管道老化更新改造');
    expect(notice).toMatch(/未能.*识别.*建议/);
  });

  it('has no notice when suggestions were found', () => {
    expect(parse('news_yiyao.txt').notice).toBeUndefined();
  });
});

describe('whether a text is a proposal at all', () => {
  it('rejects a chat line and an unrelated news item', () => {
    expect(looksLikeProposal(read('not_proposal_weather.txt'))).toBe(false);
    expect(looksLikeProposal(read('not_proposal_news.txt'))).toBe(false);
    expect(looksLikeProposal('专家建议市民夏季多喝水、少熬夜。')).toBe(false);
  });

  it('accepts every proposal shape, including one short sentence', () => {
    for (const name of ['form_header_tian.txt', 'news_yiyao.txt', 'report_style.txt', 'deputy_jianyi.txt', 'two_members_inline.txt', 'diyi_plain.txt', 'no_suggestion_tian.txt', 'short_deputy_jianyi.txt']) {
      expect(looksLikeProposal(read(name)), name).toBe(true);
    }
    expect(looksLikeProposal('关于增设小区充电桩的提案')).toBe(true);
    expect(looksLikeProposal('希望在我们小区加装电梯')).toBe(true);
    expect(looksLikeProposal('小区门口路灯坏了很久，请尽快维修')).toBe(true);
    expect(looksLikeProposal('请问今天几点下班？')).toBe(false);
    expect(looksLikeProposal('马拉松明天开跑，请选手注意安全，要多喝水。')).toBe(false);
    expect(topics('short_deputy_jianyi.txt')).toEqual(['加快老旧小区改造进度']);
  });
});

describe('inline shapes', () => {
  it('problems as 一是… in a sentence, then （一）（二） suggestions after 为此建议', () => {
    const { suggestions } = parseProposal(
      '关于加强物业管理的提案\n提案人：刘洋\n当前物业管理主要存在三方面问题，一是收费不透明，二是服务质量参差不齐，三是业委会组建难。为此建议：\n（一）推行物业服务清单制度。\n（二）建立物业服务质量评价机制。',
    );
    expect(cores(suggestions)).toEqual(['推行物业服务清单制度', '建立物业服务质量评价机制']);
  });

  it('"××代表建议，" followed by one unnumbered ask is one suggestion', () => {
    const { meta, suggestions } = parseProposal('在区人大会议上，区人大代表王芳建议，将幸福里小区纳入今年老旧小区改造计划。她表示，该小区建成已三十年。');
    expect(meta).toMatchObject({ proposers: ['王芳'], kind: '建议', role: '代表' });
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0].text).toContain('幸福里小区');
  });

  it('does not take "×××副主席在…社区参加…" or a 领衔代表 header as suggestions', () => {
    const { suggestions } = parseProposal('领衔代表：陈刚\n关于改善背街小巷照明的建议\n赵敏副主席在东城区调研时听取了居民意见。\n建议：一是增设路灯；二是建立路灯维护台账。');
    expect(cores(suggestions)).toEqual(['增设路灯', '建立路灯维护台账']);
  });
});

describe('sectioned texts', () => {
  it('takes the 意见建议 section between 存在的主要问题 and 结语, with the same （一） markers as the problems', () => {
    const { suggestions } = parseProposal(
      '关于老旧小区改造的提案\n提案人：李四\n一、基本情况\n我市老旧小区多。\n二、存在的主要问题\n（一）资金不足。缺口大。\n（二）居民参与度低。\n三、意见建议\n（一）加大资金投入。整合各类资金。\n（二）发动居民参与。成立议事会。\n四、结语\n老旧小区改造意义重大。',
    );
    expect(cores(suggestions)).toEqual(['加大资金投入', '发动居民参与']);
    expect(suggestions[1].text).not.toContain('意义重大');
  });

  it('keeps a heading line with its own sub-list as one suggestion named by the heading', () => {
    const { suggestions } = parseProposal('关于加强物业管理的提案\n提案人：王五\n物业服务问题较多。建议如下：\n一、加强规划引领\n1.编制专项规划。\n2.明确时间表。\n二、加大资金投入\n1.设立专项资金。\n2.引入社会资本。');
    expect(cores(suggestions)).toEqual(['加强规划引领', '加大资金投入']);
    expect(suggestions[0].text).toBe('加强规划引领：1.编制专项规划。2.明确时间表。');
  });

  it('reads labelled parts: 【提案建议】 holds the suggestions, 【办理情况】 is left out', () => {
    const { meta, suggestions } = parseProposal('【提案标题】关于小区绿化的提案\n【提案人】孙七\n【提案背景】\n部分小区绿化缺失。\n【提案建议】\n一是补种绿植；二是建立养护机制。\n【办理情况】\n一是已补种；二是已建立。');
    expect(meta).toMatchObject({ title: '关于小区绿化的提案', proposers: ['孙七'] });
    expect(cores(suggestions)).toEqual(['补种绿植', '建立养护机制']);
  });

  it('reads a 提案表 exported from Word as a table (cells separated by tabs): fields, content, not the handling row', () => {
    const { meta, suggestions } = parseProposal(
      '政协许昌市第八届委员会第二次会议提案\n案由\t关于推进小区充电设施建设的提案\n提案人\t李华\t界别\t民进\n主办单位\t市住建局\t会办单位\t市发改委\n提案内容\t\n' +
        '近年来电动车增长快，充电难。建议：一是在小区增设集中充电设施；二是规范飞线充电管理。\n办理情况\t已办理，一是已增设充电桩；二是已开展整治。',
    );
    expect(meta).toMatchObject({ title: '关于推进小区充电设施建设的提案', proposers: ['李华'], kind: '提案', meeting: '政协许昌市第八届委员会第二次会议' });
    expect(cores(suggestions)).toEqual(['在小区增设集中充电设施', '规范飞线充电管理']);
  });

  it('gives the notice when the only list is a list of problems', () => {
    const parsed = parseProposal('关于背街小巷整治的提案\n提案人：周八\n目前背街小巷存在三个问题：一是路面破损，二是照明不足，三是管线杂乱。');
    expect(cores(parsed.suggestions)).toEqual(['背街小巷整治']);
    expect(parsed.notice).toBeDefined();
  });
});

describe('section headings in the seed reply style', () => {
  it('search by the whole lead sentence when it is short, and name only its first clause in the heading', () => {
    expect(topicOf('推行错时共享停车，开放机关单位停车场。')).toBe('推行错时共享停车，开放机关单位停车场');
    expect(heading('推行错时共享停车，开放机关单位停车场。')).toBe('推行错时共享停车');
  });

  it('keep the seed headings of the Xuchang proposal as they stand', () => {
    expect(heading('科学编制老旧小区改造整治规划。摸清全市老旧小区底数。')).toBe('科学编制老旧小区改造整治规划');
    // A first clause too short to name an action keeps the next one, as the seed does.
    expect(heading('政府主导，合力推进老旧小区改造工作。建立市级统筹机制。')).toBe('政府主导，合力推进老旧小区改造工作');
  });

  it('drop asking words and modal verbs, keep the action verb', () => {
    expect(heading('建议加快老旧小区改造进度，优先改造雨污管网。')).toBe('加快老旧小区改造进度');
    expect(heading('要进一步加强对老旧小区改造工程质量安全的全过程监管，确保改造质量')).toBe('进一步加强对老旧小区改造工程质量安全的全过程监管');
    expect(heading('应当加快推进城镇老旧小区改造。')).toBe('加快推进城镇老旧小区改造');
    expect(heading('在老旧小区改造中，同步建设充电设施。')).toBe('同步建设充电设施');
    expect(heading('在老旧小区改造中同步实施雨污分流改造')).toBe('同步实施雨污分流改造');
    expect(heading('在小区增设集中充电设施')).toBe('在小区增设集中充电设施');
  });

  it('stay within 30 characters by dropping the settings before the action, keeping the ask (错时开放), never cut inside a word', () => {
    const long = '推动机关事业单位、国有企业和商业综合体的内部停车场在夜间和节假日向周边老旧小区居民错时开放共享停车资源';
    const topic = heading(long);
    expect(topic.length).toBeLessThanOrEqual(30);
    expect(topic).toMatch(/^推动机关事业单位/u);
    expect(topic).toContain('停车场错时开放');
    expect(topic).not.toMatch(/夜间|节假日|居民/u);
    const words = getTokenizer().cut(topic);
    expect(words.every((w) => getTokenizer().cut(long).includes(w))).toBe(true);
  });

  it('name the ask of a suggestion a prefix cut would lose it from ("…停车场在夜间" had lost 错时共享开放)', () => {
    expect(heading('推动周边机关、企事业单位停车场在夜间向老旧小区居民错时共享开放')).toBe('推动周边机关、企事业单位停车场错时共享开放');
    expect(heading('推动更多机关、企事业单位的内部停车场在夜间和节假日向周边小区居民错时开放，并简化登记手续')).toBe('推动更多机关、企事业单位的内部停车场错时开放');
    // 为 also means "as": dropping "为老旧小区" would leave "…机制提供长期稳定的融资渠道".
    expect(heading('建立老旧小区改造资金多元筹措机制为老旧小区改造提供长期稳定的融资渠道')).toBe('建立老旧小区改造资金多元筹措机制');
  });

  it('name a scope with the action it is asked for, not the scope alone ("对符合条件的加装电梯项目")', () => {
    expect(heading('对符合条件的加装电梯项目，由市、区两级财政按照每台不低于15万元的标准给予补助，并允许业主提取住房公积金。')).toBe('对符合条件的加装电梯项目给予补助');
    expect(heading('对长期闲置的车位，统筹调剂使用。')).toBe('对长期闲置的车位统筹调剂使用');
    expect(heading('对改造后的排水管网建立定期清掏制度，明确养护责任。')).toBe('对改造后的排水管网建立定期清掏制度');
  });

  it('keep the settings of a topic within the limit, and a phrase the preposition closes', () => {
    expect(heading('在老旧小区改造中同步建设充电设施，在小区出入口建设坡道')).toBe('同步建设充电设施');
    expect(heading('加强对占用公共车位、私装地锁等行为的整治，规范小区及周边道路停车秩序')).toBe('加强对占用公共车位、私装地锁等行为的整治');
  });
});

describe('a body as proposer (a party committee, a people\'s organisation, a 界别)', () => {
  const asks = '\n\n建议：一是制定城中村改造专项规划。二是完善征收补偿安置政策。';

  it('reads "【提案人】民进市委会" as one body: salutation by its name alone, 你们, no 委员', () => {
    const { meta } = parseProposal(`【提案标题】关于加快城中村改造的提案\n【提案人】民进市委会\n【提案内容】${asks}\n【办理情况】\n已研究。`);
    expect(meta.proposers).toEqual(['民进市委会']);
    expect(meta.organisation).toBe(true);
    expect(salutation(meta)).toBe('民进市委会：');
    expect(addressOf(meta)).toBe('你们');
    expect(opening(meta)).toMatch(/^你们提出的/u);
  });

  it('reads 九三学社…委员会, 市工商联 and 农工党界别 as bodies, and a three-character name holding 民进 as no body', () => {
    for (const body of ['九三学社绵阳市委员会', '市工商联', '农工党界别']) {
      const { meta } = parseProposal(`关于加快城中村改造的提案\n提案人：${body}${asks}`);
      expect(salutation(meta)).toBe(`${body}：`);
    }
    const { meta } = parseProposal(`关于加快城中村改造的提案\n提案人：王民进${asks}`);
    expect(meta.organisation).toBeUndefined();
    expect(salutation(meta)).toMatch(/委员：$/u);
  });
});
