// Items numbered inside a section where the chunker does not cut (src/text/itemLabels.ts): a decimal clause number, an
// enclosed numeral, a reply's "二是关于…" paragraph, a numbered line too long to head a section — and not a figure
// ("2.5万元") nor a point of running text ("一是加快…").
import { describe, expect, it } from 'vitest';
import { itemAt, itemLabelOf } from '../src/text/itemLabels.js';

describe('an item numbered inside a section', () => {
  it('is read from the line a quote sits on, or from a label line above it', () => {
    expect(itemLabelOf('2.1基本补助。2025年3月1日以后…')?.label).toBe('2.1基本补助');
    expect(itemLabelOf('6.1.2 每日12时至14时30分、22时至次日7时不得进行产生噪声的作业。')?.label).toBe('6.1.2');
    expect(itemLabelOf('3.对困难家庭已有保障措施，最低生活保障家庭免予出资。')?.label).toBe('3.对困难家庭已有保障措施');
    expect(itemLabelOf('二是关于缩短审批时限。目前…')?.label).toBe('二是关于缩短审批时限');
    expect(itemLabelOf('⒊低层业主协调情况。我局联合…')?.label).toBe('⒊低层业主协调情况');
    // A figure is no item number, nor a point of running text.
    expect(itemLabelOf('2.5万元用于加装电梯补助。')).toBeNull();
    expect(itemLabelOf('1.62万户居民受益。')).toBeNull();
    expect(itemLabelOf('1.2025年全省计划改造城镇老旧小区1860个。')).toBeNull();
    expect(itemLabelOf('一是加快改造进度，二是…')).toBeNull();
    const minutes = '㈢关于市级补助资金拨付\n会议指出，部分县区拨付偏慢。\n会议要求15个工作日内拨付到项目。';
    expect(itemAt(minutes, minutes.indexOf('会议要求'))?.label).toBe('㈢关于市级补助资金拨付');
    const list = '①青禾县进度明显滞后。开工率58.3%。\n②柳塘区资金拨付缓慢。拨付率42.9%。\n以上问题要限期整改。';
    expect(itemAt(list, list.indexOf('拨付率'))?.label).toBe('②柳塘区资金拨付缓慢');
    expect(itemAt(list, list.indexOf('以上问题'))).toBeNull();
  });
});
