// A when / how-much question whose best-matching sentence states no date or figure (a notice's opening line, a
// background paragraph) would be refused by the check after the answer; a runner-up of the same document that states
// the date or figure asked leads the answer instead. A library that states none still refuses.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { CONFIDENCE_GATE_OFF, testLibrary } from './support/library.js';

const NOTICE = [
  '---',
  'title: 关于组织申报2027年城镇老旧小区改造项目的通知',
  'doc_number: 东住建发〔2026〕31号',
  'issuer: 东江市住房和城乡建设局',
  'kind: policy',
  '---',
  '东江市住房和城乡建设局',
  '各县（市、区）住房和城乡建设局：',
  '为做好2027年城镇老旧小区改造计划编制工作，现就项目申报有关事项通知如下：',
  '一、申报范围',
  '各县（市、区）应优先申报居民改造意愿强烈、2026年因故未能实施的项目。',
  '二、申报材料',
  '申报材料包括项目申报表、居民意愿确认书和现场照片。',
  '三、时间要求',
  '请于2026年11月20日前将改造项目申报表报市住建局城市更新科。',
  '',
].join('\n');

const READING = [
  '---',
  'title: 《东江市城镇老旧小区改造补助办法》政策解读',
  'issuer: 东江市住房和城乡建设局',
  'kind: policy',
  '---',
  '一、办法出台的背景是什么',
  '原《东江市老旧小区改造资金管理暂行办法》规定的基础类、完善类补助标准偏低，补助对象不清，已不适应当前需要。',
  '二、补助标准有什么变化',
  '答：与原办法相比，基础类补助由每平方米50元提高到70元，完善类补助由每平方米20元提高到35元。',
  '',
].join('\n');

const NOTICE_WITHOUT_DATE = [
  '---',
  'title: 关于开展2027年城镇老旧小区改造项目储备的通知',
  'doc_number: 西住建发〔2026〕8号',
  'issuer: 西岭市住房和城乡建设局',
  'kind: policy',
  '---',
  '西岭市住房和城乡建设局',
  '为做好2027年城镇老旧小区改造项目储备工作，现就项目储备有关事项通知如下：',
  '一、储备范围',
  '各区应将居民改造意愿强烈的小区纳入项目储备库。',
  '',
].join('\n');

const t = testLibrary({ files: { 'dongjiang_notice.txt': NOTICE, 'dongjiang_reading.txt': READING, 'xiling_notice.txt': NOTICE_WITHOUT_DATE } });

describe('a date or figure asked that the best sentence lacks', () => {
  it('asked by when a notice\'s applications close, the answer gives the closing date', async () => {
    const a = await answerQuestion(t.services, '东江2027年改造项目申报截止到哪天', [], CONFIDENCE_GATE_OFF);
    expect(a.answered).toBe(true);
    expect(a.answer.split('\n')[0]).toContain('2026年11月20日前');
  });

  it('asked what a repealed measure paid per square metre, the answer gives the figure', async () => {
    const a = await answerQuestion(t.services, '《东江市老旧小区改造资金管理暂行办法》里基础类原来每平方米补多少');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('由每平方米50元提高到70元');
  });

  it('a notice that states no closing date still refuses', async () => {
    const a = await answerQuestion(t.services, '西岭2027年改造项目储备截止到哪天');
    expect(a.answered).toBe(false);
  });
});
