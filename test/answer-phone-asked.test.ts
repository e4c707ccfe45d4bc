import { describe, expect, it } from 'vitest';
import { documentChunks, extractiveAsker } from './support/services.js';
import { questionTypeOf } from '../src/text/index.js';

// A construction rule saying a complaint phone is posted, and a Q&A giving the number to call.
const rules = '云岭市城镇老旧小区改造施工管理规定';
const faq = '云岭市老旧小区改造政策问答';
const chunks = [
  ...documentChunks('yl-rules', { title: rules, kind: 'policy' }, [
    ['三、文明施工', '施工单位应当在小区出入口设置公示牌，公开工期、改造内容、项目负责人和投诉电话。夜间22时至次日6时不得进行噪声施工。'],
  ]),
  ...documentChunks('yl-faq', { title: faq, kind: 'policy' }, [
    ['五、施工扰民怎么投诉', '问：施工噪音扰民，怎么投诉？\n答：可以拨打小区公示牌上的投诉电话，也可以拨打12345政务服务便民热线，承办单位应当在3个工作日内答复。'],
    ['六、改造期间停水怎么办', '答：停水前施工单位应当提前24小时在小区公告。'],
  ]),
];
const ask = extractiveAsker(chunks, 5);

describe('a question asking which number to call is answered with a number', () => {
  it('quotes the sentence giving 12345, not only the one saying a complaint phone is posted', async () => {
    const a = await ask('施工吵得睡不着，打哪个电话投诉？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('12345');
  });
});

describe('a number to call is a phone number, and only a question about calling asks one', () => {
  it('a sum, an area or a count is no phone number', () => {
    const phone = questionTypeOf('补助有问题打哪个电话咨询？');
    expect(phone?.name).toBe('电话');
    for (const sentence of ['每台电梯补助资金150000元。', '改造面积12000平方米。', '惠及居民13029户。']) expect(phone!.strict.sentence.test(sentence), sentence).toBe(false);
    for (const sentence of ['可拨打12345热线。', '咨询电话：0596-2023456。']) expect(phone!.strict.sentence.test(sentence), sentence).toBe(true);
  });

  it('"打哪个" asks a number only with 电话 / 热线 / 号码 after it', () => {
    expect(questionTypeOf('打哪个投诉电话？')?.name).toBe('电话');
    expect(questionTypeOf('加装电梯的事该打哪个窗口反映？')?.name).not.toBe('电话');
  });
});
