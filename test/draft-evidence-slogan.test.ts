// A slogan clause before the action ("挖掘小区内部潜力，利用边角空地增设停车位") is no part of what the suggestion asks:
// the heading names the action, and the bureau's own work on that action is quoted, not left as a gap because the
// slogan's words (挖掘, 潜力) are in no passage.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { documentChunks, makeChunk, servicesOverChunks } from './support/services.js';

const OWN_REPLY = documentChunks('own_reply_2020', { title: '对市政协七届四次会议第31号提案的答复', number: '青建政协〔2020〕9号', kind: 'reply' }, [
  ['', '青阳市住房和城乡建设局\n王芳委员：\n您提出的关于老旧小区改造的提案收悉，现答复如下：'],
  ['一、关于着力解决居民关注的民生问题的建议', '南关小区对院内原杂物堆放处、小菜园等空地充分利用，重新进行了规划整理，增设停车位46个，添加健身器材。'],
  ['二、关于加大资金投入的建议', '我局建立了政府、居民、原产权单位合理共担的改造资金机制，全市共筹措改造资金2600万元。'],
]);

const FILLER = Array.from({ length: 12 }, (_, i) =>
  makeChunk({ docId: `policy_${i}`, kind: 'policy', title: `老旧小区改造政策问答${i + 1}`, sectionPath: '', text: `城镇老旧小区改造是重大民生工程，第${i + 1}批改造项目按计划推进，改善居民居住条件。` }, 0),
);

const PROPOSAL = `关于破解老旧小区停车难问题的提案

提案人：陈立新委员

当前，我市老旧小区普遍存在停车位不足、车辆乱停乱放等问题。为此建议：
一是挖掘小区内部潜力，利用边角空地增设停车位；
二是推动周边单位停车场错时向居民开放，实行共享停车。`;

describe('a slogan clause before the ask', () => {
  it("heads the section with the action and quotes the bureau's own work on it", async () => {
    const result = await draftReply(servicesOverChunks([...OWN_REPLY, ...FILLER]), { text: PROPOSAL });
    const parking = result.draft!.sections[0];
    expect(parking.heading).toBe('一、关于利用边角空地增设停车位的建议');
    expect(parking.paragraphs.join('')).toContain('增设停车位46个');
    expect(parking.citations.some((c) => c.docId === 'own_reply_2020')).toBe(true);
  });

  it('still leaves a gap where the library has nothing on the ask', async () => {
    const result = await draftReply(servicesOverChunks([...OWN_REPLY, ...FILLER]), { text: PROPOSAL });
    const sharing = result.draft!.sections[1];
    expect(sharing.citations).toEqual([]);
    expect(sharing.paragraphs.join('')).toContain('【待补充');
  });
});
