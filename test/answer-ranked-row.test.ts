// "那第一名是哪个市": a place in a ranking asked after a question about one row of the ranking table. The row whose
// ranking column (名次) holds the place asked answers, not the row the earlier question named.
import { describe, expect, it } from 'vitest';
import { rankAsked } from '../src/text/superlatives.js';
import { libraryDocument, testLibrary } from './support/library.js';

const RANKING = libraryDocument({ title: '青原省2024年度城镇老旧小区改造考核结果通报' }, `青原省2024年度城镇老旧小区改造考核结果通报

二、考核结果
2024年度考核得分前三位的市如下（单位：分）：
名次｜市｜得分
1｜白石市｜93.5
2｜东河市｜90.1
3｜南岭市｜87.4
`);

const library = testLibrary({ files: { 'qingyuan_kaohe.txt': RANKING } }, { timeout: 120_000 });

describe('a place in a ranking asked', () => {
  it('reads the place asked, not a batch or a time', () => {
    expect(rankAsked('那第一名是哪个市')).toBe(1);
    expect(rankAsked('排在第3名的是谁')).toBe(3);
    expect(rankAsked('第一批是哪些小区')).toBeUndefined();
    expect(rankAsked('第一名得了多少分')).toBeUndefined();
  });

  it("answers with the row ranked first, not the row the earlier question named", async () => {
    const a = await library.ask('2024年度考核里第一名是哪个市？', [{ role: 'user', text: '2024年度考核东河市得了多少分？' }]);
    expect(a.answer).toContain('白石市｜93.5');
    expect(a.answer).not.toContain('东河市｜90.1');
  });
});
