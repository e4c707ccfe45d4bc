// A section heading names the ask with the action a means clause serves: "利用小区内闲置空地和杂物堆放处，建设游园，增设
// 停车位和健身器材" was headed "关于利用小区内闲置空地和杂物堆放处的建议", which says where, not what.
import { describe, expect, it } from 'vitest';
import { parseProposal, topicOf } from '../src/draft/parseProposal.js';

describe('a heading over an ask that opens with its means', () => {
  it('keeps the action after the means clause', () => {
    expect(topicOf('利用小区内闲置空地和杂物堆放处，建设游园，增设停车位和健身器材。')).toBe('利用小区内闲置空地和杂物堆放处建设游园');
  });

  it('keeps only the action when the means and the action together are too long for a heading', () => {
    expect(topicOf('通过整合小区周边机关企事业单位和学校医院的闲置停车资源，推动错时共享停车，缓解停车难。')).toBe('推动错时共享停车');
  });

  it('gives the section its heading in a parsed proposal', () => {
    const { suggestions } = parseProposal('关于提升老旧小区宜居水平的提案\n\n提案人：张雪梅\n\n建议：一是推广海绵城市理念，铺设透水砖。二是利用小区内闲置空地和杂物堆放处，建设游园，增设停车位和健身器材。');
    expect(suggestions[1].topic).toBe('利用小区内闲置空地和杂物堆放处建设游园');
  });
});
