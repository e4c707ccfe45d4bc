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
});
