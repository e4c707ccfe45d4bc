// Tables laid out in plain text (drawn with box characters, written with pipes, commas or slashes, or aligned by
// full-width spaces, or laid out the other way with the places across the header) are kept as rows of tab-separated
// cells, so a figure asked of one row is answered with that row, not refused or answered with the prose around the
// table; a count column named by what it counts ("户数") gives its figures their unit.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { cleanText } from '../src/corpus/index.js';
import { tableFigures } from '../src/text/tables.js';
import { testLibrary } from './support/library.js';

const plan = (layout: string[]) =>
  [
    '---',
    'title: 关于下达2025年全市城镇老旧小区改造计划的通知',
    'issuer: 北岭市住房和城乡建设局',
    'kind: policy',
    '---',
    '关于下达2025年全市城镇老旧小区改造计划的通知',
    '',
    '一、总体任务',
    '2025年全市计划改造城镇老旧小区40个，涉及居民5200户。',
    '',
    '二、分县区任务',
    '各县区任务如下表：',
    '',
    ...layout,
    '',
    '三、工作要求',
    '各县区要于每月25日前报送项目进度。',
    '',
  ].join('\n');

const DRAWN = [
  '┌────┬──────┬──────┬──────┐',
  '│序号│县区　　　│小区个数│居民户数│',
  '├────┼──────┼──────┼──────┤',
  '│１　│河东区　　│22　　　│3100　　│',
  '│２　│青山县　　│18　　　│2100　　│',
  '└────┴──────┴──────┴──────┘',
];
const PIPED = ['序号 | 县区 | 小区个数 | 户数', '1 | 河东区 | 22 | 3100', '2 | 青山县 | 18 | 2100'];
const ALIGNED = ['县区　　　　　　小区（个）　户数（户）', '河东区　　　　　22　　　　3100', '青山县　　　　　18　　　　2100'];
const COMMAS = ['序号,县区,小区（个）,户数（户）', '1,河东区,22,3100', '2,青山县,18,2100', '合计,,40,5200'];
const SLASHES = ['序号／县区／小区（个）／户数（户）', '1／河东区／22／3100', '2／青山县／18／2100'];
/** Laid out the other way: the counties across the header, what is counted down the first column. */
const TRANSPOSED = ['指标／河东区／青山县／合计', '小区（个）／22／18／40', '户数（户）／3100／2100／5200', '投资（亿元）／1.2／0.9／2.1'];

describe('tables laid out in text', () => {
  it('keeps each row of a drawn, piped, aligned, comma- or slash-separated table as tab-separated cells', () => {
    for (const layout of [DRAWN, PIPED, ALIGNED, COMMAS, SLASHES]) {
      const text = cleanText(layout.join('\n')).text;
      expect(text.split('\n').find((line) => line.includes('青山县'))?.split('\t')).toContain('2100');
      expect(text).not.toMatch(/[┌├└│]/u);
    }
  });

  it('keeps a two-column drawn or piped table, whose cells may hold wide spacing', () => {
    const drawn = ['┌──────┬──────┐', '│县区　　│户数　　│', '├──────┼──────┤', '│河东区　│3100　　│', '│青山县　│2100　　│', '└──────┴──────┘'];
    const piped = ['县区 | 户数', '河东区 | 3100', '青山县 | 2100'];
    for (const layout of [drawn, piped]) expect(cleanText(layout.join('\n')).text).toBe('县区\t户数\n河东区\t3100\n青山县\t2100');
  });

  it('leaves prose, a sign-off with its date and a spaced title as they are', () => {
    const prose = '北岭市住房和城乡建设局　　　　2025年2月26日';
    expect(cleanText(prose).text).not.toContain('\t');
    expect(cleanText('关　于　改　造　的　通　知').text).not.toContain('\t');
    expect(cleanText('扫描件请先做文字识别（OCR） |针对以上情况，我局近期加大了日常巡查力度，督促其清理物品。').text).not.toContain('\t');
    // Prose written with ASCII commas, line after line, is no table: its clauses are long and hold no figure cell.
    const commaProse = ['在改造中结合实际情况,征求社区居民意见,适当增加停车位。', '下一步,街道将积极联系住建等部门,继续谋划项目。', '老小区改造比较复杂,既要考虑老百姓的需求,还要兼顾条件。'];
    expect(cleanText(commaProse.join('\n')).text).not.toContain('\t');
    expect(cleanText('时间：2025/3/1\n地址：河东区/青山县/北岭市').text).not.toContain('\t');
  });

  it('gives a count column named by what it counts its unit', () => {
    expect(tableFigures('县区\t小区个数\t居民户数\n河东区\t22\t3100')).toEqual(['22个', '3100户']);
  });

  it('gives the figures of a table laid out the other way the unit its row names', () => {
    expect(tableFigures(cleanText(TRANSPOSED.join('\n')).text)).toContain('2100户');
  });

  const libraries = { drawn: DRAWN, piped: PIPED, aligned: ALIGNED, 'comma-separated': COMMAS, 'slash-separated': SLASHES, transposed: TRANSPOSED };
  const built = Object.entries(libraries).map(([name, layout]) => ({ name, t: testLibrary({ files: { 'beiling_jihua_2025.txt': plan(layout) } }) }));
  for (const { name, t } of built) {
    it(`answers a figure asked of one county's row of a ${name} table`, async () => {
      const a = await answerQuestion(t.services, '2025年青山县计划改造涉及多少户？');
      expect(a.answered).toBe(true);
      expect(a.answer).toContain('2100');
      expect(a.answer).not.toContain('3100');
    });
  }
});
