// Item numbering beyond 一、/（一）/1.: enclosed numbers ("⒈", "①"), decimal numbering ("2.1", "2.1.1") and bracketed
// headings ("【办理情况】"). Without them an item's text was filed under the heading above it (or the preamble), so a
// draft could not cite the item by name, and a reply's 【下一步打算】 read as work done.
import { describe, expect, it } from 'vitest';
import { chunkDocument, matchHeading, parseDocument } from '../src/corpus/index.js';

const RULES = `东岚市既有住宅加装电梯补助实施细则

1. 总则
1.1 依据。根据市政府有关规定，制定本细则。

2. 补助标准
2.1 基本补助。取得联合审查意见的加装电梯项目，每台补助12万元。
2.1.1 本细则施行前已取得联合审查意见但尚未开工的项目，按每台10万元执行，开工时间以施工许可为准。
2.2 维保补助。对投入使用的电梯每台每年补助1500元，连续补助三年。
`;

const REPORT = `东岚市住房和城乡建设局关于加装电梯工作的情况报告

【办理情况】
⒈推进情况。全市已加装电梯86台，其中今年完成31台。
⒉审批情况。联合审查时限已压缩至7个工作日。

【下一步打算】
⒈研究提高补助标准。会同财政部门测算提高补助的资金需求。
`;

const NOTE = `东岚市住房和城乡建设局工作简讯

今年以来，全市新开工老旧小区42个。
【以下内容从略】
`;

const paths = (raw: string) => chunkDocument(parseDocument({ docId: 'doc', path: 'doc.txt', raw })).map((c) => c.sectionPath).filter((p) => p !== '');

describe('numbered items', () => {
  it('files decimal items under their parent, by lead or, without one, by number', () => {
    expect(paths(RULES)).toEqual(['1. 总则 > 1.1 依据', '2. 补助标准 > 2.1 基本补助', '2. 补助标准 > 2.1 基本补助 > 2.1.1', '2. 补助标准 > 2.2 维保补助']);
  });

  it('files enclosed-number items under bracketed headings, so plans stay apart from work done', () => {
    expect(paths(REPORT)).toEqual(['【办理情况】 > ⒈推进情况', '【办理情况】 > ⒉审批情况', '【下一步打算】 > ⒈研究提高补助标准']);
  });

  it('reads circled numbers as items and leaves a figure with a decimal point alone', () => {
    expect(matchHeading('①城东片区进度滞后。计划改造12个小区，开工5个。')?.title).toBe('①城东片区进度滞后');
    expect(matchHeading('1.5万户居民受益，满意率达到95%。')).toBeNull();
  });

  it('takes a lone bracketed line for a note, not a heading', () => {
    expect(paths(NOTE)).toEqual([]);
  });
});
