// Personal data classes added by issue #12: bank cards (Luhn), personal e-mail, form fields in any layout, and
// questions that fish for one person's contact details.
import { describe, expect, it } from 'vitest';
import { redactPersonalData } from '../src/corpus/index.js';
import { passesLuhn } from '../src/corpus/personalFields.js';
import { asksForPersonalData, maskPersonalData } from '../src/grounding/privacy.js';

describe('bank card numbers', () => {
  it('hides Luhn-valid 16–19 digit numbers, plain or grouped, and counts them', () => {
    const text = '补偿款已转入其银行卡6222020200112233445，另一张卡号 6222 0202 0011 2233 445 也已核对；另有4111111111111111。';
    const { text: out, counts } = redactPersonalData(text);
    expect(out).not.toMatch(/6222020200112233445|6222 0202|4111111111111111/);
    expect(counts.bankCard).toBe(3);
  });

  it('keeps numbers that fail the Luhn check (document serials, order numbers) unless named as a card', () => {
    expect(passesLuhn('6222020200112233445')).toBe(false);
    expect(passesLuhn('6222020200112233446')).toBe(true);
    const text = '档案编号3301020200112233445，项目批复序列号1234567890123456。';
    const { text: out, counts } = redactPersonalData(text);
    expect(out).toBe(text);
    expect(counts.bankCard).toBe(0);
  });

  it('hides a bare UnionPay-prefixed (62…) number even when it fails the Luhn check', () => {
    const { text: out, counts } = redactPersonalData('退款请转至6222020200112233445。');
    expect(out).not.toContain('6222020200112233445');
    expect(counts.bankCard).toBe(1);
  });
});

describe('answers and echoes', () => {
  it('mask a bank card number and a personal e-mail typed into a question', () => {
    const masked = maskPersonalData('我的银行卡6222020200112233445和邮箱 wang@qq.com 能查补偿款吗？');
    expect(masked).not.toMatch(/6222020200112233445|wang@qq\.com/);
    expect(masked).toContain('[已隐去银行卡号]');
    expect(masked).toContain('[已隐去邮箱]');
  });
});

describe('e-mail addresses', () => {
  it('hides personal addresses and keeps government office mailboxes', () => {
    const text = '提案人邮箱 zhangsan1980@qq.com，业主代表 li.ming@163.com；来信请寄 zjj@xuchang.gov.cn。';
    const { text: out, counts } = redactPersonalData(text);
    expect(out).not.toMatch(/zhangsan1980|li\.ming/);
    expect(out).toContain('zjj@xuchang.gov.cn');
    expect(counts.email).toBe(2);
  });
});

describe('home address, ID and signature fields of forms', () => {
  it('label: value on one line', () => {
    const { text, counts } = redactPersonalData('姓名：张三  家庭住址：许昌市魏都区建设路18号3单元，身份证号：4101**********1234\n');
    expect(text).not.toMatch(/建设路18号|4101\*/);
    expect(counts.address).toBe(1);
    expect(counts.idCard).toBe(1);
  });

  it('label on one line, value on the next (a Word table exported cell by cell)', () => {
    const { text, counts } = redactPersonalData('家庭住址\n许昌市东城区幸福小区5号楼\n身份证号码\n41100219850101123X\n本人签字\n王小明\n');
    expect(text).not.toMatch(/幸福小区|41100219850101123X|王小明/);
    expect(counts).toMatchObject({ address: 1, idCard: 1, signature: 1 });
  });

  it('table-like rows: label and value in neighbouring cells, or a header row over a value row', () => {
    const row = redactPersonalData('姓名\t李四\t家庭住址\t许昌市文峰路9号\t签名\t李四\n');
    expect(row.text).not.toMatch(/文峰路9号/);
    expect(row.counts.address).toBe(1);
    const table = redactPersonalData('| 姓名 | 家庭住址 | 身份证号 |\n| 赵六 | 长葛市和平街2号 | 4110**1990****0011 |\n');
    expect(table.text).not.toMatch(/和平街2号|4110\*\*1990/);
    expect(table.counts).toMatchObject({ address: 1, idCard: 1 });
  });

  it('leaves blanks to fill in, office addresses and ordinary policy wording alone', () => {
    const text = '家庭住址：________\n单位地址：许昌市行政服务中心4楼\n申请人须持身份证原件到窗口办理，住址变更的应提供证明。\n';
    const { text: out } = redactPersonalData(text);
    expect(out).toBe(text);
  });
});

describe('questions after one person\'s contact details', () => {
  it.each(['王某某的电话', '征收办赵某怎么联系？', '李明的住址在哪里', '张伟的身份证号是多少', '怎么联系王主任', '我想知道刘某的手机'])('refuses %s', (q) => {
    expect(asksForPersonalData(q)).toBe(true);
  });

  it.each(['市住建局的电话', '征收办怎么联系？', '住房公积金中心的地址在哪', '承办单位的联系方式', '12345热线的电话是多少', '物业服务收费标准是什么'])(
    'answers %s (a unit, not a person)',
    (q) => {
      expect(asksForPersonalData(q)).toBe(false);
    },
  );
});
