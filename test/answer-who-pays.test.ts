// Who pays asked (issue #10, precision): "维保费用由谁出？" was answered by a sentence that speaks of those costs but says
// no one bears them ("研究引入电梯综合保险，降低后期运行维护费用").
import { describe, expect, it } from 'vitest';
import { asksWhoPays, statesWhoPays } from '../src/text/askedFigure.js';
import { libraryDocument, testLibrary } from './support/library.js';

const REPLY = libraryDocument({ title: '关于加快既有住宅加装电梯的提案的答复', issuer: '青川市住房和城乡建设局' }, `关于加快既有住宅加装电梯的提案的答复

一、关于加装电梯审批
加装电梯须经本单元业主依法表决同意，由街道办事处组织协调。
二、关于后期运行维护
下一步，我局将按照2024年计划加装电梯50台的目标推进，并研究引入电梯综合保险，降低后期运行维护费用。
三、关于燃气管道改造
燃气管道改造中，专营设施部分由燃气企业出资，户内部分由居民自行承担。
`);

const library = testLibrary({ files: { 'qingchuan_dianti.txt': REPLY } }, { timeout: 120_000 });

describe('who pays asked', () => {
  it('refuses when the sentences found speak of the costs but say no one bears them', async () => {
    const a = await library.ask('加装电梯以后每年的运行维护费用由谁出？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('由谁承担');
  });

  it('answers with the sentence naming who bears the cost', async () => {
    const a = await library.ask('燃气管道改造的钱谁出？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('由燃气企业出资');
  });

  it('reads who-pays and whether-one-must-pay questions, not sums', () => {
    expect(asksWhoPays('电梯装好以后每年的保养费政府管不管')).toBe(true);
    expect(asksWhoPays('装了电梯，一楼的也得跟着出钱？')).toBe(true);
    expect(asksWhoPays('改造要我们自己掏钱不？70平的房子大概得出多少')).toBe(false);
    expect(asksWhoPays('县城里有人拿地锁霸占公共车位，住建那边到底管不管？')).toBe(false);
    expect(statesWhoPays('电费由小区公共收益列支')).toBe(true);
    expect(statesWhoPays('研究引入电梯综合保险，降低后期运行维护费用')).toBe(false);
  });
});
