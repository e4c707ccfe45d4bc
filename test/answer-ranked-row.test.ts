// "那第一名是哪个市": a place in a ranking asked after a question about one row of the ranking table. The row whose
// ranking column (名次) holds the place asked answers, not the row the earlier question named.
import { describe, expect, it } from 'vitest';
import { rankAsked, rankedSubject } from '../src/text/superlatives.js';
import { libraryDocument, testLibrary } from './support/library.js';

const RANKING = libraryDocument({ title: '青原省2024年度城镇老旧小区改造考核结果通报' }, `青原省2024年度城镇老旧小区改造考核结果通报

二、考核结果
2024年度考核得分前三位的市如下（单位：分）：
名次｜市｜得分
1｜白石市｜93.5
2｜东河市｜90.1
3｜南岭市｜87.4
`);

const SURVEY = libraryDocument({ title: '青原省白石市2024年供热服务满意度调查情况通报' }, `青原省白石市2024年供热服务满意度调查情况通报

一、调查结果
本次供热服务满意度调查覆盖全市供热企业。松涛热力公司得分95.2分，在全市供热服务满意度调查中排名第一。
`);

const OTHER_RANKING = libraryDocument({ title: '青原省白石市2023年度供热示范站评选结果' }, `青原省白石市2023年度供热示范站评选结果

一、评选结果
2023年度供热示范站评选得分如下（单位：分）：
换热站｜得分｜名次
柳溪换热站｜91｜1
桃园换热站｜88｜2
梅岭换热站｜85｜3
`);

const library = testLibrary(
  { files: { 'qingyuan_kaohe.txt': RANKING, 'baishi_manyidu.txt': SURVEY, 'baishi_shifanzhan.txt': OTHER_RANKING } },
  { timeout: 120_000 },
);

describe('a place in a ranking asked', () => {
  it('reads the place asked, not a batch or a time', () => {
    expect(rankAsked('那第一名是哪个市')).toBe(1);
    expect(rankAsked('排在第3名的是谁')).toBe(3);
    expect(rankAsked('第一批是哪些小区')).toBeUndefined();
    expect(rankAsked('第一名得了多少分')).toBeUndefined();
  });

  it("reads what the ranking asked ranks, without its year", () => {
    expect(rankedSubject('2024年供热服务满意度第一名是哪家？')).toEqual(['供热服务满意度']);
    expect(rankedSubject('2024年度考核里第一名是哪个市')).toEqual(['考核']);
    expect(rankedSubject('那第一名是哪个市')).toEqual([]);
  });

  it("does not answer a ranking asked from another ranking table", async () => {
    for (const question of ['供热服务满意度第一名是哪家？', '2024年供热服务满意度调查第一名是哪家？']) {
      const a = await library.ask(question);
      expect(a.answer).not.toContain('柳溪换热站');
      expect(a.answer).toContain('松涛热力公司');
    }
  });

  it("answers from the ranking table the question names", async () => {
    const a = await library.ask('2023年度供热示范站评选第一名是哪个？');
    expect(a.answer).toContain('柳溪换热站｜91｜1');
  });

  it("answers with the row ranked first, not the row the earlier question named", async () => {
    const a = await library.ask('2024年度考核里第一名是哪个市？', [{ role: 'user', text: '2024年度考核东河市得了多少分？' }]);
    expect(a.answer).toContain('白石市｜93.5');
    expect(a.answer).not.toContain('东河市｜90.1');
  });
});
