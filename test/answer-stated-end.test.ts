// "…现在还有效吗" whose best-scoring sentence restates the old rule (what it listed, how it was enforced) while another
// sentence of the passages says that version ended: the answer is led by the sentence saying so, not refused for saying
// nothing of whether the rule applies. A sentence ending another version than the one asked does not lead.
import { describe, expect, it } from 'vitest';
import { STATES_ENDED } from '../src/text/inForce.js';
import { answerQuestion } from '../src/answer/index.js';
import { CONFIDENCE_GATE_OFF, testLibrary } from './support/library.js';

const LIST = [
  '---',
  'title: 松岭市既有住宅外立面整治禁止事项目录（2025年版）',
  'issuer: 松岭市住房和城乡建设局',
  'kind: policy',
  'date: 2025-03-10',
  '---',
  '一、修订说明',
  '2021年版禁止事项目录执行以来，共查处违规事项37起，其中改变建筑主体结构的21起、占用公共空间的16起。',
  '二、施行',
  '2021年版禁止事项目录自2025年6月1日起不再适用，以本目录为准。各区住房城乡建设部门应当在门户网站公开本目录。',
  '三、监督检查',
  '市住房城乡建设局每季度抽查外立面整治项目，抽查比例不低于15%。',
  '',
].join('\n');

const KEPT = [
  '---',
  'title: 松岭市楼道照明改造补助办法',
  'issuer: 松岭市住房和城乡建设局',
  'kind: policy',
  'date: 2025-02-01',
  '---',
  '一、补助标准',
  '楼道照明改造按每个单元800元给予补助，2023年版补助办法规定每个单元600元。',
  '二、申请',
  '改造完成后由街道汇总申请，区住房城乡建设部门审核。',
  '',
].join('\n');

const FEES = [
  '---',
  'title: 松岭市关于调整住宅小区物业服务指导价的通知',
  'issuer: 松岭市住房和城乡建设局',
  'kind: policy',
  'date: 2025-05-20',
  '---',
  '一、指导价',
  '2025年版物业服务指导价为每平方米每月1.8元，按月收取。',
  '二、衔接',
  '2020年版物业服务指导价不再执行。业主对收费有异议的，可向街道物业管理办公室反映。',
  '',
].join('\n');

const t = testLibrary({ files: { 'songling_list.txt': LIST, 'songling_lighting.txt': KEPT, 'songling_fees.txt': FEES } });

describe('a rule asked whether it still applies', () => {
  it("hears an ended rule in 废止, 失效, 不再执行, not in a rule changed or restated", () => {
    expect(STATES_ENDED.test('2021年版禁止事项目录自2025年6月1日起不再适用。')).toBe(true);
    expect(STATES_ENDED.test('原目录同时废止。')).toBe(true);
    expect(STATES_ENDED.test('本通知施行后，原政策不再执行。')).toBe(true);
    expect(STATES_ENDED.test('补助由每个单元600元调整为800元。')).toBe(false);
    expect(STATES_ENDED.test('2021年版禁止事项目录列明七种情形。')).toBe(false);
  });

  it("is answered by the sentence saying the old version ended", async () => {
    const a = await answerQuestion(t.services, '2021年版禁止事项目录现在还执行吗', [], CONFIDENCE_GATE_OFF);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('不再适用');
  });

  it("is not refused for the end of another version than the one asked", async () => {
    const a = await t.ask('2025年版物业服务指导价现在还执行吗');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('每平方米每月1.8元');
  });

  it("asked by its figure, is not answered by the end of the other version", async () => {
    const a = await t.ask('每平方米每月1.8元的物业服务指导价现在还有效吗');
    expect(a.answer).not.toMatch(/^[^。]*2020年版/u);
  });

  it("is still refused when no sentence says whether the old rule applies", async () => {
    const a = await t.ask('2023年版楼道照明补助办法现在还执行吗');
    expect(a.answered).toBe(false);
  });
});
