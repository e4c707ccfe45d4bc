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
