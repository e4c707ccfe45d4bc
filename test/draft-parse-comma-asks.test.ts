// Proposals whose whole ask part is one sentence with several asks set apart by commas only (a news report's "他建议，
// A，B，并C。"; a three-line 建议 "建议…，并对…给予补助。"): each ask is a suggestion of its own, its section its own. A
// clause saying what the asks are for stays with the ask before it; a sentence arguing from the situation ("目前…只有…")
// stays one suggestion.
import { describe, expect, it } from 'vitest';
import { headingCoreOf, parseProposal } from '../src/draft/parseProposal.js';

const texts = (text: string) => parseProposal(text).suggestions.map((s) => s.text);

describe('asks set apart by commas in one sentence', () => {
  it('splits a news report listing four asks in one sentence', () => {
    const text = `委员建言：让老旧小区住得更舒心\n\n本报讯（记者\u3000王丽）在市政协会议上，市政协委员李明提交了一份关于老旧小区改造的提案。李明在提案中建议，加快更新小区老化供水管道，在改造小区统一设置垃圾分类投放点，对二次供水设施实行专业化管理，并在有条件的小区增设公共晾晒区。\n李明告诉记者，他走访了多个小区。`;
    const asks = texts(text);
    expect(asks).toHaveLength(4);
    expect(asks[2]).toMatch(/^对二次供水设施实行专业化管理/u);
    expect(asks[3]).toMatch(/^在有条件的小区增设公共晾晒区/u);
  });

  it('splits a three-line 建议 asking two things joined by "，并"', () => {
    const text = `关于在老旧小区改造中推进适老化改造的建议\n市人大代表\u3000周华\n建议在老旧小区改造中增设无障碍坡道，并对七十周岁以上独居老人家庭给予适老化改造补贴。`;
    const asks = texts(text);
    expect(asks).toHaveLength(2);
    expect(asks[1]).toMatch(/^对七十周岁以上独居老人家庭给予适老化改造补贴/u);
  });

  it('keeps a closing purpose clause with the ask before it', () => {
    const text = `委员建议提高物业补贴\n\n本报讯\u3000市政协委员赵刚提交了提案。他建议，适当提高物业服务补贴标准，进一步延长补贴年限，减轻业主长期负担。\n\n据了解，目前我市已有多个小区引入物业。`;
    const asks = texts(text);
    expect(asks).toHaveLength(2);
    expect(asks[1]).toContain('减轻业主长期负担');
  });

  it.each([
    ['建议加大老旧小区改造资金投入，完善小区配套设施，提升居民生活品质。', '提升居民生活品质'],
    ['建议加快推进老旧小区改造，改善居民居住条件，增强群众获得感。', '改善居民居住条件'],
    ['建议加快推进老旧小区改造，改善居民居住条件，增强群众获得感。', '增强群众获得感'],
    ['建议加强施工现场管理，严格控制夜间施工，减少对居民生活的影响。', '减少对居民生活的影响'],
  ])('keeps a closing outcome clause with the ask before it: %s', (ask, outcome) => {
    const asks = texts(`关于提升老旧小区改造品质的提案\n\n张华委员\n\n${ask}`);
    expect(asks.some((a) => a.startsWith(outcome))).toBe(false);
    expect(asks.at(-1)).toContain(outcome);
  });

  it('keeps one suggestion when the sentence argues from the situation', () => {
    const text = `关于提高县域老旧小区改造补助标准的提案\n\n孙伟委员\n\n建议市级财政调整老旧小区改造补助标准，目前市区每户补助6000元，各县每户只有4000元，建议将各县的市级补助提高到市区水平，缩小县域与市区的差距。`;
    expect(texts(text)).toHaveLength(1);
  });
});

describe('an ask opening with a verb the tagger does not know (多建, 多设)', () => {
  it('reads "多建…" as an ask of its own among comma-separated asks', () => {
    const text = `委员建言：让背街小巷更整洁\n\n本报讯 市政协委员汪若溪在调研中发现，背街小巷垃圾桶少、路灯坏。她建议，对背街小巷路灯实行网格化巡查，多设带盖的分类垃圾桶，在巷口建设小型垃圾转运点。`;
    expect(texts(text)).toEqual(['对背街小巷路灯实行网格化巡查', '多设带盖的分类垃圾桶', '在巷口建设小型垃圾转运点。']);
  });

  it('heads an ask whose means comes first by the means and what is built ("利用…，多建…")', () => {
    const text = `关于缓解背街小巷停车难的建议\n\n提出人：汪若溪（市人大代表）\n\n建议：\n1.扩大单位停车场错时开放范围。\n2.利用拆除违法建筑后腾出的零星空地，多建临时停车场。`;
    const { suggestions } = parseProposal(text);
    expect(headingCoreOf(suggestions[1].topic)).toContain('多建临时停车场');
  });
});
