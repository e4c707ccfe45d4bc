// One rule for words that only announce asks ("为此，提出如下建议：", "为此，建议市住建局："): the parser reads a line of
// them as opening the asks below it, and a heading drops them before a colon. Two copies of the rule had drifted apart:
// the heading's copy knew no 提出如下 or 几点, so "为此，提出如下建议：推行错时共享停车" was headed "为此，提出如下".
import { describe, expect, it } from 'vitest';
import { parseProposal, topicOf } from '../src/draft/parseProposal.js';

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
});
