// "全面排查并消除小区积水点", "改造中建设社区助餐点": an ask says what is to be done before the thing it is done to,
// while the library reports the thing with its own verb ("消除小区积水点17处", "新建社区助餐点2处"). The asker's verb,
// which no passage holds, used to weigh as much as the thing, so the report that answers the ask was never quoted.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const REPORT = documentChunks('zongjie_2024', { title: '北原市2024年城镇老旧小区改造工作总结', number: '', kind: 'policy' }, [
  ['（一）基础设施', '全年改造雨污分流管网21.6公里，消除小区积水点17处。'],
  ['（二）养老服务', '全年在改造小区新建社区助餐点14处、托育点6处。'],
]);
const RULES = documentChunks('banfa_2023', { title: '北原市城镇老旧小区改造管理办法', number: '北政办规〔2023〕2号', kind: 'policy' }, [
  ['第二章 > 第八条', '第八条市级财政每年安排老旧小区改造资金不少于3000万元。'],
  ['第五章 > 第二十条', '第二十条改造项目竣工后，由区住房和城乡建设部门组织验收。'],
]);
const services = () => servicesOverChunks([...REPORT, ...RULES, ...briefingChunks()], { stats: true });

const PROPOSAL = `关于完善老旧小区改造配套设施的建议

市人大代表 柏文涛

为此建议：

一、全面排查并消除小区积水点。

二、改造中建设社区助餐点。

三、为改造小区统一购买电梯安全责任保险。`;

describe('the asker’s verb before the thing asked for', () => {
  it('quotes the report of the thing in the library’s own verb, and still leaves a gap where the library holds nothing', async () => {
    const [ponding, canteen, insurance] = (await draftReply(services(), { text: PROPOSAL })).draft!.sections;
    expect(ponding.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('积水点17处'));
    expect(canteen.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('助餐点14处'));
    expect(insurance.citations).toEqual([]);
  });
});
