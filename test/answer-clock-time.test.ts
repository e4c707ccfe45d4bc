// "停车场晚上几点能进": a time of day asked. The answer is the sentence stating the hours ("19:00至次日7:30"), and a long
// sentence quoted in part keeps its clock times whole (the colon of "19:00" is no clause break). Before, the count of
// units that open their car parks stood as the answer and the hours were cut off.
import { describe, expect, it } from 'vitest';
import { askedFigure } from '../src/text/askedFigure.js';
import { testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const REPLY = policyFile('关于解决老旧小区停车难的建议的答复', '临川市住房和城乡建设局', [
  '关于你们提出的在老旧小区周边推行机关企事业单位停车场错时开放的建议，经与市机关事务管理局共同协调，目前已有市直机关和企事业单位18家向周边居民错时开放停车场，共提供泊位520个，开放时间为工作日19:00至次日7:30和法定节假日全天，居民凭社区出具的证明办理登记后免费停放，下一步我们将把错时开放范围扩大到县级机关和学校，力争年底前开放单位达到30家。',
]);

const PLAN = policyFile('临川市2025年停车设施建设方案', '临川市住房和城乡建设局', [
  '二、关于机关企事业单位停车场错时开放',
  '一是经市政府同意，2024年3月起全市12家机关企事业单位内部停车场向周边居民错时开放，共开放泊位520个。二是开放时间为工作日18:30至次日7:00和法定节假日全天。三是目前实行免费停放，居民凭社区出具的证明登记后即可使用。',
]);

const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'reply.txt': REPLY } });
const split = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'plan.txt': PLAN } });

describe('a time of day asked', () => {
  it('reads 几点 before a verb or a range as a time of day, not a count of points', () => {
    expect(askedFigure('附近机关的停车场晚上几点能进')?.test('工作日19:00至次日7:30')).toBe(true);
    expect(askedFigure('几点到几点不让施工')?.test('每日7时至12时')).toBe(true);
    expect(askedFigure('提了几点建议')).toBeUndefined();
    expect(askedFigure('协调会是几点？')?.test('每周一上午9点召开协调会')).toBe(true);
  });

  it('reads a count of points as no time of day, and a count of points stated as no clock time', () => {
    for (const q of ['工作原则有几点？', '有几点不足？', '改造工作坚持哪几点原则？', '第几点？', '分几点开展？', '答复里提了几点？']) {
      expect(askedFigure(q), q).toBeUndefined();
    }
    const clock = askedFigure('协调会几点开？');
    expect(clock?.test('提出以下3点要求')).toBe(false);
    expect(clock?.test('满意度比上年下降0.5点')).toBe(false);
    expect(clock?.test('每日8时至18时施工')).toBe(true);
  });

  it('quotes the hours of a long sentence whole', async () => {
    const a = await t.ask('下班回来没地方停车，附近机关的停车场晚上几点能进');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('19:00至次日7:30');
  });

  it('answers with the sentence stating the hours, not only the one counting the spaces', async () => {
    const a = await split.ask('晚上下班回来没处停车，附近机关单位的停车场几点能进去停');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('18:30至次日7:00');
  });
});
