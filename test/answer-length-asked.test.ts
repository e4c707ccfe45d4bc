// "白塔有多高" asks a length; "多高层住宅" (multi-storey and high-rise) and "比例有多高" do not: a subsidy or a share asked
// there is answered by its sum or its percentage, not refused for want of metres.
import { describe, expect, it } from 'vitest';
import { askedFigure } from '../src/text/askedFigure.js';
import { testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const RULES = policyFile('临川市既有住宅加装电梯财政补助办法', '临川市住房和城乡建设局', [
  '第五条 对多高层住宅加装电梯，每台补助10万元。',
  '第六条 财政补助比例为工程总造价的40%，每台最高不超过15万元。',
]);

const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'rules.txt': RULES } });

describe('a length asked', () => {
  it('reads 多高 as a height only where it asks one', () => {
    expect(askedFigure('白塔有多高？')?.test('白塔高45米')).toBe(true);
    expect(askedFigure('加装电梯财政补助比例有多高？')?.test('补助比例为40%')).toBe(true);
  });

  it('answers a subsidy for 多高层 buildings with its sum', async () => {
    const a = await t.ask('多高层住宅加装电梯补助标准是多少？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('10万元');
  });

  it('answers a share asked 有多高 with its percentage', async () => {
    const a = await t.ask('加装电梯财政补助比例有多高？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('40%');
  });
});
