// Proposals write 助餐点, 用餐补助 and 高龄老人; documents write 助餐, 每餐补助 and 80周岁以上 (src/text/synonyms.txt,
// one-way). A reply section on meal subsidies for the elderly answers an ask for 用餐补助 at 助餐点.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const REPLY = documentChunks('reply_2025', { title: '对市人大第12号建议的答复', number: '城住建人大〔2025〕3号', kind: 'reply' }, [
  ['', '您提出的关于老年助餐的建议收悉，现答复如下。'],
  ['一、助餐设施建设', '2024年，全市在改造小区新建社区助餐点22个，由专业机构运营。'],
  ['二、关于老年助餐补贴', '区民政局对60周岁以上老年人每餐补助2元，80周岁以上每餐补助4元。'],
]);
const services = () => servicesOverChunks([...REPLY, ...briefingChunks()], { stats: true });

const PROPOSAL = `关于完善老年助餐服务的建议

市人大代表\u3000赵明

我市老年人口多，独居老人吃饭难。为此建议：

1.对在老年助餐点就餐的老人给予用餐补助，高龄老人补助适当提高。

2.在老旧小区屋顶推广光伏发电，降低公共用电成本。`;

describe('meal subsidy wording', () => {
  it('quotes the 每餐补助 sentence for a 用餐补助 ask, and leaves 光伏 a gap', async () => {
    const [meals, solar] = (await draftReply(services(), { text: PROPOSAL })).draft!.sections;
    expect(meals.citations.map((c) => c.quote)).toEqual([expect.stringContaining('每餐补助2元')]);
    expect(solar.citations).toEqual([]);
  });
});
