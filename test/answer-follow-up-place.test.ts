// A follow-up that names another place ("临川同一年呢？", "青田县呢", "其中东城区的完工率呢？") asks the earlier question
// of that place: the place it names replaces the earlier one (or the earlier 全市), and what it does not name — the
// year, the thing counted — carries over. A thing of its own asked with 呢 after a how-many question ("…的完工率呢？")
// asks its figure, not the earlier count.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { condenseOffline } from '../src/answer/condense.js';
import { LINCHUAN_BUREAU } from './support/ownCity.js';
import { testLibrary } from './support/library.js';
import { progressTable } from './support/progressTable.js';

const after = (text: string) => [{ role: 'user' as const, text }];

describe('the place a follow-up names', () => {
  it('replaces the earlier question’s place, its 全市 too, and keeps its year', () => {
    const other = condenseOffline('临川同一年呢？', after('东城区2023年改造了多少个老旧小区？'), '临川市');
    expect(other.own).toBe('临川市2023年呢？');
    expect(other.carriedFrom).toBe('临川市2023年改造了多少个老旧小区？');
    expect(condenseOffline('我们临川同一年呢', after('东城区2023年改造了多少个老旧小区？'), '临川市').carriedFrom).not.toContain('东城');
    expect(condenseOffline('青田县呢', after('2024年全市加装了多少台电梯')).carriedFrom).toBe('2024年青田县加装了多少台电梯');
    // A county the tagger does not know is still no thing of its own whose figure is asked.
    expect(condenseOffline('青石县呢', after('2024年全市加装了多少台电梯')).own).toBe('青石县呢');
    // The city's stem beginning a longer name (an estate) is not the city: the asker's words stay.
    const estate = condenseOffline('红石花园小区呢？', after('东城区2024年加装了多少台电梯？'), '红石市');
    expect(estate.own).toBe('红石花园小区呢？');
    expect(estate.text).not.toContain('红石市');
    // 全区 inside another word ("施工安全区域") is no whole unit: the place is not spliced into it.
    expect(condenseOffline('东城区呢？', after('施工安全区域怎么设置？')).carriedFrom).toBe('施工安全区域怎么设置？');
    // No place named: the earlier place stays.
    expect(condenseOffline('那2024年呢？', after('东城区2023年改造了多少个老旧小区？')).carriedFrom).toContain('东城区');
  });

  it('asks the figure of what it names itself, not the earlier count', () => {
    const rate = condenseOffline('其中东城区的完工率呢？', after('2025年1—6月全市完工了多少个小区？'));
    expect(rate.own).toBe('其中东城区的完工率是多少？');
    // The context asks of 东城区, not of 全市, and no longer the count.
    expect(rate.carriedFrom).toContain('东城区');
    expect(rate.carriedFrom).not.toMatch(/全市|多少个/u);
    // A topic named, not a figure: the earlier count is no ask of it.
    expect(condenseOffline('那施工管理呢？', after('2024年东城区改造了多少个老旧小区？')).own).toBe('施工管理呢？');
    expect(condenseOffline('改造内容呢？', after('2024年东城区改造了多少个老旧小区？')).own).toBe('改造内容呢？');
    // "那个方案…": 那个 is no leading 那.
    expect(condenseOffline('那个方案什么时候能出来？', after('停车提案的答复说要在哪个街道试点立体停车？')).own).toBe('那个方案什么时候能出来？');
  });
});

const PROGRESS = progressTable('临川市住房和城乡建设局');

const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'linchuan_tongji_2025.txt': PROGRESS } });

describe('a follow-up asking a district’s rate after the city’s count', () => {
  it('answers the district’s row', async () => {
    const answer = await answerQuestion(t.services, '其中东城区的完工率呢？', after('2025年1—6月全市完工了多少个小区？'));
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('41.7%');
    expect(answer.answer).not.toContain('25.0%');
  });
});

const REPORT = [
  '---',
  'title: 红石市东城区2024年老旧小区改造工作总结',
  'issuer: 红石市东城区住房和城乡建设局',
  'kind: policy',
  '---',
  '红石市东城区2024年老旧小区改造工作总结',
  '',
  '一、总体情况',
  '2024年东城区改造老旧小区32个。',
  '二、施工管理',
  '施工单位应在小区出入口设置施工安全区域，设置围挡和警示标志。',
  '',
].join('\n');

const topics = testLibrary({ files: { 'rpt.txt': REPORT } });

describe('a follow-up naming a topic after a how-many question', () => {
  it('is not answered with the earlier count', async () => {
    const history = [
      { role: 'user' as const, text: '2024年东城区改造了多少个老旧小区？' },
      { role: 'assistant' as const, text: '2024年东城区改造老旧小区32个[1]。' },
    ];
    const answer = await answerQuestion(topics.services, '那施工管理呢？', history);
    expect(answer.answer).not.toContain('32个');
  });
});
