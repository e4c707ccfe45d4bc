import { describe, expect, it } from 'vitest';
import type { Chunk } from '../src/types.js';
import { finishesStatement } from '../src/text/clauses.js';
import { documentChunks, extractiveAsker } from './support/services.js';

// An invented county (芦湾县) with made-up rules on corridors, bike sheds and rents, written for this test alone; the
// test asserts what a reader notices: the clause that finishes a statement joins, another matter's clause does not.
const rules = '芦湾县走廊与车棚管理细则（试行）';
const chunks: Chunk[] = documentChunks('lw-rules', { title: rules, kind: 'policy' }, [
  ['三、走廊杂物', '住户在走廊囤放纸箱的，楼管员先行劝阻。劝阻无效的，由镇城管中队处置。处置前贴出告示。'],
  ['四、灯具补助', '全县今年拨付走廊灯具补助86万元。其中感应灯更换31万元，线缆整理55万元。'],
  ['五、报修', '走廊灯具损坏的，住户可拨打报修电话6612345。各村居每季度巡查一次消防通道；巡查结果贴在公示栏。'],
  ['六、车棚', '住户长租车棚位应当先签协议；须一次交纳押金90元。'],
  ['七、走廊翻新', '走廊翻新工程由各村居牵头实施；由上官青萝任县级督查组组长。'],
  ['八、租金', '廉租户应当按月交清房租；保洁费另按面积计收。'],
  ['九、做法', '比如，芦花村用众筹办法凑齐了车棚翻修款。村口路灯由县照明所统一维护，每盏每年养护费40元。'],
  ['十、进度', '2024年全县翻新走廊63处；明年再翻新90处。'],
]);
const ask = extractiveAsker(chunks, 4);

describe('the clause that finishes the chosen sentence', () => {
  it('answers with the fallback right after a rule ("劝阻无效的，由…处置")', async () => {
    const a = await ask('走廊里囤纸箱，劝了也不搬怎么办');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('先行劝阻');
    expect(a.answer).toContain('由镇城管中队处置');
  });

  it('answers a total with the "其中…" breakdown after it', async () => {
    const a = await ask('今年拨付走廊灯具补助多少');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('86万元');
    expect(a.answer).toContain('感应灯更换31万元');
  });

  it('leaves an ordinary one-sentence answer as it was', async () => {
    const a = await ask('走廊灯坏了打什么报修电话');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('6612345');
    expect(a.answer).not.toContain('消防通道');
  });

  it('still refuses what the documents do not say', async () => {
    const a = await ask('人才公寓每套多少钱');
    expect(a.answered).toBe(false);
  });
});

describe('what a finishing clause must not do', () => {
  it('never supplies the figure asked: a deposit after the rent rule does not answer a rent question', async () => {
    const a = await ask('住户长租车棚位租金多少');
    expect(a.answered).toBe(false);
    expect(a.answer).not.toContain('90元');
  });

  it('never supplies the person asked: another role\'s name does not answer who leads the work', async () => {
    const a = await ask('走廊翻新工程负责人，叫什么名字');
    expect(a.answered).toBe(false);
    expect(a.answer).not.toContain('上官青萝');
  });

  it('does not add another matter\'s fee after a semicolon to a rent answer', async () => {
    const a = await ask('廉租户房租怎么交');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('按月交清房租');
    expect(a.answer).not.toContain('保洁费');
  });

  it('does not pull the sentence after a 比如 example', async () => {
    const a = await ask('车棚翻修款可以众筹吗');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('众筹');
    expect(a.answer).not.toContain('路灯');
  });

  it('does not add next year\'s plan to an answer about 2024', async () => {
    const a = await ask('2024年全县翻新走廊多少处');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('63处');
    expect(a.answer).not.toContain('90处');
  });
});

describe('finishesStatement', () => {
  it('reads the rest of a semicolon sentence, a 其中 / 上述 sentence, a worked example and a condition on the same thing as finishing it', () => {
    expect(finishesStatement('翻修车棚须经本栋住户过半同意；', '并由村居张榜公示五日。')).toBe(true);
    expect(finishesStatement('全县拨付补助86万元。', '其中感应灯更换31万元。')).toBe(true);
    expect(finishesStatement('按每处3万元估算下达。', '上述数额为估算口径，不作逐处核拨。')).toBe(true);
    expect(finishesStatement('提倡邻里自行商定赔付。', '商定不了的，由村调委会调处。')).toBe(true);
    expect(finishesStatement('提倡邻里自行商定赔付；', '商定不了的，由村调委会调处。')).toBe(true);
    expect(finishesStatement('截至5月，补助到位700万元；', '已拨付430万元。')).toBe(true);
    expect(finishesStatement('例：某栋翻修车棚，花费5万元。', '按三成计为1.5万元，补助1.5万元。')).toBe(true);
  });

  it('leaves a list\'s next item, an unrelated sentence, another matter after a semicolon and an example\'s next sentence apart', () => {
    expect(finishesStatement('（一）村居汇总住户需求；', '（二）县局派员实地查看。')).toBe(false);
    expect(finishesStatement('（一）按每处3万元估算下达。', '（二）上述数额为估算口径。')).toBe(true);
    expect(finishesStatement('住户可拨打报修电话6612345。', '各村居每季度巡查一次消防通道。')).toBe(false);
    expect(finishesStatement('住户可拨打报修电话6612345。', '申请廉租房的，向县局递交材料。')).toBe(false);
    expect(finishesStatement('一月份验收9栋；', '二月份验收14栋。')).toBe(false);
    expect(finishesStatement('今年翻新走廊63处；', '明年再翻新90处。')).toBe(false);
    expect(finishesStatement('廉租户应当按月交清房租；', '保洁费按每平方米0.8元收取。', '廉租户房租怎么交')).toBe(false);
    expect(finishesStatement('东片车棚每位补助800元；', '西片车棚每位补助500元。')).toBe(false);
    expect(finishesStatement('比如，芦花村用众筹办法凑齐了翻修款。', '村口路灯由县照明所统一维护。')).toBe(false);
    expect(finishesStatement('例：某栋翻修车棚，花费5万元。', '村口路灯由县照明所统一维护。')).toBe(false);
  });
});
