// What an ask's evidence must hold is what it asks (issue #11, expected evidence missed): "系统消除小区积水点" asks to
// 消除积水点 (系统 says how, as 利用… says by what means); "燃气、供水等专业经营单位是…受益者，应当承担相应的改造费用"
// asks what those bodies should bear, not what they are; and a plan's list item "（1）加装电梯、无障碍设施和适老化改造；"
// is a statement of what the plan includes, not a sub-heading. "利用改造腾出的空间建设社区养老服务站" asks to build the
// 服务站; the space it is built in is the means.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const REPLY = documentChunks('reply_2024', { title: '对区政协第5号提案的答复', number: '城住建函〔2024〕5号', kind: 'reply' }, [
  ['', '尊敬的委员：您提出的关于老旧小区排水的提案收悉，现答复如下。'],
  ['一、排水改造情况', '2024年，我区结合老旧小区改造完成排水管网改造8公里，消除小区积水点12处。'],
]);
const PLAN = documentChunks('plan_2023', { title: '城关市老旧小区改造实施方案', number: '城政办发〔2023〕9号', kind: 'policy' }, [
  ['二、改造内容 > 2.完善类', '2.完善类。满足居民生活便利需要的内容，包括：\n（1）加装电梯、无障碍设施和适老化改造；\n（2）停车场（位）和充电设施；\n（3）环境绿化和体育健身设施。'],
  ['二、改造内容 > 3.提升类', '3.提升类。丰富社区服务供给的内容，包括社区综合服务站、养老、托育、助餐、便民市场等。'],
  ['三、资金筹措 > （三）专业经营单位出资', '燃气、供水、供电等专业经营单位应承担管线设施改造的出资责任；改造后的设施移交专业经营单位负责维护。'],
]);
const SYSTEM_NEWS = documentChunks('system_2024', { title: '智慧物业管理系统上线', kind: 'policy' }, [
  ['', '全市智慧物业管理系统于2024年3月上线运行，系统已接入小区860个。'],
]);
const services = () => servicesOverChunks([...REPLY, ...PLAN, ...SYSTEM_NEWS, ...briefingChunks()], { stats: true });

const PROPOSAL = `关于做好老旧小区改造的提案

提案人：王建华

我市老旧小区设施老化，排水不畅，老年人出行不便，改造资金也有缺口。为此建议：

一、系统消除小区积水点。

二、燃气、供水、供电等专业经营单位是管线改造的受益者，应当承担相应的改造费用。

三、在老旧小区改造中同步实施无障碍和适老化改造。

四、利用改造腾出的空间建设社区养老服务站和老年助餐点。`;

describe('evidence for what is asked', () => {
  const drafted = () => draftReply(services(), { text: PROPOSAL }).then((r) => r.draft!.sections);

  it('quotes the 积水点 work for "系统消除小区积水点" (系统 is how, not what)', async () => {
    const [waterlogging] = await drafted();
    expect(waterlogging.citations.map((c) => c.docId)).toEqual(['reply_2024']);
  });

  it('quotes the 专业经营单位 duty for what those bodies should bear, not what they are', async () => {
    const [, utilities] = await drafted();
    expect(utilities.citations.map((c) => c.docId)).toEqual(['plan_2023']);
    expect(utilities.citations[0].quote).toContain('出资责任');
  });

  it('quotes the plan list item naming 适老化改造', async () => {
    const [, , ageing] = await drafted();
    expect(ageing.citations.map((c) => c.docId)).toEqual(['plan_2023']);
    expect(ageing.citations[0].quote).toContain('适老化改造');
  });

  it('quotes the 养老 service item for "利用腾出的空间建设社区养老服务站" (利用… is the means, not the ask)', async () => {
    const [, , , services] = await drafted();
    expect(services.citations.map((c) => c.quote)).toEqual([expect.stringContaining('社区综合服务站、养老')]);
  });
});
