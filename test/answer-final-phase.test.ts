// What a matter came to in the end (最终完成, 最后建成了没有, 某年底是多少) is not answered by a start or a plan (precision):
// "2024年最终改造完成了多少个" was answered with "目前已开工48个", "停车库最后建成了没有" with "启动建设…计划年底前建成",
// "2024年底覆盖率是多少" with the year before's figure and that year's target.
import { describe, expect, it } from 'vitest';
import { statesFigureAsDone } from '../src/text/askedFigure.js';
import { ASKS_WHAT_WAS_DONE, ASKS_WHETHER_FINISHED, asksWhatWasDone, statesFinished, unplannedClauses } from '../src/text/plans.js';
import { expectAnswered, expectRefused, libraryDocument, testLibrary } from './support/library.js';

const NEWS = libraryDocument({ title: '白沙县老旧小区改造持续推进' }, `白沙县老旧小区改造持续推进

记者从白沙县住建局了解到，2023年全县改造老旧小区52个，惠及居民7300户。2024年计划改造60个，目前已开工48个。
`);
const REPLY = libraryDocument({ title: '对县政协七届二次会议第31号提案的答复', kind: 'reply', issuer: '白沙县住房和城乡建设局' }, `对县政协七届二次会议第31号提案的答复

一、关于立体停车库
县城管局已在东风路粮站宿舍东侧空地启动建设机械式立体停车库，设计泊位120个，计划2023年底前建成投用。
二、关于口袋公园
南门街道口袋公园已于2023年10月建成投用，新增绿地1200平方米。
三、关于物业服务
截至2023年底，全县改造后小区物业服务覆盖率为61%。2024年我们的目标是达到70%。
四、关于农贸市场
西关农贸市场于2023年3月开工建设，目前已建成投用，设计摊位200个。
`);

const library = testLibrary({ files: { 'baisha_xinwen.txt': NEWS, 'baisha_dafu.txt': REPLY } }, { timeout: 120_000 });

const PLAN = testLibrary({ files: { 'hs_plan.txt': libraryDocument({ title: '红石市城镇老旧小区改造三年行动方案（2024—2026年）', issuer: '红石市人民政府办公室' }, `红石市城镇老旧小区改造三年行动方案（2024—2026年）

一、工作目标
计划到2026年底，全市改造后小区物业服务覆盖率达到80%。
二、实施步骤
2025年3月
各区完成项目摸底，建立项目库。
`) } }, { timeout: 120_000 });

describe('a start or a plan given for what a matter came to in the end', () => {
  it('refuses a final count asked when the library only says how many were started', async () => {
    await expectRefused(library, '白沙县2024年最终改造完成了多少个小区？', '现有文件中没有2024年');
  });

  it('still answers a count done in an earlier year', async () => {
    await expectAnswered(library, '白沙县2023年最终改造完成了多少个小区？', '52个');
  });

  it('refuses whether a thing was finished when the library only says it was started and planned', async () => {
    await expectRefused(library, '粮站宿舍旁边那个立体停车库最后建成了没有', '只有开工或计划的内容');
  });

  it('answers whether a thing was finished when the library says it was', async () => {
    await expectAnswered(library, '南门街道口袋公园建成了没有', '已于2023年10月建成投用');
  });

  // 目前 and 提前 hold 前, 主要 holds 要: none is a plan governing the finish ("目前已建成投用" was refused as only a start).
  it('answers whether a thing was finished when the sentence also says when it started', async () => {
    await expectAnswered(library, '西关农贸市场建成了没有？', '目前已建成投用');
  });

  it('reads 前 and 要 as plan words only where they govern the finish', () => {
    expect(statesFinished('立体停车库于2023年3月开工建设，目前已建成投用')).toBe(true);
    expect(statesFinished('目前已全部完工')).toBe(true);
    expect(statesFinished('主要道路已建成通车')).toBe(true);
    expect(statesFinished('项目已提前完成')).toBe(true);
    expect(statesFinished('各区要在6月30日前完成摸底')).toBe(false);
    expect(statesFinished('要求年底前全部建成')).toBe(false);
  });

  // A finish word that does not end an ask ("建成没多久", "竣工未验收") says when or in what state, not whether.
  it('reads whether a thing was finished only as an ask', () => {
    expect(ASKS_WHETHER_FINISHED.test('停车库建成了没有？')).toBe(true);
    expect(ASKS_WHETHER_FINISHED.test('口袋公园完工了吗')).toBe(true);
    expect(ASKS_WHETHER_FINISHED.test('加装电梯建成没多久就坏了，谁负责维修？')).toBe(false);
    expect(ASKS_WHETHER_FINISHED.test('竣工未验收的小区能否交付使用')).toBe(false);
  });

  // A year-end within a plan's period is answered by that year's target: it was refused as "只有计划或目标".
  it('answers a figure asked at a year-end the quoted plan runs to with its target', async () => {
    await expectAnswered(PLAN, '2026年底全市物业服务覆盖率是多少？', '达到80%');
  });

  // A figure asked at a year's end ("聊城2024年底覆盖率是多少", a comparison's side) is asked as what was done, so the
  // year before's figure and that year's target do not answer it.
  it('reads the question and sentence forms narrowly', () => {
    expect(ASKS_WHAT_WAS_DONE.test('2024年最终改造完成了多少个小区')).toBe(true);
    expect(asksWhatWasDone('聊城2024年底改造后物业服务覆盖率是多少', ['对市政协第63号提案的答复'])).toBe(true);
    expect(asksWhatWasDone('2026年底全市物业服务覆盖率是多少', ['红石市城镇老旧小区改造三年行动方案（2024—2026年）'])).toBe(false);
    expect(ASKS_WHAT_WAS_DONE.test('到2025年底要达到多少')).toBe(false);
    expect(ASKS_WHAT_WAS_DONE.test('小区里收的停车费最后归谁')).toBe(false);
    expect(statesFigureAsDone('2024年计划改造60个，目前已开工48个', /\d+\s*个/u, true)).toBe(false);
    expect(statesFigureAsDone('2024年计划改造60个，目前已开工48个', /\d+\s*个/u, false)).toBe(true);
    expect(statesFigureAsDone('已开工项目完成投资2.1亿元', /\d+(?:\.\d+)?\s*亿元/u, true)).toBe(true);
    expect(statesFinished('已在东风路启动建设立体停车库，设计泊位120个，计划2023年底前建成投用')).toBe(false);
    expect(statesFinished('南门街道口袋公园已于2023年10月建成投用')).toBe(true);
    expect(statesFinished('将于年底前全部完工')).toBe(false);
    // One rule for both: a plan governs the clauses after it until one says what was done.
    expect(unplannedClauses('2024年计划改造60个，目前已开工48个')).toEqual(['目前已开工48个']);
    expect(unplannedClauses('2024年计划改造60个，目前已开工48个', true)).toEqual([]);
  });
});
