// "一楼邻居不让装电梯咋办？": the reply says what to do and, after a semicolon, what follows when that fails
// ("鼓励协商补偿；协商不成的，由社区人民调解委员会调解。"). The fallback clause belongs to the answer, and a document in
// force that says it leads a draft (征求意见稿) saying nearly the same.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { continuesStatement } from '../src/text/clauses.js';
import { testLibrary } from './support/library.js';

const REPLY = [
  '---',
  'title: 对市政协八届三次会议第45号提案的答复',
  'issuer: 西河市住房和城乡建设局',
  'kind: reply',
  '---',
  '对市政协八届三次会议第45号提案的答复',
  '',
  '王明委员：',
  '您提出的关于推进既有住宅加装电梯的提案收悉，现答复如下：',
  '一、关于加装电梯的协调',
  '加装电梯须经本单元三分之二以上的业主同意。低层住户受采光、通风影响的，鼓励协商补偿；协商不成的，由社区人民调解委员会调解。',
  '二、下一步工作',
  '我局将继续加大政策宣传力度。',
  '',
].join('\n');

const DRAFT = [
  '---',
  'title: 西河市既有住宅加装电梯办法（征求意见稿）',
  'issuer: 西河市住房和城乡建设局',
  'kind: policy',
  '---',
  '西河市既有住宅加装电梯办法（征求意见稿）',
  '',
  '第七条　低层住户因加装电梯受到采光、通风影响的，由业主协商给予补偿；协商不成的，可申请人民调解。',
  '',
].join('\n');

const t = testLibrary({ files: { 'xihe_zx_no045.txt': REPLY, 'xihe_dianti_zqyj.txt': DRAFT } });

describe('the step taken when the first one fails', () => {
  it('reads a clause opening with what failed as the rest of the statement before it', () => {
    expect(continuesStatement('鼓励业主之间协商给予补偿；', '协商不成的，由街道和社区组织调解。')).toBe(true);
    expect(continuesStatement('逾期未整改的；', '调解未果的，依法处理。')).toBe(true);
    expect(continuesStatement('鼓励业主之间协商给予补偿；', '加装电梯每台补助10万元。')).toBe(false);
    expect(continuesStatement('鼓励业主之间协商给予补偿。', '协商不成的，由社区组织调解。')).toBe(false);
  });

  it('answers what to do when a ground-floor neighbour objects with the fallback, from the reply in force', async () => {
    const a = await answerQuestion(t.services, '楼下一二楼的邻居不让装电梯咋办？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('协商');
    expect(a.answer).toContain('人民调解委员会');
    expect(a.citations.some((c) => c.title.includes('答复'))).toBe(true);
  });
});
