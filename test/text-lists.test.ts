// List markers and lists inside running text (src/text): what the proposal parser splits suggestions on.
import { describe, expect, it } from 'vitest';
import { inlineEnumerations, listMarkerAt, markerOf } from '../src/text/index.js';
import { partOfItemAsked } from '../src/text/markers.js';

const items = (text: string) => inlineEnumerations(text).map((list) => list.map((m) => `${m.style}${m.ordinal}`));

describe('listMarkerAt', () => {
  it('reads every marker style with its length, the punctuation after it included', () => {
    expect(listMarkerAt('一是，加大投入')).toEqual({ style: '是', ordinal: 1, length: 3 });
    expect(listMarkerAt('二要加强组织领导')).toMatchObject({ style: '要', ordinal: 2, length: 2 });
    expect(listMarkerAt('三、保障资金')).toMatchObject({ style: '一、', ordinal: 3 });
    expect(listMarkerAt('（四）完善机制')).toMatchObject({ style: '（一）', ordinal: 4 });
    expect(listMarkerAt('第二，创新模式')).toMatchObject({ style: '第一', ordinal: 2, length: 3 });
    expect(listMarkerAt('１．全面排查')).toMatchObject({ style: '1.', ordinal: 1 });
    expect(listMarkerAt('(2)推行网签')).toMatchObject({ style: '（1）', ordinal: 2 });
    expect(listMarkerAt('②规范管理')).toMatchObject({ style: '①', ordinal: 2 });
    expect(listMarkerAt('一是否可行')).toBeUndefined();
    expect(listMarkerAt('1.5万元')).toBeUndefined();
  });

  it('leaves markerOf as it was for sentences: "一、" and "①" number lines, not sentence points', () => {
    expect(markerOf('三、保障资金')).toBeUndefined();
    expect(markerOf('①规范管理')).toBeUndefined();
    expect(markerOf('一要突出重点')).toEqual({ style: '要', ordinal: 1 });
  });
});

describe('inlineEnumerations', () => {
  it('finds an inline list after a colon and one after a comma (一要…)', () => {
    expect(items('建议：一是加大补贴；二是简化审批。')).toEqual([['是1', '是2']]);
    expect(items('温秀丽建议，一要突出重点，优先改造；二要加强领导；三要建立机制。')).toEqual([['要1', '要2', '要3']]);
  });

  it('does not read "一、" or "1." after a comma as a marker', () => {
    expect(items('共有1、2号楼，1.改造。')).toEqual([]);
  });

  it('splits two lists of one style where the numbering restarts (problems, then suggestions)', () => {
    expect(items('存在问题：一是老旧；二是缺乏。建议：一是改造；二是管理；三是投入。')).toEqual([
      ['是1', '是2'],
      ['是1', '是2', '是3'],
    ]);
  });

  it('numbers 首先…其次…最后', () => {
    expect(items('首先，要科学规划。其次，要创新融资。最后，要保障权益。')).toEqual([['首先1', '首先2', '首先3']]);
  });
});

describe('partOfItemAsked', () => {
  it('reads the part a question names right before the item it asks', () => {
    expect(partOfItemAsked('第二部分（一）第3项列了哪些？')).toBe(1);
    expect(partOfItemAsked('（三）第二款是怎么规定的')).toBe(3);
    expect(partOfItemAsked('第3项列了哪些？')).toBeUndefined();
  });
});
