// Drafting changes of issue #11's recall work, as a drafter sees them, over a small library built here:
// - a news deck printed without its final stop ("建立改造资金…合理共担机制,…债券融资,…") is quoted for the suggestion it
//   answers (it was dropped as "not a complete sentence");
// - a vague suggestion ("加强管理") is not answered with whatever section has 管理 in its heading: it gets 【待补充】.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import type { Services } from '../src/services.js';
import type { Chunk, Searcher } from '../src/types.js';
import { draftReply } from '../src/draft/index.js';
import { quotableSentences } from '../src/draft/quotable.js';
import { getTokenizer } from '../src/text/tokenizer.js';
import { makeChunk, memorySearcher, REPO_ROOT } from './support/services.js';

const config = loadConfig({ LOG_LEVEL: 'silent' }, { cwd: REPO_ROOT });

function searcherWithStats(chunks: Chunk[]): Searcher {
  const tokenizer = getTokenizer();
  const terms = chunks.map((c) => new Set(tokenizer.searchTerms(`${c.title} ${c.sectionPath} ${c.text}`)));
  return { ...memorySearcher(chunks), documentFrequency: (t: string) => terms.filter((set) => set.has(t)).length };
}

function servicesOver(chunks: Chunk[]): Services {
  return { config, logger: silentLogger(), search: searcherWithStats(chunks), embeddings: undefined as never };
}

const DECK =
  '建立改造资金政府与居民、社会力量合理共担机制,合理落实居民出资责任,支持运用公司信用类债券、项目收益票据等进行债券融资,但不得承担政府融资职能';

const NEWS = makeChunk(
  {
    docId: 'news_2020',
    kind: 'policy',
    title: '国办：老旧小区改造十四五末基本完成',
    sectionPath: '',
    text: `国办：老旧小区改造十四五末基本完成\n\n2020年07月20日\n\n${DECK}\n\n【某某网】去年开始大规模推进的城镇老旧小区改造，2020年新开工改造3.9万个小区。\n\n国务院办公厅公布了指导意见，提出上述目标并作出部署。`,
  },
  0,
);

const OWN_REPLY = [
  ['', '许昌市住房和城乡建设局\n张伟委员：\n您提出的关于老旧小区改造的提案收悉，现答复如下：'],
  ['一、关于加强小区物业管理的建议', '我局推行物业服务企业信用评价，对物业服务企业开展年度考核，全市物业服务覆盖率达到85%。'],
  ['二、关于改造老旧供暖管网的建议', '我局协调供热企业对老旧供暖管网进行了改造，更换供暖管道12公里。'],
].map(([sectionPath, text], i) =>
  makeChunk({ docId: 'own_reply_2021', title: '对市政协七届五次会议第12号提案的答复', number: '许建政协〔2021〕5号', kind: 'reply', sectionPath, text }, i),
);

const FILLER = Array.from({ length: 12 }, (_, i) =>
  makeChunk({ docId: `policy_${i}`, kind: 'policy', title: `老旧小区改造政策问答${i + 1}`, sectionPath: '', text: `城镇老旧小区改造是重大民生工程，第${i + 1}批改造项目按计划推进，改善居民居住条件。` }, 0),
);

const LIBRARY = [NEWS, ...OWN_REPLY, ...FILLER];

describe('a sentence printed without its stop', () => {
  it('is quotable when it is a paragraph of clauses followed by more text, not when it is a heading or the cut-off end', () => {
    const sentences = quotableSentences(NEWS.text);
    expect(sentences).toContain(DECK);
    expect(sentences.some((s) => s.startsWith('2020年07月20日'))).toBe(false);
    expect(quotableSentences(`第一段文字，已经完整。\n\n${DECK}`)).not.toContain(DECK);
    // A hard-wrapped line (no blank line after it) is half a sentence.
    expect(quotableSentences(`${DECK}\n等进行融资。`)).not.toContain(DECK);
  });

  it('answers 支持运用债券融资 with the news deck that states it', async () => {
    const proposal = `关于拓宽老旧小区改造资金渠道的提案\n提案人：马卫东\n为此建议：一是加快老旧供暖管网改造；二是支持运用债券融资筹集改造资金。`;
    const result = await draftReply(servicesOver(LIBRARY), { text: proposal });
    const bonds = result.draft!.sections[1];
    expect(bonds.heading).toContain('债券融资');
    expect(bonds.citations.some((c) => c.docId === 'news_2020' && c.quote.includes('债券融资'))).toBe(true);
    // A press report is offered as a reference, never as the policy basis.
    expect(bonds.paragraphs[0]).toContain('【待补充：相关政策依据】');
  });
});

describe('a vague suggestion', () => {
  it('gets 【待补充】, not the 物业管理 section, for "加强管理"', async () => {
    const proposal = `关于老旧小区改造的提案\n提案人：马卫东\n为此建议：一是加快老旧供暖管网改造；二是加强管理。`;
    const result = await draftReply(servicesOver(LIBRARY), { text: proposal });
    const [heating, vague] = result.draft!.sections;
    expect(heating.citations.some((c) => c.section.includes('供暖管网'))).toBe(true);
    expect(vague.citations).toEqual([]);
    expect(vague.paragraphs.join('')).toContain('【待补充');
    expect(vague.paragraphs.join('')).not.toContain('物业服务');
  });
});
