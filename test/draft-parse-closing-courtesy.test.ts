// A closing courtesy that names the addressee at length ("以上建议，请市城市管理局会同市自然资源局研究。") points back at the
// asks above it: its 建议， is no lead, and what follows it is no ask. Invented text, no fixture phrase.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';
import { withoutClosingCourtesy } from '../src/text/clauses.js';

const text = [
  '关于改进背街小巷环境整治的提案',
  '',
  '提案人：汪若溪',
  '',
  '背街小巷的路灯坏了很久没人修，晚上出行很不方便。建议对背街小巷路灯实行网格化巡查，损坏的三天内修复。',
  '',
  '一些巷子里的垃圾桶数量太少，夏天气味很大。建议按户数增设分类垃圾桶，并增加清运频次。',
  '',
  '以上建议，请市城市管理局会同市自然资源局研究。',
].join('\n');

describe('a closing courtesy after asks that stand in their paragraphs', () => {
  it('gives one section per paragraph that asks, none on the courtesy', () => {
    const { suggestions, notice } = parseProposal(text);
    expect(notice).toBeUndefined();
    expect(suggestions).toHaveLength(2);
    expect(suggestions.map((s) => s.text).join('')).not.toContain('研究');
  });

  it('still reads a lead that announces the asks below it ("以下建议：")', () => {
    const { suggestions } = parseProposal('关于改进背街小巷环境整治的提案\n\n提案人：汪若溪\n\n为此提出以下建议：\n1.对背街小巷路灯实行网格化巡查。\n2.按户数增设分类垃圾桶。\n\n以上建议，请市城市管理局会同市自然资源局研究。');
    expect(suggestions.map((s) => s.topic)).toEqual(['对背街小巷路灯实行网格化巡查', '按户数增设分类垃圾桶']);
  });

  it('still reads a lead after a sentence that only opens with 以上 ("以上情况表明，我们建议，…")', () => {
    const { suggestions } = parseProposal('关于改进背街小巷环境整治的提案\n\n提案人：汪若溪\n\n背街小巷路灯损坏多，修复慢。以上情况表明，我们建议，背街小巷路灯由街道负责巡查，损坏的三天内修复。');
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0].text).toMatch(/^背街小巷路灯由街道负责巡查/u);
  });
});

// A paragraph asking "请X研究制定…" opens with the words of a courtesy (请…研究), yet asks: only a request that closes its
// clause ("请予采纳。", "请市住建局研究办理为盼。") hands the asks over.
describe('a request that names what to do', () => {
  const asks = [
    '关于加强老旧小区物业管理的建议',
    '',
    '老旧小区改造完成后，不少小区没有物业管理，设施损坏无人维修，改造成果难以巩固。',
    '',
    '请市住建局研究制定老旧小区物业服务启动补助办法，对改造后首次引入物业服务的小区给予补助。',
    '',
    '请各区政府落实街道社区兜底管理责任，对暂时引不进物业的小区实行托管。',
  ];

  it('is an ask, not a closing courtesy', () => {
    const { suggestions } = parseProposal(asks.join('\n'));
    expect(suggestions).toHaveLength(2);
    expect(suggestions[0].text).toMatch(/启动补助办法/u);
  });

  it('leaves the courtesy closing the asks out', () => {
    const { suggestions } = parseProposal([...asks, '', '请市住建局研究办理为盼。'].join('\n'));
    expect(suggestions).toHaveLength(2);
    expect(suggestions.map((s) => s.text).join('')).not.toContain('为盼');
  });
});

// 供 opening a word of its own (供水, 供热) starts an ask, however it ends ("供水企业牵头研究"): no "供…研究" courtesy.
describe('an ask opening with 供水 / 供热 after the lead', () => {
  it('keeps both asks whole', () => {
    const { suggestions } = parseProposal(
      '关于加快老旧小区二次供水改造的提案\n\n提案人：汪若溪\n\n老旧小区供水管网老化，爆管频发。为此建议：\n供水企业牵头研究，制定老旧小区二次供水设施改造计划。\n\n区政府将改造后的供水设施移交供水企业统一管理。',
    );
    expect(suggestions).toHaveLength(2);
    expect(suggestions[0].text).toMatch(/^供水企业牵头研究/u);
  });

  it('still drops "供有关部门研究" as a courtesy', () => {
    expect(withoutClosingCourtesy('为此，提出以下建议，供有关部门研究。').handedOver).toBe(true);
    expect(withoutClosingCourtesy('为此建议，供热企业提前研究。').handedOver).toBe(false);
  });
});
