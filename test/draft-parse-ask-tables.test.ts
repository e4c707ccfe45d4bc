// A proposal that sets its asks out in a table, pasted with ｜ between cells or read from a .docx with tabs: each row
// of the column its header names as the asks (具体建议, 建议事项) is one section, named by that cell; the problem column
// and the row numbers are no section, and a form's field rows ("提案人\t…") are no table of asks.
import { describe, expect, it } from 'vitest';
import { headingCoreOf, parseProposal } from '../src/draft/parseProposal.js';

const cores = (text: string) => parseProposal(text).suggestions.map((s) => headingCoreOf(s.topic));

/** A deputy's proposal whose asks are a table's 具体建议 column, up to its last row: what follows it differs per test. */
const PARKING_ASKS_TABLE = [
  '关于老旧小区停车充电问题的建议',
  '领衔代表：李明（某区代表团）',
  '',
  '我在走访选民时收集到群众反映较多的几个问题，整理成下表，请有关部门研究办理。',
  '序号｜群众反映的问题｜具体建议',
  '1｜单位停车场错时开放的数量少｜扩大机关、国有企业停车场错时开放范围',
  '2｜小区充电桩收费标准不一｜统一规范充电设施收费，公开收费标准',
];

describe('asks in a table', () => {
  it('takes the 具体建议 column of a ｜ table, one section a row, and leaves the problems out', () => {
    const text = [
      '关于老旧小区停车充电问题的建议',
      '领衔代表：李明（某区代表团）',
      '',
      '我在走访选民时收集到群众反映较多的几个问题，整理成下表，请有关部门研究办理。',
      '',
      '序号｜群众反映的问题｜具体建议',
      '1｜单位停车场错时开放的数量少｜扩大机关、国有企业停车场错时开放范围',
      '2｜小区充电桩收费标准不一｜统一规范充电设施收费，公开收费标准',
      '3｜小区停车收费去向不清楚｜停车收益定期向全体业主公开',
      '',
      '以上建议，请予研究。',
      '',
      '代表：李明',
      '2026年1月14日',
    ].join('\n');
    const parsed = parseProposal(text);
    expect(parsed.notice).toBeUndefined();
    expect(cores(text)).toEqual(['扩大机关、国有企业停车场错时开放范围', '统一规范充电设施收费', '停车收益定期向全体业主公开']);
    expect(parsed.suggestions.map((s) => s.text).join('')).not.toMatch(/群众反映|数量少|序号|请予研究|2026/u);
  });

  it('names each section by the 建议事项 cell, with the 具体内容 after it as the ask’s detail (a .docx table, tabs)', () => {
    const text = [
      '案由：关于降低既有住宅加装电梯门槛的提案',
      '提案人：龚华',
      '',
      '为此提出以下建议：',
      '序号\t建议事项\t具体内容',
      '1\t提高建设补助\t电梯造价上涨，建议提高每台补助标准',
      '2\t建立维保补助\t对电梯投入使用后的维护保养给予若干年补助',
      '3\t引入电梯保险\t由财政出资统一购买安全责任保险',
      '',
      '提案人签名：龚华',
    ].join('\n');
    const parsed = parseProposal(text);
    expect(cores(text)).toEqual(['提高建设补助', '建立维保补助', '引入电梯保险']);
    expect(parsed.suggestions[0].text).toContain('提高每台补助标准');
  });

  it('reads a 提案表 of fields and values as fields, not as a table of asks', () => {
    const text = ['案由\t关于加快老旧小区改造的提案', '提案人\t李华\t界别\t民进', '建议\t一是加大资金投入；二是完善长效管理机制。'].join('\n');
    const parsed = parseProposal(text);
    expect(parsed.meta.proposers).toEqual(['李华']);
    expect(cores(text)).toEqual(['加大资金投入', '完善长效管理机制']);
  });

  it('reads a table reporting what was done (区县｜完成数｜主要措施) as no asks, and the 建议 after it as the ask', () => {
    const text = [
      '关于加快老旧小区改造的建议',
      '提案人：张华',
      '各区进展如下：',
      '区县\t完成数\t主要措施',
      '东城区\t12\t统一招标',
      '西城区\t8\t分批实施',
      '建议加大财政投入，加快改造进度。',
    ].join('\n');
    const texts = parseProposal(text).suggestions.map((s) => s.text);
    expect(texts.join('')).not.toMatch(/统一招标|分批实施/u);
    expect(texts.join('')).toContain('加大财政投入');
  });

  it('ends the table at its last row: a further ask after it is a section of its own, not part of the last ask', () => {
    const text = [
      ...PARKING_ASKS_TABLE,
      '此外，老旧小区普遍缺少充电设施，群众意见较大，建议在小区内增设公共充电桩。',
      '',
      '代表：李明',
    ].join('\n');
    const texts = parseProposal(text).suggestions.map((s) => s.text);
    expect(texts).toHaveLength(3);
    expect(texts.slice(0, 2)).toEqual(['扩大机关、国有企业停车场错时开放范围', '统一规范充电设施收费，公开收费标准']);
    expect(texts[2]).toMatch(/^此外，.*建议在小区内增设公共充电桩/u);
    expect(cores(text)[2]).toMatch(/增设公共充电桩/u);
  });

  it('leaves a paragraph after the table that asks nothing out (background, a closing courtesy)', () => {
    const text = [
      ...PARKING_ASKS_TABLE,
      '目前全区新能源汽车保有量已超过三万辆，增长较快。',
      '以上建议妥否，请审议。',
      '',
      '代表：李明',
    ].join('\n');
    const texts = parseProposal(text).suggestions.map((s) => s.text);
    expect(texts).toEqual(['扩大机关、国有企业停车场错时开放范围', '统一规范充电设施收费，公开收费标准']);
  });
});

