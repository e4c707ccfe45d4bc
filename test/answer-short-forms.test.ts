// Short forms staff use for bodies the documents spell out ("发改委", "住建厅") come from the one domain vocabulary
// (src/text/synonyms.txt, "简称 = 全称"): a sentence writing the full name answers a question using the short form.
import { describe, expect, it } from 'vitest';
import { getSynonyms } from '../src/text/synonyms.js';
import { extractiveAsker, makeChunk } from './support/services.js';

const CHUNKS = [
  makeChunk({ docId: 'duties', title: '部门职责分工', text: '市发展和改革委员会负责老旧小区改造项目立项。' }),
  makeChunk({ docId: 'duties', title: '部门职责分工', text: '各街道办事处负责审批居民提交的加装电梯申请。' }, 1),
  makeChunk({ docId: 'notice', title: '关于做好改造项目储备的通知', text: '各区住房和城乡建设局于每年三月底前报送下一年度改造项目清单。' }),
];

describe('short forms of body names', () => {
  it('the shipped vocabulary writes 发改委 and 住建厅 in full', () => {
    expect(getSynonyms().writtenAs('发改委')).toEqual(expect.arrayContaining(['发展和改革委员会', '发展改革委']));
    expect(getSynonyms().writtenAs('住建厅')).toContain('住房和城乡建设厅');
  });

  it('asked what 发改委 does, the answer is the sentence naming 市发展和改革委员会', async () => {
    const ask = extractiveAsker(CHUNKS, 3);
    const a = await ask('发改委负责审批哪些内容？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('项目立项');
  });
});
