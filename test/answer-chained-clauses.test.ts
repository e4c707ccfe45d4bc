import { describe, expect, it } from 'vitest';
import type { Chunk } from '../src/types.js';
import { continuesStatement, REFERS_BACK } from '../src/text/clauses.js';
import { documentChunks, extractiveAsker } from './support/services.js';

// An invented bureau (南川市): a notice on management after renovation. None of its wording is in the shipped corpus
// or the evaluation sets.
const notice = '南川市住房和城乡建设局关于做好改造后小区物业管理的通知';
const chunks: Chunk[] = documentChunks('nc-notice', { title: notice, kind: 'policy' }, [
  [
    '四、考核目标',
    '各区住房城乡建设部门每半年组织一次考核，考核结果纳入年度绩效评价。到2027年底，改造后小区物业服务覆盖率达到75%以上；到2029年底达到90%以上。',
  ],
  ['二、管理模式', '改造后的小区由业主大会选聘物业服务企业，暂不具备条件的由社区托管。'],
]);
const ask = extractiveAsker(chunks, 4);

describe('a target stated in semicolon-chained clauses', () => {
  it('answers with both dated targets, and not with the sentence before them ("75%以上" is no back reference)', async () => {
    const a = await ask('通知对物业服务覆盖率提了什么目标？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('75%以上');
    expect(a.answer).toContain('到2029年底达到90%以上');
    expect(a.answer).not.toContain('考核结果');
  });
});

describe('clause rules', () => {
  it('reads 以上 after a figure as "or more", elsewhere as a back reference', () => {
    expect(REFERS_BACK.test('覆盖率达到80%以上；')).toBe(false);
    expect(REFERS_BACK.test('须经三分之二以上业主同意。')).toBe(false);
    expect(REFERS_BACK.test('以上措施由各区负责落实。')).toBe(true);
    expect(REFERS_BACK.test('提出上述目标并作出部署。')).toBe(true);
  });

  it('joins a clause to the one it continues only after a semicolon and with the same lead', () => {
    expect(continuesStatement('到2023年底，覆盖率达到80%以上；', '到2025年底达到95%以上。')).toBe(true);
    expect(continuesStatement('到2023年底，覆盖率达到80%以上。', '到2025年底达到95%以上。')).toBe(false);
    expect(continuesStatement('各区每季度考核；', '到2025年底达到95%以上。')).toBe(false);
  });
});
