// "夜间施工要办什么手续": 夜间 is part of the term (night work has its own permit), not when the asker happened to ask.
// A library that only rules on daytime work has no answer; one that rules on night work answers with that rule.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { CONFIDENCE_GATE_OFF, libraryDocument, testLibrary } from './support/library.js';
import { saysWhenOnly } from '../src/text/questionWords.js';

const WORKS = libraryDocument(
  { title: '青山市城镇老旧小区改造工程施工管理办法', issuer: '青山市住房和城乡建设局' },
  `青山市城镇老旧小区改造工程施工管理办法

第五条 改造工程开工前，建设单位应当办理施工许可手续，并在小区出入口公示施工时间和联系人。
第六条 施工单位应当采取围挡、洒水等措施控制扬尘。
第七条 改造工程竣工后，建设单位应当组织居民代表参加验收。
`,
);
const NOISE = libraryDocument(
  { title: '青山市建筑施工噪声管理规定', issuer: '青山市住房和城乡建设局' },
  `青山市建筑施工噪声管理规定

第八条 因混凝土浇筑等工艺要求确需夜间施工的，施工单位应当提前三日向住房城乡建设部门申请夜间施工许可，并公告附近居民。
第九条 施工现场应当设置围挡，控制扬尘。
`,
);
const PARKING = libraryDocument(
  { title: '青山市关于推进机关企事业单位停车场错时共享的通知', issuer: '青山市住房和城乡建设局' },
  `青山市关于推进机关企事业单位停车场错时共享的通知

一、机关企事业单位内部停车场在节假日实行错时开放，向周边老旧小区居民提供共享停车。
`,
);

const daytimeOnly = testLibrary({ files: { 'qs_sg.txt': WORKS, 'qs_tc.txt': PARKING } });
const withNightWork = testLibrary({ files: { 'qs_sg.txt': WORKS, 'qs_zs.txt': NOISE, 'qs_tc.txt': PARKING } });

describe('a part of the day naming an activity (夜间施工)', () => {
  it('keeps 夜间 of 夜间施工 as what is asked, and the asker’s 晚上 as when', () => {
    expect(saysWhenOnly('夜间', '夜间施工要办什么手续？')).toBe(false);
    expect(saysWhenOnly('晚上', '晚上七点半了楼下还在施工，这合规吗')).toBe(true);
    expect(saysWhenOnly('夜间', '夜间停在小区里要收费吗')).toBe(true);
  });

  it('keeps the written part of day before any activity, whatever the tagger calls it (作业 n, 照明 v)', () => {
    expect(saysWhenOnly('晚间', '晚间作业需要审批吗')).toBe(false);
    expect(saysWhenOnly('夜间', '夜间照明谁负责')).toBe(false);
    expect(saysWhenOnly('夜间', '夜间噪音扰民怎么办')).toBe(false);
  });

  it('is not answered with the daytime permit when the library says nothing of night work', async () => {
    const answer = await daytimeOnly.ask('夜间施工要办什么手续？');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('夜间');
    expect((await daytimeOnly.ask('开工前要办什么手续？')).answered).toBe(true);
  });

  it('is answered with the night-work rule when the library has one', async () => {
    const answer = await answerQuestion(withNightWork.services, '夜间施工要办什么手续？', [], CONFIDENCE_GATE_OFF);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('申请夜间施工许可');
  });
});
