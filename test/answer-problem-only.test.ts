// A sentence describing what goes wrong is not the measure asked for (precision): "保养费政府管不管" was answered with
// "…维护保养费用缺少保障，部分电梯出现…的问题", "占车位的是怎么管的" with "但仍有极少数的人…擅自占用停车位…".
import { describe, expect, it } from 'vitest';
import { describesProblemOnly } from '../src/text/plans.js';
import { expectAnswered, expectRefused, libraryDocument, testLibrary } from './support/library.js';

const READING = libraryDocument({ title: '《青川市既有住宅加装电梯管理办法实施细则》政策解读', issuer: '青川市住房和城乡建设局' }, `《青川市既有住宅加装电梯管理办法实施细则》政策解读

一、起草背景
近年来我市加装电梯需求持续增长。同时电梯投入使用后的维护保养费用缺少保障，部分电梯出现“装得起、养不起”的问题。

二、质量监管
加强加装电梯工程的质量监管和安全管控，杜绝出现工程质量和安全问题。

三、停车设施
对停车位不足的小区，各区要着力解决老旧小区存在的停车难问题。
`);

const library = testLibrary({ files: { 'qingchuan_jiedu.txt': READING } }, { timeout: 120_000 });

describe('a problem described given for the measure asked', () => {
  it('refuses a measure asked when the library only describes the problem', async () => {
    await expectRefused(library, '电梯装好以后每年的保养费政府管不管', '只有对问题的描述');
  });

  it('answers a question about the problem itself with it', async () => {
    await expectAnswered(library, '加装电梯以后保养费用出现了什么问题？', '装得起、养不起');
  });

  it('answers with a measure that prevents a problem', async () => {
    await expectAnswered(library, '加装电梯工程质量谁来管？', '杜绝出现工程质量和安全问题');
  });

  // A duty (要, 应当) or a measure naming the problem it solves was refused as "只有对问题的描述".
  it('answers with a duty that names the problem it solves', async () => {
    await expectAnswered(library, '停车位不够怎么办？', '着力解决老旧小区存在的停车难问题');
  });

  it('reads the forms of a problem described, not a measure or a figure', () => {
    expect(describesProblemOnly('各区要着力解决老旧小区存在的停车难问题')).toBe(false);
    expect(describesProblemOnly('物业企业应当及时整改检查中发现存在的问题')).toBe(false);
    expect(describesProblemOnly('但有下列情形之一的，可以不予补助')).toBe(false);
    expect(describesProblemOnly('但有特殊困难的家庭，可申请减免')).toBe(false);
    expect(describesProblemOnly('主要存在资金筹措难的问题')).toBe(true);
    expect(describesProblemOnly('同时电梯投入使用后的维护保养费用缺少保障，部分电梯出现“装得起、养不起”的问题。')).toBe(true);
    expect(describesProblemOnly('但仍有极少数的人,为了一己私利,擅自占用停车位,抢占公共资源,影响他人')).toBe(true);
    expect(describesProblemOnly('加强改造项目的质量监管和安全管控，杜绝出现工程质量和安全问题')).toBe(false);
    expect(describesProblemOnly('但仍有3个小区未完工')).toBe(false);
    expect(describesProblemOnly('下一步，我局将着力解决部分小区存在的停车难问题')).toBe(false);
  });
});
