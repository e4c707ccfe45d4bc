// The domain lexicon (src/text/synonyms.txt): how residents and staff say things ("房本", "钱不够", "消防车进不来")
// reaches the document wording (不动产权证书, 资金缺口, 消防通道) both in retrieval and in the gate's focus matching.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { getSynonyms } from '../src/text/synonyms.js';
import { CONFIDENCE_GATE_OFF, libraryDocument, testLibrary } from './support/library.js';

const SCOPE = libraryDocument({ title: '彭泽县老旧小区改造对象认定办法', issuer: '彭泽县住房和城乡建设局' }, `彭泽县老旧小区改造对象认定办法

一、改造范围
2000年底前建成、配套设施不全的住宅小区纳入改造范围。
无不动产权证书的住宅，经街道核实房屋安全后，可一并纳入改造范围。

二、申报
加装电梯由本单元业主提出，向街道提交申请材料：业主表决结果、设计方案和资金分摊协议。

三、资金
改造资金缺口由县财政统筹解决，不得向居民摊派。
`);
const PARKING = libraryDocument({ title: '彭泽县停车设施建设指引', issuer: '彭泽县住房和城乡建设局' }, `彭泽县停车设施建设指引

一、增画车位
利用小区边角空地增画停车位，优先满足居民夜间停车需求。
二、收费
停车收费标准由县发展改革部门核定。

三、消防通道
小区消防通道严禁占用，由物业服务企业施划禁停标线并每日巡查。
`);

const FUND = libraryDocument({ title: '彭泽县城镇老旧小区改造专项资金管理办法', issuer: '彭泽县财政局' }, `彭泽县城镇老旧小区改造专项资金管理办法

第四条 专项资金按项目进度拨付，竣工验收后拨付至结算金额的90%。
第五条 专项资金不得用于支付各种罚款、捐款、赞助，不得用于人员工资、购置交通工具和偿还债务。
`);

const t = testLibrary({ files: { 'scope.txt': SCOPE, 'parking.txt': PARKING, 'fund.txt': FUND } });

describe('spoken words reach the document wording', () => {
  it('asked about a home without a 房本, the answer is the rule on 不动产权证书', async () => {
    const a = await answerQuestion(t.services, '房本没有能改造吗？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('不动产权证书');
  });

  it('asked what to do when the money runs short, the answer is the rule on 资金缺口', async () => {
    const a = await answerQuestion(t.services, '改造钱不够咋整？', [], CONFIDENCE_GATE_OFF);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('县财政统筹解决');
  });

  it('told the fire engines cannot get in, the answer is the rule on 消防通道', async () => {
    const a = await answerQuestion(t.services, '消防车进不来咋整？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('禁停标线');
  });

  it('asked whether the money may pay wages (发工资), the answer is the rule on 人员工资', async () => {
    const question = '改造的补助款能不能拿去发工资？';
    expect(getSynonyms().expand(question)).toContain('人员工资');
    const a = await answerQuestion(t.services, question);
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('不得用于人员工资');
  });
});
