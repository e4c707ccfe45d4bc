// One rule for words that only announce asks ("为此，提出如下建议：", "为此，建议市住建局："): the parser reads a line of
// them as opening the asks below it, and a heading drops them before a colon. Two copies of the rule had drifted apart:
// the heading's copy knew no 提出如下 or 几点, so "为此，提出如下建议：推行错时共享停车" was headed "为此，提出如下".
import { describe, expect, it } from 'vitest';
import { parseProposal, topicOf } from '../src/draft/parseProposal.js';
import { closesWithAnnouncement } from '../src/draft/proposal/asks.js';
import { withoutClosingCourtesy } from '../src/text/clauses.js';

describe('words that only announce asks', () => {
  it('leave the heading to the ask after their colon', () => {
    expect(topicOf('为此，提出如下建议：推行错时共享停车。')).toBe('推行错时共享停车');
    expect(topicOf('综上，我们提出以下几点建议：推行错时共享停车。')).toBe('推行错时共享停车');
    expect(topicOf('为此，建议市住建局：加强物业管理。')).toBe('加强物业管理');
  });

  it('open the asks below them when alone on a line', () => {
    const { suggestions } = parseProposal(
      '关于加强老旧小区停车管理的提案\n\n提案人：王明\n\n近年来，我市老旧小区停车难问题日益突出。\n针对上述问题，提出以下几点建议：\n利用小区周边边角空地建设停车场。\n推动机关事业单位停车场在夜间向周边居民错时开放。',
    );
    expect(suggestions.map((s) => s.topic)).toEqual(['利用小区周边边角空地建设停车场', '推动机关事业单位停车场在夜间向周边居民错时开放']);
  });

  it('open the asks below them when they close a paragraph of background with a full stop', () => {
    const { suggestions } = parseProposal(
      [
        '关于依法加强电动自行车充电安全管理的提案',
        '提案人：李华',
        '',
        '电动自行车充电安全关系群众生命财产安全，有关规定已经很明确，关键在于落实。我们结合走访，依据有关规定提出以下建议。',
        '',
        '依据消防安全管理的有关规定，建议区消防救援支队会同街道和物业服务企业，对楼道停放充电开展巡查，及时清理飞线充电。',
        '',
        '建议在改造小区统一建设集中充电车棚，并公开充电收费标准。',
      ].join('\n'),
    );
    expect(suggestions).toHaveLength(2);
    expect(suggestions[0].text).toMatch(/^依据消防安全管理/u);
    expect(suggestions.map((s) => s.topic).join('')).not.toContain('关系群众生命财产安全');
  });

  it('open the asks below them when they count the asks or their parts, with or without 具体, before a full stop', () => {
    const background = '近年来，我市加装电梯工作有序推进，但不少单元仍因资金筹集难、低层住户意见不一而迟迟不能开工，已装电梯的维保责任也不够明确。';
    const asks = ['', '提高加装电梯财政补助标准，对困难家庭再给予适当补贴。', '', '简化加装电梯审批流程，推行联合审查、一窗受理。', '', '明确电梯维护保养责任主体，建立维保资金长效筹集机制。'];
    const topics = ['提高加装电梯财政补助标准', '简化加装电梯审批流程', '明确电梯维护保养责任主体'];
    for (const lead of ['经过走访调研，我们提出以下几条具体建议。', '为此，现提出以下三个方面的建议。', '结合调研，提出三点建议。', '结合调研，提出三点建议：']) {
      const { suggestions } = parseProposal(['关于进一步做好老旧小区加装电梯工作的建议', '', `${background}${lead}`, ...asks].join('\n'));
      expect(suggestions.map((s) => s.topic), lead).toEqual(topics);
    }
  });

  it('are read from the last clause of a paragraph, never from one reporting suggestions made before', () => {
    expect(closesWithAnnouncement('……监管任务重。结合调研，提出三点建议。')).toBe(true);
    expect(closesWithAnnouncement('……维保责任也不够明确。经过走访调研，我们提出以下几条具体建议。')).toBe(true);
    expect(closesWithAnnouncement('在去年的代表座谈会上，围绕停车难问题，代表们提出了许多建议。')).toBe(false);
    expect(closesWithAnnouncement('去年，我们提出了三点建议。')).toBe(false);
    expect(closesWithAnnouncement('结合调研，提出三点建议，供参考')).toBe(false);
  });

  it('open nothing when they close the last paragraph, before the courtesy', () => {
    const { suggestions } = parseProposal(
      [
        '关于加快老旧小区停车设施建设的建议',
        '',
        '目前，老旧小区普遍没有规划停车位，居民车辆只能停在路边和消防通道上。',
        '',
        '建议在老旧小区改造中挖掘内部空间增设停车位。',
        '',
        '建议推动周边机关单位停车场在夜间向居民错时开放。',
        '',
        '停车难关系群众切身利益。综上，特此提出两点建议。',
        '',
        '此致',
        '敬礼',
      ].join('\n'),
    );
    expect(suggestions.slice(0, 2).map((s) => s.topic)).toEqual(['挖掘内部空间增设停车位', '推动周边机关单位停车场在夜间向居民错时开放']);
    for (const s of suggestions) expect(s.text).not.toMatch(/此致|敬礼/u);
  });

  it('leave a paragraph that only mentions suggestions made before in the background', () => {
    const { suggestions } = parseProposal(
      [
        '关于加快老旧小区停车设施建设的建议',
        '',
        '近年来，我市老旧小区改造力度不断加大。在去年的代表座谈会上，围绕停车难问题，代表们提出了许多建议。',
        '',
        '目前，老旧小区普遍没有规划停车位，居民车辆只能停在路边和消防通道上，晚上停车难问题仍然突出。',
        '',
        '建议在老旧小区改造中挖掘内部空间增设停车位，并推动周边机关单位停车场在夜间向居民错时开放。',
      ].join('\n'),
    );
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) expect(s.text).not.toMatch(/代表们|力度不断加大|仍然突出/u);
    expect(suggestions[0].topic).toBe('挖掘内部空间增设停车位');
  });
});

