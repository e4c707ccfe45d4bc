// The held-out drafting metrics: parse checks, evidence precision and recall, honest gaps, per split — computed from a
// draft as a reviewer would read it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Citation, DraftResult } from '../src/types.js';
import { scoreDrafting, summarizeBySplit, type DraftingExpectation } from '../src/eval/drafting.js';
import { loadProposalFixtures } from '../src/eval/proposals.js';
import { REPO_ROOT } from './support/services.js';

function cite(n: number, docId: string, section: string, quote: string): Citation {
  return { n, docId, title: docId, number: null, section, quote, chunkId: `${docId}#0` };
}

function result(sections: { heading: string; paragraphs: string[]; citations: Citation[] }[], proposers: string[], opening: string): DraftResult {
  return {
    meta: { title: 't', number: null, meeting: null, proposers, role: '委员', kind: '提案' },
    suggestions: sections.map((s, i) => ({ index: i + 1, topic: s.heading, text: s.heading })),
    draft: {
      title: '对…的答复', salutation: 'x', opening, background: null, sections,
      nextSteps: { heading: '下步工作安排', paragraphs: ['…'], citations: [] }, closing: '', contact: ['c'], cc: null,
    },
    outline: null, text: '', fidelity: [], precedents: [], engine: { llm: 'offline', embeddings: 'x' },
  };
}

const EXPECTED: DraftingExpectation = {
  isProposal: true, kind: '提案', proposers: ['孙雅琴'], role: '委员', addressee: '您', split: 'tune',
  suggestions: [
    { topic: '挖潜增设停车位', keywords: ['停车位'], evidence: [{ docId: 'own', section: '三、' }] },
    { topic: '推行错时共享停车', keywords: ['错时'], evidence: [] },
    { topic: '整治占用车位', keywords: ['占用'], evidence: [{ docId: 'qingyuan', section: '' }] },
  ],
};

describe('drafting metrics', () => {
  it('counts an off-topic quote against precision, a missed expected source against recall, a cited gap against honesty', () => {
    const draft = result(
      [
        { heading: '一、关于增设停车位的建议', paragraphs: ['…增设停车位[1]。'], citations: [cite(1, 'own', '三、关于民生问题', '增设停车位1200个。')] },
        { heading: '二、关于推行错时共享停车的建议', paragraphs: ['由市人防办出资100万元[2]。'], citations: [cite(2, 'own', '四、资金', '由市人防办出资100万元。')] },
        { heading: '三、关于整治占用车位的建议', paragraphs: ['【待补充：相关政策依据】'], citations: [] },
      ],
      ['孙雅琴'],
      '您提出的关于…',
    );
    const score = scoreDrafting(EXPECTED, draft);
    expect(score.parse).toEqual({ sectionCount: true, topics: true, proposers: true, kind: true, addressee: true });
    expect(score.citations).toEqual({ total: 2, onTopic: 1, expected: 1 });
    expect(score.recall).toEqual({ withEvidence: 2, found: 1 });
    expect(score.gaps).toEqual({ withoutEvidence: 1, uncited: 0 });
    expect(score.placeholders).toEqual({ paragraphs: 3, withPlaceholder: 1 });
  });

  it('a wrong name or 你们 for one proposer fails the parse checks; a refused non-proposal is recognised', () => {
    const draft = result([{ heading: '一、关于停车位的建议', paragraphs: ['x'], citations: [] }], ['孙雅'], '你们提出的关于…');
    const score = scoreDrafting(EXPECTED, draft);
    expect(score.parse.proposers).toBe(false);
    expect(score.parse.addressee).toBe(false);
    expect(score.parse.sectionCount).toBe(false);
    const body = { ...EXPECTED, proposers: ['某党派市委'], role: null, addressee: '贵单位' };
    expect(scoreDrafting(body, result([], ['某党派市委'], '你们提出的关于…')).parse.addressee).toBe(false);
    expect(scoreDrafting(body, result([], ['某党派市委'], '贵单位提出的关于…')).parse.addressee).toBe(true);
    expect(scoreDrafting({ ...EXPECTED, isProposal: false, split: 'report' }, null).recognised).toBe(true);
    expect(scoreDrafting({ ...EXPECTED, isProposal: false, split: 'report' }, draft).recognised).toBe(false);
  });

  it('keeps the tune and report halves apart', () => {
    const tune = scoreDrafting(EXPECTED, null);
    const report = scoreDrafting({ ...EXPECTED, isProposal: false, split: 'report' }, null);
    const halves = summarizeBySplit([tune, report]);
    expect(halves.tune.proposals).toBe(1);
    expect(halves.tune.recognised).toBe(0);
    expect(halves.report.recognised).toBe(1);
    expect(halves.all.proposals).toBe(2);
  });

  it('reads the held-out set: 17 texts, 42 suggestions, split halves, format checks derived', () => {
    const fixtures = loadProposalFixtures(path.join(REPO_ROOT, 'test', 'fixtures', 'eval', 'proposals'));
    expect(fixtures).toHaveLength(17);
    expect(fixtures.reduce((n, f) => n + (f.drafting?.suggestions.length ?? 0), 0)).toBe(42);
    expect(fixtures.filter((f) => f.drafting?.split === 'tune')).toHaveLength(9);
    const multi = fixtures.find((f) => f.drafting?.proposers.length === 2)!;
    expect(multi.expectation?.salutation).toBe(`${multi.drafting!.proposers.join('、')}委员：`);
    expect(multi.expectation?.openingPrefix).toBe('你们提出的');
  });
});
