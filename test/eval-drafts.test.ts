import { describe, expect, it } from 'vitest';
import {
  checkCitationCoverage,
  checkDraftStructure,
  checkNumberFidelity,
  checkOutline,
  chineseOrdinal,
  type ProposalExpectation,
} from '../src/eval/draftChecks.js';
import { summarizeDrafts, type DraftFixtureResult } from '../src/eval/run.js';
import type { Citation, DraftResult } from '../src/types.js';

const cite = (docId: string, quote: string): Citation => ({ n: 1, docId, title: docId, number: null, section: '一、工作目标', quote, chunkId: `${docId}#0` });

function sampleResult(): DraftResult {
  return {
    meta: { title: '关于加快老旧小区改造的提案', number: '第12号', meeting: null, proposers: ['张三', '李四'], role: '委员', kind: '提案' },
    suggestions: [
      { index: 1, topic: '资金', text: '建议加大资金投入' },
      { index: 2, topic: '物业', text: '建议完善物业管理' },
    ],
    draft: {
      title: '对市政协第12号提案的答复',
      salutation: '张三、李四委员：',
      opening: '你们提出的关于“加快老旧小区改造”的提案收悉，现答复如下：',
      background: '本市自2017年起开展老旧小区改造试点[2]。',
      backgroundCitations: [{ ...cite('pilot', '2017年起开展试点'), n: 2, section: '' }],
      sections: [
        { heading: '一、关于加大资金投入的建议', paragraphs: ['2022年计划改造项目11个，涉及13029户[1]。'], citations: [cite('plan', '计划改造项目11个')] },
        { heading: '二、关于完善物业管理的建议', paragraphs: ['【待补充：本市物业覆盖率 2023 年数据】'], citations: [] },
      ],
      nextSteps: { heading: '三、下步工作安排', paragraphs: ['下一步，我局将争取改造 99 个小区。'], citations: [] },
      closing: '感谢你们对住房和城乡建设工作的关心和支持。',
      contact: ['联系单位及电话：市住建局 2169961', '联系人：陈某'],
      cc: '抄送：市政协提案委',
    },
    outline: null,
    text: '',
    fidelity: [],
    precedents: [],
    engine: { llm: 'offline', embeddings: 'local' },
  };
}

const expectation: ProposalExpectation = { kind: '提案', sections: 2, salutation: '张三、李四委员：', openingPrefix: '你们提出的关于“' };

describe('draft structure checks', () => {
  it('passes a draft in the 答复 format', () => {
    expect(checkDraftStructure(sampleResult(), expectation)).toEqual({
      kind: true,
      sectionsPerSuggestion: true,
      headingsNumbered: true,
      requiredParts: true,
      salutation: true,
      opening: true,
    });
  });

  it('notices a wrong salutation, a missing section and a broken numbering', () => {
    const result = sampleResult();
    result.draft!.salutation = '张三委员：';
    result.draft!.sections.pop();
    const checks = checkDraftStructure(result, expectation);
    expect(checks.salutation).toBe(false);
    expect(checks.sectionsPerSuggestion).toBe(false);
    // next steps are now the second heading but still say 三、
    expect(checks.headingsNumbered).toBe(false);
  });

  it('notices missing parts and the wrong kind', () => {
    const result = sampleResult();
    result.draft!.contact = [];
    result.meta.kind = '建议';
    const checks = checkDraftStructure(result, expectation);
    expect(checks.requiredParts).toBe(false);
    expect(checks.kind).toBe(false);
  });

  it('leaves unexpected checks unjudged and counts sections against parsed suggestions', () => {
    const checks = checkDraftStructure(sampleResult());
    expect(checks.salutation).toBeNull();
    expect(checks.kind).toBeNull();
    expect(checks.sectionsPerSuggestion).toBe(true);
  });

  it('fails every check when there is no draft', () => {
    const result = { ...sampleResult(), draft: null };
    const checks = checkDraftStructure(result, expectation);
    expect(checks.requiredParts).toBe(false);
    expect(checks.opening).toBe(false);
  });

  it('numbers headings in Chinese', () => {
    expect(chineseOrdinal(1)).toBe('一、');
    expect(chineseOrdinal(11)).toBe('十一、');
  });
});

describe('number fidelity', () => {
  it('accepts figures from the proposal or a cited passage and reports the rest; placeholders and [n] are not claims', () => {
    const sourceOf = (c: Citation) => (c.docId === 'plan' ? '牡丹江市2022年计划改造老旧小区项目11个，涉及居民13029户。' : '');
    const fidelity = checkNumberFidelity(sampleResult(), '建议每年改造更多小区。', sourceOf);
    // 2017 is in the background's citation; 2022, 11, 13029 in the section's; 99 appears nowhere;
    // 2023 is inside 【待补充】 and [1], [2] are citation markers.
    expect(fidelity).toEqual({ total: 5, supported: 4, unsupported: ['99'] });
  });

  it('accepts a figure that the proposal itself gives', () => {
    const fidelity = checkNumberFidelity(sampleResult(), '建议明年改造 99 个小区', () => '2017年 2022年 11个 13029户');
    expect(fidelity.unsupported).toEqual([]);
  });
});

