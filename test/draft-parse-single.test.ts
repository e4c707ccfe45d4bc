// A proposal whose only suggestion is numbered: "为此建议：\n一、加大财政资金投入。". One item is no list, but a marked
// item after a lead is still the proposer's ask, whatever the marker and whether it sits on the lead's line.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';
import { sectionHeading } from '../src/draft/frame.js';

const HEADER = '关于加快推进老旧小区改造的提案\n提案人：张华\n';
const MARKERS = ['一、', '（一）', '1.', '1、', '(1)', '第一，', '一是'];

describe('a single numbered suggestion right under the header', () => {
  it.each(MARKERS)('finds the one suggestion after "为此建议：" on its own line (marker %s)', (marker) => {
    const parsed = parseProposal(`${HEADER}为此建议：\n${marker}加大财政资金投入。\n`);
    expect(parsed.notice).toBeUndefined();
    expect(parsed.suggestions).toHaveLength(1);
    expect(parsed.suggestions[0].text).toContain('加大财政资金投入');
  });

  it.each(MARKERS)('finds it on the lead\'s own line, "为此建议：%s加大…"', (marker) => {
    const parsed = parseProposal(`${HEADER}为此建议：${marker}加大财政资金投入。\n`);
    expect(parsed.notice).toBeUndefined();
    expect(parsed.suggestions.map((s) => s.text)).toEqual([expect.stringContaining('加大财政资金投入')]);
  });

  it('takes a short numbered ask after a lead in running text ("为此建议：一、加大投入。")', () => {
    const parsed = parseProposal(`${HEADER}我市老旧小区设施老化，居民反映强烈。为此建议：一、加大投入。\n`);
    expect(parsed.notice).toBeUndefined();
    expect(parsed.suggestions.map((s) => s.text)).toEqual([expect.stringContaining('加大投入')]);
    expect(parsed.suggestions[0].text).not.toMatch(/设施老化|为此建议/);
  });

  it('still keeps header lines out of the body and leaves a proposal without asks to its title', () => {
    const parsed = parseProposal(`${HEADER}我市老旧小区设施老化，居民反映强烈。\n`);
    expect(parsed.notice).toBeDefined();
    expect(parsed.suggestions.map((s) => s.topic)).toEqual(['加快推进老旧小区改造']);
  });
});

describe('the marker of a single numbered suggestion stays out of its topic and heading', () => {
  const background = `${HEADER}我市老旧小区设施老化。`;
  const shapes: [string, (marker: string) => string][] = [
    ['after "建议如下：" on the next line', (m) => `${background}建议如下：\n${m}加大财政资金投入，扩大改造范围。\n`],
    ['after "建议如下：" on its line', (m) => `${background}建议如下：${m}加大财政资金投入，扩大改造范围。\n`],
    ['after "为此建议：" under the header', (m) => `${HEADER}为此建议：\n${m}加大财政资金投入，扩大改造范围。\n`],
  ];
  for (const [shape, text] of shapes) {
    it.each(MARKERS)(`${shape} (marker %s)`, (marker) => {
      const { suggestions } = parseProposal(text(marker));
      expect(suggestions.map((s) => s.topic)).toEqual(['加大财政资金投入，扩大改造范围']);
      expect(suggestions[0].text).toBe('加大财政资金投入，扩大改造范围。');
      expect(sectionHeading(suggestions[0], 1)).toBe('一、关于加大财政资金投入的建议');
    });
  }

  it('a numbered ask that announces a further one gives two suggestions, neither numbered', () => {
    const { suggestions } = parseProposal(`${background}建议如下：\n1.加大财政资金投入，扩大改造范围。另外，建议建立改造后长效管理机制。\n`);
    expect(suggestions.map((s) => s.text)).toEqual(['加大财政资金投入，扩大改造范围。', '另外，建议建立改造后长效管理机制。']);
  });
});
