// What applies is not what a draft proposes (issue #10): an answer quoting only a 讨论稿 / 征求意见稿 for a question
// about what applies is refused, saying so; a question about the draft itself, or whether it is in force, is answered;
// whether it may be done now is answered by the draft's own word that it is not in force and what applies meanwhile;
// what its drafting background says of how things have been is a fact, answered.
import { describe, expect, it } from 'vitest';
import { libraryDocument, testLibrary } from './support/library.js';

const DRAFT = libraryDocument({ title: '青川市城镇老旧小区改造物业服务导入办法（讨论稿）' }, `青川市城镇老旧小区改造物业服务导入办法（讨论稿）

说明：本稿供征求各城区意见使用，尚未经审议通过，不作为执行依据。办法正式印发前，新导入物业服务的小区暂不享受物业服务扶持资金。

起草背景：我市2023年改造后小区的物业服务覆盖率仅为41%，部分小区改完即陷入无人管理。

一、导入方式
改造后小区可通过选聘物业服务企业、社区托管、居民自治三种方式导入物业服务。

二、前期扶持
对新导入物业服务的小区，市财政按每户每年60元给予物业服务扶持资金，扶持期两年。
`);

const t = testLibrary({ files: { 'qingchuan_wuye_tlg.txt': DRAFT } }, { timeout: 120_000 });

describe('an answer only a draft gives', () => {
  it('is refused for a question about what applies, quoting the draft as the nearest content', async () => {
    const a = await t.ask('改造后小区导入物业服务有哪几种方式？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('只有讨论稿中拟议的内容');
    expect(a.citations).toHaveLength(1);
  });

  it('is given when the question names the draft', async () => {
    const a = await t.ask('物业服务导入办法讨论稿里导入物业服务有哪几种方式？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('社区托管');
  });

  it('is given when the question asks whether the text is in force', async () => {
    const a = await t.ask('导入物业服务有哪几种方式，现在生效了吗？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('社区托管');
  });

  it('whether it may be done now is answered by the draft\'s own word that it is not in force', async () => {
    const a = await t.ask('物业服务扶持资金现在能按每户每年60元去申请吗？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('尚未施行');
    expect(a.answer).toContain('暂不享受物业服务扶持资金');
    expect(a.citations).toHaveLength(1);
    expect(a.citations[0].quote).toContain('不作为执行依据');
    expect(a.retrieved.some((r) => r.text.includes('不作为执行依据'))).toBe(true);
  });

  it('is given when it quotes the draft\'s account of how things have been (起草背景), a fact', async () => {
    const a = await t.ask('2023年改造后小区的物业服务覆盖率是多少？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('41%');
  });

  it('is refused when the question only uses 执行, 有效 or 准备 in their ordinary sense', async () => {
    for (const q of ['物业服务扶持资金执行什么标准？', '怎样有效导入物业服务？有哪几种方式？', '导入物业服务有哪几种方式？要准备什么？']) {
      const a = await t.ask(q);
      expect(a.answered, q).toBe(false);
      expect(a.answer, q).toContain('只有讨论稿中拟议的内容');
    }
  });
});
