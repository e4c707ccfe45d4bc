// A rule asked about that two documents of the library state, an old one and the one that repealed it: the answer is
// the rule in force, unless the question asks what it used to be. Library written for this test.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { asksFormerVersion, statesDocumentEnded, titleSaysEnded } from '../src/text/inForce.js';
import { CONFIDENCE_GATE_OFF, libraryDocument, testLibrary } from './support/library.js';

const OLD_RULES = libraryDocument(
  { title: '青石市社区健身点建设管理暂行办法（已废止）', number: '青体规〔2019〕2号', date: '2019-05-06' },
  `青石市社区健身点建设管理暂行办法（已废止）

青体规〔2019〕2号

说明：2024年7月1日起，该暂行办法由《青石市社区健身点建设管理办法》（青体规〔2024〕4号）予以废止，此处留存备查。

第一条 为规范社区健身点建设管理，制定本暂行办法。

第四条 社区健身点的健身器材每年至少检修2次，发现器材损坏的，管理单位应当在30日内修复。

第五条 新建社区健身点的，市级每处补助3万元。
`,
);

const NEW_RULES = libraryDocument(
  { title: '青石市社区健身点建设管理办法', number: '青体规〔2024〕4号', date: '2024-06-12' },
  `青石市社区健身点建设管理办法

青体规〔2024〕4号

第一条 为规范社区健身点建设管理，方便居民就近健身，制定本办法。

第四条 管理单位每月巡查健身器材1次，发现器材损坏的，管理单位应当在10日内修复。

第五条 新建社区健身点的，按照建设面积给予补助，市级每处补助5万元。

第十二条 本办法自2024年7月1日起施行。《青石市社区健身点建设管理暂行办法》（青体规〔2019〕2号）同时废止。
`,
);

const RULE_OFF = { tuning: { ...CONFIDENCE_GATE_OFF.tuning, repealedFactor: 1 } };

describe('a rule stated by an old document and by the one repealing it', () => {
  const t = testLibrary({ files: { 'old.txt': OLD_RULES, 'new.txt': NEW_RULES } });

  it('is answered from the document in force', async () => {
    const question = '健身器材坏了，管理单位几日内得修好';
    const off = await answerQuestion(t.services, question, [], RULE_OFF);
    expect(off.answer).toContain('30日内修复');
    const answer = await answerQuestion(t.services, question, [], CONFIDENCE_GATE_OFF);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('10日内修复');
    expect(answer.answer).not.toContain('30日内修复');
    expect(answer.citations[0]?.docId).toBe('new');
  });

  it('is answered from the old document when the question asks what it used to be', async () => {
    const answer = await answerQuestion(t.services, '原来健身器材坏了，管理单位几日内得修好', [], CONFIDENCE_GATE_OFF);
    expect(answer.answer).toContain('30日内修复');
  });

  it('is answered from the old document when the question names it', async () => {
    const answer = await answerQuestion(t.services, '按青体规〔2019〕2号，健身器材坏了几日内得修好', [], CONFIDENCE_GATE_OFF);
    expect(answer.answer).toContain('30日内修复');
  });
});

describe('which document a repealing sentence ends', () => {
  const old = { title: '青石市社区健身点建设管理暂行办法', number: '青体规〔2019〕2号' };
  const current = { title: '青石市社区健身点建设管理办法', number: '青体规〔2024〕4号' };

  it('is the one it names as ended, not the one it names as repealing', () => {
    const note = '该暂行办法由《青石市社区健身点建设管理办法》（青体规〔2024〕4号）予以废止，此处留存备查。';
    expect(statesDocumentEnded(note, current)).toBe(false);
    const closing = '本办法自2024年7月1日起施行。《青石市社区健身点建设管理暂行办法》（青体规〔2019〕2号）同时废止。';
    expect(statesDocumentEnded(closing, old)).toBe(true);
    expect(statesDocumentEnded('本办法已由青体规〔2024〕4号废止。', current)).toBe(false);
  });

  it('reads a title whose closing note says it ended', () => {
    expect(titleSaysEnded('青石市社区健身点建设管理暂行办法（已废止）')).toBe(true);
    expect(titleSaysEnded('青石市社区健身点建设管理办法（试行）')).toBe(false);
    expect(titleSaysEnded('青石市关于废止部分规范性文件的决定')).toBe(false);
  });
});

describe('a question about a former version', () => {
  it('is told from one asking what applies', () => {
    for (const asked of ['补助原来是多少', '修订前的审核时限是多少', '之前那个试行细则里押金收多少', '老标准是每台多少', '调整之前怎么算']) {
      expect(asksFormerVersion(asked), asked).toBe(true);
    }
    for (const asked of ['每处补助多少', '9月30日之前要交哪些材料', '年底以前能完工吗', '现在一台补多少']) {
      expect(asksFormerVersion(asked), asked).toBe(false);
    }
  });
});
