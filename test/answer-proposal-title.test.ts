// What a proposal is about (issue #10, precision): "第031号提案是谁提的，讲的什么事？" was answered with one of the
// reply's suggestions, "滕雅君委员提的是什么提案？" with a 抄送 line. Its title, said in the reply's opening, answers.
import { describe, expect, it } from 'vitest';
import { ASKS_PROPOSAL_SUBJECT } from '../src/text/questionTypes.js';
import { libraryDocument, testLibrary } from './support/library.js';

const REPLY = libraryDocument({ title: '对市政协九届三次会议第031号提案的答复', issuer: '青川市住房和城乡建设局' }, `对市政协九届三次会议第031号提案的答复

徐立航委员：
您提出的关于“加快推进既有住宅加装电梯”的提案收悉，现答复如下：
一、关于审批流程
我局已会同市自然资源和规划局简化加装电梯审批，实行联合审查。
二、关于补助资金
您提出的提高补助标准的建议，我局正会同市财政局进行测算。
抄送：市政协提案委员会，市人民政府办公室。
`);
// A reply whose opening does not name the proposal ("现就您关于二次供水的提案答复如下"): its title is not written.
const UNNAMED_REPLY = libraryDocument({ title: '对市政协九届三次会议第032号提案的答复', issuer: '白沙县住房和城乡建设局' }, `对市政协九届三次会议第032号提案的答复

滕雅君委员：
现就您关于二次供水的提案答复如下：
一、关于二次供水泵房改造
2024年计划改造二次供水泵房40座，目前已开工18座。
二、关于水质检测
我局已会同县卫健委每季度开展二次供水水质抽检。
抄送：县政协提案委员会，县人民政府办公室。
`);

const library = testLibrary({ files: { 'qingchuan_zx_no031.txt': REPLY, 'baisha_zx_no032.txt': UNNAMED_REPLY } }, { timeout: 120_000 });

describe('what a proposal is about', () => {
  it('answers with the reply’s opening naming the proposal', async () => {
    const a = await library.ask('第031号提案是谁提的，讲的什么事？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('加快推进既有住宅加装电梯');
  });

  it('refuses when no sentence found names the proposal, rather than summing up the reply', async () => {
    const a = await library.ask('第032号提案是关于什么的？');
    expect(a.answered).toBe(false);
  });

  it('reads the ways a question asks it', () => {
    expect(ASKS_PROPOSAL_SUBJECT.test('滕雅君委员提的是什么提案？')).toBe(true);
    expect(ASKS_PROPOSAL_SUBJECT.test('第031号提案讲的什么事？')).toBe(true);
    expect(ASKS_PROPOSAL_SUBJECT.test('第031号提案的答复讲的什么事？')).toBe(false);
  });
});
