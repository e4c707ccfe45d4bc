// How askers say what documents write otherwise: "人数" / "户数" (a count noun) is held by a count of that unit ("不少于
// 4名", "3200户"); "省里" / "市里" / "县里" by the words that state that level ("省住房和城乡建设厅", "全市", "由县（市、
// 区）财政承担"). A question naming two levels is not answered from one level's document alone.
import { describe, expect, it } from 'vitest';
import { holdsCountNoun } from '../src/text/askedFigure.js';
import { holdsSpokenLevel, spokenLevelsIn } from '../src/grounding/levels.js';
import { leavesOutAskedLevel } from '../src/answer/placeAgreement.js';
import type { Citation } from '../src/types.js';
import { testLibrary } from './support/library.js';

const doc = (title: string, issuer: string, lines: string[]) => ['---', `title: ${title}`, `issuer: ${issuer}`, 'kind: policy', '---', title, '', ...lines, ''].join('\n');

const CITY_RULES = doc('南河市城镇老旧小区改造项目管理办法', '南河市人民政府办公室', [
  '第五章 监督考核',
  '第十四条 每个改造小区应当推选不少于4名居民质量监督员，参与隐蔽工程和关键工序检查。',
  '',
  '第六章 资金',
  '第十八条 各县（市、区）对本辖区加装电梯另行给予补助的，由县（市、区）财政承担，不得挤占市级补助资金。',
]);

// A reply that uses the spoken words elsewhere, as replies do: the library knows them, so they carry the question.
const REPLY = doc('对市政协第021号提案的答复', '南河市住房和城乡建设局', [
  '一、关于会议组织',
  '您提出县里召开的居民议事会参会人数偏少的问题，我局已督促各县区改进。',
  '',
  '二、关于省里试点',
  '省里确定的完整社区试点，我市将积极申报。',
  '',
  '三、关于楼道照明',
  '楼道照明改造纳入基础类改造内容，由项目统一实施。',
  '',
  '四、关于绿化',
  '小区绿化补植由街道组织实施，社区负责日常养护。',
  '',
  '五、关于停车',
  '结合改造挖潜增加停车泊位，实行错时共享。',
]);

// Enough other passages that a word used once is rare (a focus word), as in a bureau's library.
const TOPICS = ['雨污分流', '外墙保温', '屋面防水', '消防设施', '无障碍设施', '垃圾分类', '充电设施', '安防监控', '适老化设施', '便民市场', '健身场地', '文化活动室'];
const WORKS = doc('南河市城镇老旧小区改造内容清单', '南河市住房和城乡建设局', TOPICS.flatMap((topic, i) => [`${i + 1}. ${topic}`, `${topic}改造按照设计方案组织实施，竣工后由街道组织验收。`, '']));

const cite = (quote: string, title: string): Citation => ({ n: 1, docId: 'doc', title, number: null, section: '', quote, chunkId: 'doc#1' });

describe('a count noun and a spoken level, read', () => {
  it('holds a count noun by a count of its unit', () => {
    expect(holdsCountNoun('人数', '每个改造小区推选不少于4名居民质量监督员')).toBe(true);
    expect(holdsCountNoun('户数', '涉及居民3200户')).toBe(true);
    expect(holdsCountNoun('户数', '计划改造小区48个')).toBe(false);
    expect(holdsCountNoun('监督员', '不少于4名居民质量监督员')).toBe(false);
  });

  it('holds a spoken level by the words stating that level', () => {
    expect(holdsSpokenLevel('省里', '南川省住房和城乡建设厅关于推进老旧小区改造的指导意见')).toBe(true);
    expect(holdsSpokenLevel('县里', '由县（市、区）财政承担')).toBe(true);
    expect(holdsSpokenLevel('省里', '南河市城镇老旧小区改造项目管理办法')).toBe(false);
    expect(spokenLevelsIn('居民质量监督员的人数，省里的要求和市里的一样吗')).toEqual(['provincial', 'city']);
  });

  it('finds an answer to two levels that quotes one level only', () => {
    const question = '居民质量监督员的人数，省里的要求和市里的一样吗';
    const city = cite('每个改造小区应当推选不少于4名居民质量监督员。', '南河市城镇老旧小区改造项目管理办法');
    const province = cite('每个改造小区推选不少于3名居民质量监督员。', '南川省住房和城乡建设厅关于推进老旧小区改造的指导意见');
    expect(leavesOutAskedLevel(question, [city])).toBe(true);
    expect(leavesOutAskedLevel(question, [city, { ...province, n: 2 }])).toBe(false);
    expect(leavesOutAskedLevel('市里对加装电梯每台补多少', [city])).toBe(false);
  });

  it('reads 小区里, 城市里 and 节省里 as no level, so one level asked is not taken for two', () => {
    expect(spokenLevelsIn('我们小区里加装电梯，市里每台补多少')).toEqual(['city']);
    expect(spokenLevelsIn('城市里的老旧小区，省里有什么要求')).toEqual(['provincial']);
    expect(spokenLevelsIn('社区里能不能节省里外的开支')).toEqual([]);
    const city = cite('加装电梯的，市财政每台补助8万元。', '南河市城镇老旧小区改造项目管理办法');
    expect(leavesOutAskedLevel('我们小区里加装电梯，市里每台补多少', [city])).toBe(false);
  });
});

describe('asked in spoken words, answered from the documents', () => {
  const t = testLibrary({ files: { 'nanhe_banfa.txt': CITY_RULES, 'nanhe_reply_021.txt': REPLY, 'nanhe_qingdan.txt': WORKS } });

  it('answers who pays the county’s own subsidy, asked 县里', async () => {
    const answer = await t.ask('县里对加装电梯另外给补助的话，这笔钱谁出');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('由县（市、区）财政承担');
  });

  it('answers how many supervisors, asked 人数', async () => {
    const answer = await t.ask('每个小区居民质量监督员的人数有什么要求');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('不少于4名');
  });

  it('does not answer the province’s and the city’s figures from the city’s document alone', async () => {
    const answer = await t.ask('居民质量监督员的人数，省里的要求和市里的一样吗');
    expect(answer.answered).toBe(false);
  });
});
