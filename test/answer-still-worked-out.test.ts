// A matter the documents say is still being worked out ("具体方案正在研究", "2026年以后另行研究", "研究引入…保险") does not
// answer when it will be, who pays or whether it goes on (precision): "那个方案什么时候能出来" was answered with the plan
// sentence ending "具体方案正在研究", "维保费用由谁出" with "研究引入电梯综合保险".
import { describe, expect, it } from 'vitest';
import { ASKS_DECIDED_DETAIL, STATES_STILL_WORKED_OUT } from '../src/text/inForce.js';
import { libraryDocument, testLibrary } from './support/library.js';

const REPLY = libraryDocument({ title: '对市政协五届二次会议第12号提案的答复', kind: 'reply', issuer: '青禾市住房和城乡建设局' }, `对市政协五届二次会议第12号提案的答复

一、关于停车设施
下一步，我局将在2025年改造中新增停车位600个，并在南山街道试点建设立体停车设施，具体方案正在研究。
二、关于加装电梯
下一步，我局将按照2025年计划加装电梯40台的目标推进，并研究引入电梯综合保险，降低后期运行维护费用。
三、关于充电设施
新建小区充电桩由小区物业服务企业负责日常维护，计划2025年底前完成首批120个充电桩安装。
`);

const RULES = libraryDocument({ title: '青禾市北岭区城镇老旧小区改造实施细则', issuer: '青禾市北岭区人民政府' }, `青禾市北岭区城镇老旧小区改造实施细则

一、资金配套
（一）加装电梯在市级补助基础上，我区每台再补助3万元
本条仅适用于2025年度通过联合审查的项目，2026年以后另行研究。
（二）管线改造补助
管线改造按每户1500元给予补助，所需资金由区财政承担。
`);

const library = testLibrary({ files: { 'qh_dafu.txt': REPLY, 'bl_xize.txt': RULES } }, { timeout: 120_000 });

describe('a matter still being worked out, asked when, who or whether', () => {
  it('refuses when a plan comes out when the text says it is still being studied', async () => {
    const a = await library.ask('南山街道立体停车的具体方案什么时候能出来？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('相关事项仍在研究或起草中');
    expect(a.answer).toContain('具体方案正在研究');
  });

  it('still says where the pilot is, beside the plan still studied', async () => {
    const a = await library.ask('立体停车设施准备在哪个街道试点？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('南山街道');
  });

  it('refuses who pays when the text only says a way to pay is being studied', async () => {
    const a = await library.ask('加装电梯以后每年的运行维护费用由谁出？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('相关事项仍在研究或起草中');
  });

  it('refuses whether a top-up goes on when the text ends saying that is still to be studied', async () => {
    const a = await library.ask('北岭区加装电梯每台再补的3万元以后还补吗');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('2026年以后另行研究');
  });

  it('answers who pays and by when where the text says so', async () => {
    const who = await library.ask('管线改造补助资金由谁承担？');
    expect(who.answered).toBe(true);
    expect(who.answer).toContain('区财政承担');
    const when = await library.ask('首批充电桩什么时候装完？');
    expect(when.answered).toBe(true);
    expect(when.answer).toContain('2025年底前');
  });

  it('reads still-studied wording and the details only a decision gives', () => {
    expect(STATES_STILL_WORKED_OUT.test('具体方案正在研究')).toBe(true);
    expect(STATES_STILL_WORKED_OUT.test('2026年以后另行研究')).toBe(true);
    expect(STATES_STILL_WORKED_OUT.test('会议同意研究将补助标准由每台12万元提高到15万元')).toBe(false);
    expect(STATES_STILL_WORKED_OUT.test('市政府研究出台了《既有住宅加装电梯管理办法》')).toBe(false);
    expect(STATES_STILL_WORKED_OUT.test('经市政府常务会议研究确定')).toBe(false);
    expect(STATES_STILL_WORKED_OUT.test('并研究制定配套办法')).toBe(true);
    expect(ASKS_DECIDED_DETAIL.test('那个方案什么时候能出来？')).toBe(true);
    expect(ASKS_DECIDED_DETAIL.test('维保费用由谁出？')).toBe(true);
    expect(ASKS_DECIDED_DETAIL.test('灯塔自己还补吗')).toBe(true);
    expect(ASKS_DECIDED_DETAIL.test('准备在哪个街道试点？')).toBe(false);
  });
});

// A sentence that settles the matter asked (says who, says yes, says when it was decided) is answered, whatever it adds
// about a later detail: "研究出台了" and "经…研究确定" report a decision taken, not one still open.
const DECIDED_REPLY = libraryDocument({ title: '对市人大七届三次会议第8号建议的答复', kind: 'reply', issuer: '红石市住房和城乡建设局' }, `对市人大七届三次会议第8号建议的答复

一、关于加装电梯
2024年3月，市政府研究出台了《既有住宅加装电梯管理办法》，明确了补助标准。
二、关于停车设施
对新建立体停车库每个泊位补助5000元，具体申报办法由市住建局另行制定。
`);

const DECIDED_RULES = libraryDocument({ title: '红石市既有住宅加装电梯实施细则', issuer: '红石市人民政府' }, `红石市既有住宅加装电梯实施细则

第六条 加装电梯投入使用后，维修费用由房屋产权人按份承担，同时研究引入电梯综合保险。
第七条 经市政府常务会议研究确定，2024年起公积金提取额度提高到每户10万元。
`);

const decided = testLibrary({ files: { 'hs_dafu.txt': DECIDED_REPLY, 'hs_xize.txt': DECIDED_RULES } }, { timeout: 120_000 });

describe('a matter decided, with a later detail still to come', () => {
  it('answers when a measure came out or was decided where the text says it was', async () => {
    const issued = await decided.ask('加装电梯管理办法是什么时候出台的？');
    expect(issued.answered).toBe(true);
    expect(issued.answer).toContain('2024年3月');
    const settled = await decided.ask('公积金提取额度提高到10万元是什么时候确定的？');
    expect(settled.answered).toBe(true);
    expect(settled.answer).toContain('2024年起');
  });
});

describe('who, asked of a sentence that names who and adds a matter still studied', () => {
  it('answers who pays when the sentence says who, beside a way to pay still studied', async () => {
    const a = await decided.ask('加装电梯维修费用由谁承担？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('由房屋产权人按份承担');
  });
});

describe('whether, asked of a rule stated with a procedural detail still to come', () => {
  it('answers yes when the sentence states the subsidy and leaves only how to apply for later', async () => {
    for (const question of ['新建立体停车库有补助吗？', '新建立体停车库每个泊位补助5000元吗？']) {
      const a = await decided.ask(question);
      expect(a.answered, question).toBe(true);
      expect(a.answer, question).toContain('每个泊位补助5000元');
    }
  });

  it('still refuses whether that procedure is out, which the sentence leaves to be drawn up', async () => {
    const a = await decided.ask('新建立体停车库补助的具体申报办法出台了吗？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('相关事项仍在研究或起草中');
  });
});
