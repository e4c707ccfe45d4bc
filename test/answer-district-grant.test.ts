// A district's own money asked ("区级财政", "区级补贴") is not the city's (issue #10, near misses of another level), and
// "补多少" asks the sum granted: a sentence with no sum (a construction season, a rate of funds received) is no answer.
import { describe, expect, it } from 'vitest';
import { askedLevel } from '../src/grounding/evidenceGate.js';
import { askedFigure } from '../src/text/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const MEASURES = libraryDocument({ title: '青川市城镇老旧小区改造资金管理办法', issuer: '青川市人民政府办公室' }, `青川市城镇老旧小区改造资金管理办法

第八条 市级财政每年安排城镇老旧小区改造专项资金不少于2500万元，对东城区、西城区的项目按照建筑面积每平方米60元给予补助。
`);
const LIFTS = libraryDocument({ title: '青川市既有住宅加装电梯问答', issuer: '青川市住房和城乡建设局' }, `青川市既有住宅加装电梯问答

问：加装电梯有什么时间要求？
答：按照规定，每年4月15日至10月31日为施工期，其他时间不得进行室外湿作业施工。
问：加装电梯政府补助多少钱？
答：按照《青川市既有住宅加装电梯财政补助细则》（青住建发〔2023〕14号），东城区、西城区每台电梯补助12万元。
`);

const library = testLibrary({ files: { 'qingchuan_zjgl.txt': MEASURES, 'qingchuan_dianti.txt': LIFTS } }, { timeout: 120_000 });

describe('a district level and a grant asked', () => {
  it('refuses a district budget asked and a city budget found', async () => {
    const a = await library.ask('东城区区级财政每年安排多少改造资金？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('区级层面');
  });

  it('answers "补多少" with the sum, which the nearest sentence on the rules does not state', async () => {
    const a = await library.ask('青住建发〔2023〕14号规定加装电梯补多少？');
    expect(a.answer).toContain('12万元');
  });

  it('reads 区级 as a county-level ask and 补多少 as a sum asked', () => {
    expect(askedLevel('铁西区区级财政每年安排多少？')).toBe('county');
    expect(askedLevel('自治区级补助多少？')).not.toBe('county');
    expect(askedFigure('每台补多少？')?.test('每台补助12万元')).toBe(true);
    expect(askedFigure('每台补多少？')?.test('到位率不足50%')).toBe(false);
    expect(askedFigure('补了多少户？')?.test('补助120户')).toBe(true);
    expect(askedFigure('今年还要增补多少？')).toBeUndefined();
    expect(askedFigure('空缺的名额按规定递补几？')).toBeUndefined();
  });
});

// "社区级", "小区级", "片区级" are the levels of places called a something-区, not a city district's (区级).
const STANDARDS = libraryDocument({ title: '青川市完整居住社区建设导则', issuer: '青川市住房和城乡建设局' }, `青川市完整居住社区建设导则

三、配建标准
全市社区养老服务用房按照每百户不少于20平方米配建，与社区综合服务站统筹设置。
小区级公共服务设施包括快递柜、健身场地和垃圾分类收集点，随改造项目同步建设。
`);

describe('a level of a place called a something-区', () => {
  const standards = testLibrary({ files: { 'qingchuan_daoze.txt': STANDARDS } }, { timeout: 120_000 });

  it('answers a 社区级 question from the city document that states it', async () => {
    const a = await standards.ask('社区级养老服务用房按什么标准配建？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('20平方米');
  });

  it('reads no district level in 社区级, 小区级, 片区级', () => {
    expect(askedLevel('社区级养老服务用房按什么标准配建？')).toBeNull();
    expect(askedLevel('小区级公共服务设施有哪些标准？')).toBeNull();
    expect(askedLevel('片区级统筹怎么开展？')).toBeNull();
    expect(askedLevel('区级财政出多少？')).toBe('county');
  });
});
