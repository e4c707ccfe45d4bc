import { describe, expect, it } from 'vitest';
import { chunkDocument, parseDocument } from '../src/corpus/index.js';

// A reply with a feedback form attached, as bureaus print them: a filled table, then the printed notes.
const REPLY = [
  '关于市八届政协二次会议第21号提案的答复',
  '',
  '王明委员：',
  '你提出的关于加装电梯的提案收悉，现答复如下：',
  '一、关于加装电梯补贴的建议',
  '我市对既有住宅加装电梯每台补贴10万元。',
  '',
  '附件 2',
  '',
  '政协提案办理情况征询意见表',
  '',
  '提案编号\t21\t办理单位\t市住建局',
  '提案标题\t关于加装电梯的提案',
  '收到提案答复日期\t2023 年 5 月 8 日',
  '对办理单位 办理工作的 评价 (请打“√”)\t好\t较好\t差',
  '\t领导重视\t√\t\t',
  '\t沟通情况\t\t√\t',
  '对办理单位提案办理结果的评价及建议（请打“√”）',
  '满 意\t基本满意\t不满意',
  '√\t\t',
  '意见及建议：',
  '提案者签名:\t王明\t联系电话:\t13912345678\t23年5月9日',
  '',
  '- 注：1. 此表与提案答复由主办单位送（寄）给提案者，提案者要认真填写。',
  ' 2. 提案者填写此表后，由办理单位连同提案答复一并送（寄）给市政协提案委和市政府督查室。',
  ' 3. 提案者要认真填写“提案编号”、“提案标题”及“意见及建议”栏目内容。',
].join('\n');

describe('feedback forms at ingestion', () => {
  const doc = parseDocument({ docId: 'r21', path: 'r21.txt', raw: REPLY });
  const formChunks = chunkDocument(doc).filter((c) => c.kind === 'form');
  const formText = formChunks.map((c) => c.text).join('\n');

  it('keeps the printed instructions and rating options searchable', () => {
    expect(formText).toContain('市政协提案委和市政府督查室');
    expect(formText).toContain('提案者要认真填写“提案编号”');
    expect(formText).toMatch(/领导重视、沟通情况/u);
    expect(formText).toMatch(/好、较好、差/u);
    expect(formText).toMatch(/满意、基本满意、不满意/u);
  });

  it('keeps the printed notes in the form’s chunk, under the form title', () => {
    expect(formChunks.every((c) => c.sectionPath.startsWith('政协提案办理情况征询意见表'))).toBe(true);
    expect(formText).toContain('填表说明：1. 此表与提案答复由主办单位送（寄）给提案者');
  });

  it('drops the filler’s signature and phone', () => {
    const all = chunkDocument(doc).map((c) => c.text).join('\n');
    expect(all).not.toContain('13912345678');
    expect(formText).not.toMatch(/王明|签名/u);
  });
});
