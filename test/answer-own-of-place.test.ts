// "古楼街道自己对加装电梯有没有额外补贴？" asks a place's own rules (自己 after it): the city's rules, or a district
// report that mentions the place, are not them. Without a document the place issued or is titled for, the question is
// refused, quoting what the library holds; a place whose own document answers is answered.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { placeAskedOwnOf } from '../src/text/places.js';
import { libraryDocument, testLibrary } from './support/library.js';

const t = testLibrary({
  files: {
    'city_banfa.txt': libraryDocument({ title: '云岭市既有住宅加装电梯补助办法', issuer: '云岭市住房和城乡建设局' }, `云岭市既有住宅加装电梯补助办法

第三条 加装电梯的，市级财政每台补助10万元。桥东街道、河西街道的加装电梯项目按本办法申请补助。
`),
    'city_reply.txt': libraryDocument({ title: '对市人大第18号建议的答复', kind: 'reply', issuer: '云岭市住房和城乡建设局' }, `对市人大第18号建议的答复

王代表：
您提出的关于加强老旧小区停车管理的建议收悉，现答复如下：
一、关于停车收益管理
利用小区共有部分设置的停车位，其收益在扣除必要管理成本后归全体业主共有，主要用于小区公共设施维修养护。
`),
    'hexi_fangan.txt': libraryDocument({ title: '河西区2024年老旧小区改造实施方案', issuer: '云岭市河西区人民政府办公室' }, `河西区2024年老旧小区改造实施方案

一、补助标准
加装电梯的，区级财政在市级补助基础上每台另行补助3万元。
`),
  },
});

describe('a place\'s own rules asked', () => {
  it('reads the place before 自己', () => {
    expect(placeAskedOwnOf('桥东街道自己对加装电梯有没有额外补贴')).toEqual({ stem: '桥东', name: '桥东街道' });
    expect(placeAskedOwnOf('请问河西区自己对加装电梯有没有区级补贴？')).toEqual({ stem: '河西', name: '河西区' });
    expect(placeAskedOwnOf('装电梯自己掏的那部分能拿公积金付不？')).toBeUndefined();
  });

  it('reads no place in a residential area, a community or filler before 自己', () => {
    expect(placeAskedOwnOf('我们小区自己的停车收益怎么分')).toBeUndefined();
    expect(placeAskedOwnOf('我们社区自己有没有补贴')).toBeUndefined();
    expect(placeAskedOwnOf('老旧小区改造后小区自己有没有管理办法')).toBeUndefined();
    expect(placeAskedOwnOf('请问市自己的规定')).toBeUndefined();
    expect(placeAskedOwnOf('我们河西区自己有没有补贴')).toEqual({ stem: '河西', name: '河西区' });
  });

  it('answers what a residential area\'s own parking income is, from the city\'s reply', async () => {
    const a = await answerQuestion(t.services, '我们小区自己的停车收益归谁？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('归全体业主共有');
  });

  it('refuses when only the city\'s rules mention the place', async () => {
    const a = await answerQuestion(t.services, '桥东街道自己对加装电梯有没有额外补贴？');
    expect(a.answered).toBe(false);
    expect(a.answer).toContain('桥东街道自己的相关规定或文件');
  });

  it('answers from the place\'s own document', async () => {
    const a = await answerQuestion(t.services, '河西区自己对加装电梯有没有区级补贴？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('3万元');
  });
});
