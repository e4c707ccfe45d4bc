// "电瓶车在楼道里拉飞线充电有人管没？": 楼道 says where it happens, 飞线充电 what is asked about. A passage that merely
// lists 楼道修缮 among renovation items must not carry the question on the word of its setting.
import { describe, expect, it } from 'vitest';
import { analyzeQuestion, assessEvidence } from '../src/grounding/evidenceGate.js';

const stats = { docFrequency: (t: string) => ({ 楼道: 1, 飞线: 2, 充电: 6, 电动自行车: 6, 充电设施: 6, 记者会: 1, 部长: 3 })[t] ?? 0, totalChunks: 100 };
const renovationItems = '基础类主要是供水、排水、供电、道路、消防等基础设施的改造提升，以及屋面防水、楼道修缮、外墙安全隐患整治等公共部位维修。';
const charging = '市消防救援支队持续开展电动自行车“进楼入户”和“飞线充电”专项整治。';

describe('a word naming where the asked thing happens', () => {
  it('is not what carries the question: the passage on 飞线充电 answers, not the list holding 楼道修缮', () => {
    const analysis = analyzeQuestion('电瓶车在楼道里拉飞线充电有人管没？', stats);
    expect(analysis.focus).not.toContain('楼道');
    expect(analysis.terms).toContain('楼道');
    const verdict = assessEvidence(analysis, [{ text: renovationItems }, { text: charging }]);
    expect(verdict.pass).toBe(true);
    expect(verdict.passing).toEqual([1]);
  });

  it('still carries it when the question asks about the place itself ("是在哪天的记者会上")', () => {
    const analysis = analyzeQuestion('部长的讲话是在哪天的记者会上？', stats);
    expect(analysis.focus).toContain('记者会');
  });
});