describe('outline check', () => {
  it('counts outline sections against suggestions and points that name a source', () => {
    const result: DraftResult = {
      ...sampleResult(),
      draft: null,
      outline: {
        title: 't',
        salutation: 's',
        opening: 'o',
        sections: [
          { heading: '一、关于资金', points: [{ point: '已出台奖补办法', sources: [cite('a', 'q')] }, { point: '【待补充】', sources: [] }] },
          { heading: '二、关于物业', points: [{ point: '推进物业进小区', sources: [cite('b', 'q')] }] },
        ],
        nextSteps: [],
        contact: [],
      },
    };
    expect(checkOutline(result, expectation)).toEqual({ sectionsPerSuggestion: true, points: 3, pointsWithSources: 2 });
    expect(checkOutline(result, { ...expectation, sections: 3 }).sectionsPerSuggestion).toBe(false);
    expect(checkOutline({ ...result, outline: null }).sectionsPerSuggestion).toBe(false);
  });
});

describe('citation coverage', () => {
  it('counts suggestion sections with citations and honest placeholders separately', () => {
    expect(checkCitationCoverage(sampleResult())).toEqual({ sections: 2, cited: 1, placeholderOnly: 1 });
  });
});

describe('draft summary', () => {
  it('aggregates checks, figures and coverage over fixtures', () => {
    const ok: DraftFixtureResult = {
      file: 'a.txt',
      suggestions: 2,
      sections: 2,
      checks: { kind: true, sectionsPerSuggestion: true, headingsNumbered: true, requiredParts: true, salutation: true, opening: null },
      numbers: { total: 4, supported: 3, unsupported: ['99'] },
      coverage: { sections: 2, cited: 1, placeholderOnly: 1 },
      fidelityIssues: 0,
      timeMs: 100,
      outline: { sectionsPerSuggestion: true, points: 4, pointsWithSources: 3, timeMs: 50 },
    };
    const failed: DraftFixtureResult = { ...ok, file: 'b.txt', checks: null, outline: null, numbers: { total: 0, supported: 0, unsupported: [] }, coverage: { sections: 0, cited: 0, placeholderOnly: 0 }, error: 'boom' };
    const report = summarizeDrafts([ok, failed]);
    expect(report.structure.salutation).toBe(0.5);
    expect(report.structure.opening).toBe(0);
    expect(report.allChecksPassed).toBe(0.5);
    expect(report.numberFidelity).toBe(0.75);
    expect(report.unsupportedNumbers).toBe(1);
    expect(report.citationCoverage).toBe(0.5);
    expect(report.errors).toBe(1);
    expect(report.timeMs.p50).toBe(100);
    expect(report.outline).toEqual({ sectionsPerSuggestion: 0.5, pointsWithSources: 0.75, timeMsP50: 50, errors: 1 });
  });
});

describe('proposal fixtures', () => {
  it('has an expectation for files that exist, each valid', async () => {
    const { loadProposalFixtures, loadExpectations } = await import('../src/eval/proposals.js');
    const dir = new URL('./fixtures/proposals/', import.meta.url).pathname;
    const expectations = loadExpectations(dir);
    const files = loadProposalFixtures(dir).map((f) => f.file);
    expect(Object.keys(expectations).length).toBeGreaterThan(0);
    for (const name of Object.keys(expectations)) expect(files).toContain(name);
  });
});

describe('held-out expectations as format checks', () => {
  it('addresses a body that proposes (role null) by its name alone, and a person by name and role', async () => {
    const { loadExpectations } = await import('../src/eval/proposals.js');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(`${tmpdir()}/expectations-`);
    const held = (proposers: string[], role: '委员' | null | undefined) => ({
      isProposal: true,
      kind: '提案',
      proposers,
      ...(role === undefined ? {} : { role }),
      suggestions: [{ topic: '加装电梯', keywords: ['电梯'], evidence: [] }],
      split: 'tune',
    });
    writeFileSync(
      `${dir}/expectations.json`,
      JSON.stringify({ 'a.txt': held(['民盟某市委会'], null), 'b.txt': held(['王五'], undefined), 'c.txt': held(['赵六'], '委员') }),
    );
    const loaded = loadExpectations(dir);
    expect(loaded['a.txt']?.format?.salutation).toBe('民盟某市委会：');
    expect(loaded['b.txt']?.format?.salutation).toBe('王五委员：');
    expect(loaded['c.txt']?.format?.salutation).toBe('赵六委员：');
  });
});
