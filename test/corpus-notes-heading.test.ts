// A form printed inside a notice ends with its notes: a "填表说明" line, then numbered notes. The notes head a section of
// their own (the line stays in the text, as a label does), so a question about the notes finds them under "填表说明"
// instead of under the notice's last numbered part, and the answerer still reads the notes' heading in the text.
import { describe, expect, it } from 'vitest';
import { chunkDocument, parseDocument } from '../src/corpus/index.js';
import { isNotesHeadingLine } from '../src/text/markers.js';

const PREAMBLE = '为做好甲县城镇老旧小区改造项目申报工作，现将有关事项通知如下，请各街道认真组织、如实填报、按时报送。'.repeat(8);

const NOTICE = `甲县住房和城乡建设局关于申报2031年老旧小区改造项目的通知

${PREAMBLE}

一、申报范围
2000年底前建成的城镇老旧小区。

二、报送方式
各街道于5月31日前报送申报表。

附件：居民改造意愿确认书

一、是否同意本小区实施改造
□同意 □不同意

二、改造后希望采用的管理方式
□物业服务企业 □社区托管 □业主自治

户主（签字）：＿＿＿＿＿＿ 日期：＿＿＿＿年＿＿月＿＿日

填表说明
1.每户填写一份确认书。
2.确认书由社区居民委员会留存，保存期限不少于4年。
`;

describe("a form's notes heading line", () => {
  it('is told from a mention of the notes in prose and from a listed attachment', () => {
    expect(isNotesHeadingLine('填表说明')).toBe(true);
    expect(isNotesHeadingLine('申报表填写说明：')).toBe(true);
    expect(isNotesHeadingLine('请按申报表填写说明如实填写。')).toBe(false);
    expect(isNotesHeadingLine('2.项目申报表填报说明')).toBe(false);
  });

  it('heads the notes, not the last part of the form above it', () => {
    const chunks = chunkDocument(parseDocument({ docId: 'notice', path: 'policies/notice.txt', raw: NOTICE }));
    const keeping = chunks.find((c) => c.text.includes('保存期限不少于4年'))!;
    expect(keeping.sectionPath.startsWith('填表说明')).toBe(true);
    const ownership = chunks.find((c) => c.text.includes('□物业服务企业'))!;
    expect(ownership.text).not.toContain('填表说明');
    expect(chunks.some((c) => c.sectionPath === '填表说明' && c.text.includes('填表说明'))).toBe(true);
  });
});
