// Bulletins bound together number their issues on lines of their own ("第6期（2025年7月15日）"): each issue heads its own
// text, so a search finds the issue meant ("截至9月底…" in the 第7期, not the same section of the 第5期). A single
// bulletin's masthead number, a sentence about an issue, and figures, dates or references opening a line stay body text.
import { describe, expect, it } from 'vitest';
import { buildHeadingTree, findHeadings, flattenHeadings } from '../src/corpus/headings.js';

/** A paragraph long enough that the document is cut into sections rather than read whole (CHUNK_MAX_CHARS). */
const PREAMBLE = '为及时反映全市老旧小区改造工作进展，交流各地经验做法，市老旧小区改造工作领导小组办公室编发工作简报，现汇编如下。'.repeat(10);

function longDocument(raw: string): string {
  return raw.replace('\n\n', `\n\n${PREAMBLE}\n\n`);
}

function headingPaths(raw: string): string[] {
  return flattenHeadings(buildHeadingTree(findHeadings(raw), raw.length)).map(({ path }) => path.join(' > '));
}

const BOUND = longDocument(`青石市老旧小区改造工作简报（合订本）

第3期（2026年4月10日）
一、总体进展
全市已开工小区12个。
第4期（2026年6月10日）
一、总体进展
全市已开工小区30个，完工8个。
第3期反映的两个小区设计方案问题已整改。
`);

describe('issues of bulletins bound together as headings', () => {
  it('files each issue’s sections under the issue', () => {
    expect(headingPaths(BOUND)).toEqual([
      '第3期（2026年4月10日）',
      '第3期（2026年4月10日） > 一、总体进展',
      '第4期（2026年6月10日）',
      '第4期（2026年6月10日） > 一、总体进展',
    ]);
  });

  it("leaves a single bulletin's masthead number alone", () => {
    const raw = longDocument(`青石市老旧小区改造工作简报

第5期
一、总体进展
全市已开工小区12个。
`);
    expect(headingPaths(raw)).toEqual(['一、总体进展']);
  });
});

describe('figures, dates and references at the start of a line stay body text', () => {
  it('does not read 第3条规定的…, 4.1万元, 2026.1.1 or 附件1所列… as headings', () => {
    const raw = longDocument(`青石市老旧小区改造补助说明

一、补助标准
第3条规定的补助标准不变，
4.1万元由市级财政承担，
2026.1.1起申报的项目按新标准执行，
附件1所列小区优先安排。
`);
    expect(headingPaths(raw)).toEqual(['一、补助标准']);
  });
});
