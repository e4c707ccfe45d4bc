// A section of an earlier reply counts as on a suggestion's topic when its heading's words are words of the
// suggestion, not parts of other words: "二、关于服务用房" is not within "利用闲置用房建设社区养老服务站…", whose 服务 is
// part of 服务站. Taken as on topic, its sentence on 服务用房 standards was quoted under the 养老服务站 suggestion.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { documentChunks, generalPolicyChunks, servicesOverChunks } from './support/services.js';

const OWN_REPLY = documentChunks('own_reply_2024', { title: '对市人大十五届三次会议第21号建议的答复', number: '许建人大〔2024〕3号', kind: 'reply' }, [
  ['', '许昌市住房和城乡建设局\n王芳代表：\n您提出的关于老旧小区适老化改造的建议收悉，现答复如下：'],
  ['一、2023年工作情况', '2023年，我市结合老旧小区改造利用闲置用房建成社区养老服务站12个、老年食堂5个。'],
  ['二、关于服务用房', '对缺少服务用房的老旧小区，通过购置、租赁、利用闲置房屋等方式补足，社区综合服务用房按每百户不低于20平方米配置。'],
  ['三、关于无障碍改造', '2023年改造小区共修建无障碍坡道200处，加装楼道扶手800处。'],
]);

const FILLER = generalPolicyChunks(10, (i) => `城镇老旧小区改造是重大民生工程，第${i + 1}批改造项目按计划建设，完善养老、托育等社区配套设施，改善居民居住条件。`);

const PROPOSAL = `关于老旧小区适老化改造的建议

领衔代表：赵红

我市老旧小区老年人多，养老服务设施不足。

为此建议：一是利用闲置用房建设社区养老服务站和老年食堂；二是修建无障碍坡道，加装楼道扶手。`;

describe('an earlier reply section on the topic', () => {
  it('is one whose heading words are words of the suggestion, not parts of its words', async () => {
    const result = await draftReply(servicesOverChunks([...OWN_REPLY, ...FILLER], { stats: true }), { text: PROPOSAL });
    const care = result.draft!.sections[0];
    expect(care.citations.some((c) => c.section.includes('工作情况'))).toBe(true);
    expect(care.citations.some((c) => c.section.includes('服务用房'))).toBe(false);
    expect(care.paragraphs.join('')).not.toContain('每百户');
  });
});
