// "是A类还是B类" asks a reply's handling class (issue #10, a question about a document itself), which its header line
// gives beside the 文号: answered with that line, not with the reply's opening; so does "…5号是哪一类", alone or after
// another ask of the same reply.
import { describe, expect, it } from 'vitest';
import { libraryDocument, testLibrary } from './support/library.js';

const REPLY = libraryDocument({ title: '对市五届人大二次会议第17号建议的答复', issuer: '青川市住房和城乡建设局', number: '青住建人大〔2024〕5号 B类', kind: 'reply' }, `青川市住房和城乡建设局
对市五届人大二次会议第17号建议的答复

青住建人大〔2024〕5号\u3000\u3000\u3000\u3000B类

周立新代表：
你提出的《关于加快老旧小区雨污分流改造的建议》收悉。经认真研究，现答复如下：

一、改造进展
2023年，全市在老旧小区改造中同步实施雨污分流改造42公里。

二、下步工作
我局将把雨污分流列入2025年改造计划，分批实施。
`);

const library = testLibrary({ files: { 'qingchuan_rd_no017.txt': REPLY } });

describe('a handling class asked as a choice', () => {
  it('"是A类还是B类" is answered with the class line beside the 文号', async () => {
    const a = await library.ask('青住建人大〔2024〕5号这份答复是A类还是B类？');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/B类/u);
    expect(a.answer).not.toContain('现答复如下');
  });

  it('"…5号是答复哪位代表的？是哪一类？" answers both asks: the addressee and the class line', async () => {
    const a = await library.ask('青住建人大〔2024〕5号是答复哪位代表的？是哪一类？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('周立新');
    expect(a.answer).toMatch(/5号\s*B类/u);
  });

  it('"…5号是哪一类" alone asks the class of the reply the 文号 names', async () => {
    const a = await library.ask('青住建人大〔2024〕5号是哪一类？');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/5号\s*B类/u);
  });

  it('a compound\'s grade asked by its letter is no reply\'s handling class', async () => {
    for (const q of ['我们小区是B类吗？', '这个小区是A类还是B类小区？']) {
      const a = await library.ask(q);
      expect(a.answer, q).not.toMatch(/5号\s*B类/u);
    }
  });
});

describe('the class asked after another ask of the same reply', () => {
  it('"…是答复哪位代表的？是哪一类？" answers both, the class from the header line', async () => {
    const a = await library.ask('青住建人大〔2024〕5号是答复哪位代表的？是哪一类？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('周立新');
    expect(a.answer).toMatch(/5号\s*B类/u);
  });

  it('"…5号是哪一类？" alone is the handling class of the reply that number names', async () => {
    const a = await library.ask('青住建人大〔2024〕5号是哪一类？');
    expect(a.answered).toBe(true);
    expect(a.answer).toMatch(/5号\s*B类/u);
  });
});

// The class alone in brackets on the line under the 文号 ("（B类）"), as a county bureau's replies write it.
const BRACKETED = libraryDocument({ title: '对县政协第十一届委员会第四次会议第0059号提案的答复', issuer: '青川县住房和城乡建设局', number: '青川住建提复〔2025〕6号', kind: 'reply' }, `青川县住房和城乡建设局
对县政协第十一届委员会第四次会议第0059号提案的答复
青川住建提复〔2025〕6号
（B类）

九三学社青川县支社：
贵支社提出的《关于提升农村住房安全保障水平的提案》（第0059号）收悉。现将办理情况答复如下。

一、关于农房保险
我局已将该项建议转县财政局办理，由县财政局另行答复贵支社。
`);

const bracketed = testLibrary({ files: { 'qingchuan_zx_0059.txt': BRACKETED } });

describe('a handling class in brackets under the 文号', () => {
  it('"…6号是哪一类" is answered with the bracketed class, quoted whole', async () => {
    const a = await bracketed.ask('青川住建提复〔2025〕6号是哪一类');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('（B类）');
    expect(a.answer).not.toContain('另行答复');
  });
});