// A lead followed by a courtesy ("…为此，提出以下建议，供参考。", "现提出三点建议，恳请市政府研究采纳。") hands the asks
// over: the courtesy was read as the first ask (or, before a colon, ended the asks before they began).
describe('words that announce asks, then a closing courtesy', () => {
  const background = '近年来，我市老旧小区加装电梯工作取得一定成效，但仍存在审批程序繁琐、资金筹措困难、低层住户意见不一等问题，群众反映强烈。';
  const topics = ['简化审批程序，压缩办理时限', '加大财政补助力度，拓宽资金筹措渠道', '做好低层住户的协调工作，建立利益平衡机制'];
  const numbered = (marks: string[]) =>
    ['简化审批程序，压缩办理时限。', '加大财政补助力度，拓宽资金筹措渠道。', '做好低层住户的协调工作，建立利益平衡机制。'].map((ask, i) => `${marks[i]}${ask}`);
  const topicsOf = (lines: string[]) => parseProposal(['关于加快推进老旧小区加装电梯工作的建议', '', ...lines].join('\n')).suggestions.map((s) => s.topic);

  it('open the asks below them, the courtesy no ask', () => {
    const leads = [
      '为此，提出以下建议，供参考。',
      '现提出三点建议，恳请市政府研究采纳。',
      '为此，我们提出以下几点建议，请市住建局研究办理：',
      '特提出如下建议，望予采纳：',
      '现提出三点建议，供有关部门决策参考。',
      '为此，提出以下建议，敬请审议。',
    ];
    for (const lead of leads) {
      expect(topicsOf([`${background}${lead}`, ...numbered(['一、', '二、', '三、'])]), lead).toEqual(topics);
      expect(topicsOf([`${background}${lead}`, ...numbered(['1.', '2.', '3.'])]), lead).toEqual(topics);
    }
  });

  it('open the asks after them on the same line', () => {
    const asks = '一是简化审批程序，压缩办理时限；二是加大财政补助力度，拓宽资金筹措渠道；三是做好低层住户的协调工作，建立利益平衡机制。';
    expect(topicsOf([`${background}为此，提出以下建议，供参考：${asks}`])).toEqual(topics);
  });

  it('announce the asks even as "我们提出了几条建议" when the courtesy hands them over', () => {
    const lines = [background, '', '我们提出了几条建议，供参考。', '', ...numbered(['', '', '']).flatMap((ask) => [ask, ''])];
    expect(topicsOf(lines)).toEqual(topics);
  });

  it('are read without the courtesy, which is a whole clause handing the asks over', () => {
    expect(closesWithAnnouncement(`${background}为此，提出以下建议，供参考。`)).toBe(true);
    expect(closesWithAnnouncement(`${background}现提出三点建议，恳请市政府研究采纳。`)).toBe(true);
    expect(closesWithAnnouncement('去年，我们提出了三点建议，但至今没有落实。')).toBe(false);
    expect(withoutClosingCourtesy('为此，提出以下建议，仅供参考。')).toEqual({ text: '为此，提出以下建议。', handedOver: true });
    expect(withoutClosingCourtesy('请市住建局研究制定补助办法。').handedOver).toBe(false);
    expect(withoutClosingCourtesy('供参考。').text).toBe('供参考。');
  });
});
