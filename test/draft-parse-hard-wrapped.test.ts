// A proposal copied from a PDF or a fixed-width editor has its lines broken at one width, inside words and list
// markers ("…，三" / "是建成后…", "海" / "绵城市"). The drafter reads the lines joined again (src/text/hardWraps.ts).
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';
import { joinHardWrappedLines } from '../src/text/index.js';

/** The text broken every `width` characters, as a fixed-width copy would be. */
function wrap(paragraphs: string[], width: number): string {
  return paragraphs.map((p) => p.match(new RegExp(`.{1,${width}}`, 'gu'))!.join('\n')).join('\n');
}

describe('a proposal whose lines were broken at a fixed width', () => {
  const body = [
    '目前老旧小区普遍存在雨天积水、绿地杂乱、停车无位等问题，居民改善居住环境的愿望十分迫切。为此，提出以下建议：一是推广海绵城市理念，在改造中铺设透水砖，建设雨水花园和下沉绿地。二是利用小区内闲置空地建设游园，增设停车位和健身器材。三是积极协调原产权单位出资参与改造。',
  ];
  const text = `关于提升老旧小区宜居水平的提案\n\n政协委员 张雪梅\n\n${wrap(body, 22)}`;

  it('gives one section per suggestion, though a 一是 marker is broken across two lines', () => {
    expect(text).toMatch(/[一二三]\n是/u);
    const { suggestions, notice } = parseProposal(text);
    expect(notice).toBeUndefined();
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0].text).toContain('海绵城市');
    expect(suggestions[1].text).toMatch(/^利用小区内闲置空地建设游园/u);
    expect(suggestions[2].topic).toBe('积极协调原产权单位出资参与改造');
  });

  it('keeps a form header apart though its 案由 line is as wide as the wrapped body', () => {
    const form = [
      '案由：关于加快推进既有住宅加装电梯的提案',
      '提案人：陆海峰',
      '提案内容：',
      wrap(['当前加装电梯进展较慢，老人上下楼十分困难。群众反映的问题主要有：一是费用筹集难，二是意见难统一，三是运营维护没有着落。为此建议：'], 21),
      wrap(['一是提高市、区两级财政补助标准，对六层住宅适当提高补助额度。'], 21),
      wrap(['二是允许业主提取住房公积金支付应分摊的加装费用。'], 21),
    ].join('\n');
    const { meta, suggestions } = parseProposal(form);
    expect(meta.title).toBe('关于加快推进既有住宅加装电梯的提案');
    expect(meta.proposers).toEqual(['陆海峰']);
    expect(suggestions.map((s) => s.text)).toEqual(['提高市、区两级财政补助标准，对六层住宅适当提高补助额度。', '允许业主提取住房公积金支付应分摊的加装费用。']);
  });

  it('leaves a text whose paragraphs are whole lines as it is', () => {
    const plain = '关于加强物业管理的提案\n\n提案人：张华\n\n建议：\n一、对改造后的小区引入专业化物业服务，由社区托管兜底。\n二、住宅专项维修资金不足的及时续筹。\n三、给予新引入物业的小区物业费补贴。';
    expect(joinHardWrappedLines(plain)).toBe(plain);
  });
});

describe('parallel items of one length', () => {
  it('are not joined though three lines share the widest width', () => {
    const items = '关于加强老旧小区改造的提案\n\n提案人：张华\n\n建议：\n1.加强组织领导建立健全改造工作专班机制\n2.加大资金投入拓宽改造资金多元筹集渠道\n3.强化长效管理落实改造小区物业管理责任';
    expect(joinHardWrappedLines(items)).toBe(items);
    expect(parseProposal(items).suggestions).toHaveLength(3);
  });
});

describe('a short proposal wrapped at a fixed width (two full lines, then a short one)', () => {
  const text = '关于老旧小区停车的提案\n提案人：王丽\n为此建议：一是利用边角空地增设停车位，二\n是推动周边单位停车场错时向居民开放，三是\n加强停车秩序管理。';

  it('is read with its two wrapped lines joined', () => {
    expect(joinHardWrappedLines(text)).toContain('二是推动周边单位停车场错时向居民开放，三是加强停车秩序管理。');
    expect(parseProposal(text).suggestions.map((s) => s.topic)).toEqual(['利用边角空地增设停车位', '推动周边单位停车场错时向居民开放', '加强停车秩序管理']);
  });
});
