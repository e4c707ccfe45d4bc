// A list's numbered items are often of mixed length: a short one ("（三）…不得设置在楼道内。") reads as a heading, the
// longer ones after it do not and become its section's text. The short item's own line stays in that text and may be
// quoted: before, it was left in the section's name only, and an answer quoted the next item instead. (Invented text.)
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { chunkDocument, parseDocument } from '../src/corpus/index.js';
import { libraryDocument, testLibrary } from './support/library.js';

const LIST = `南湖市城镇老旧小区改造内容清单（2025年版）

一、基础类
供水、排水、供电、弱电、道路、供气、消防、安防、生活垃圾分类等基础设施改造，以及屋面、外墙、楼梯等公共部位维修。

二、技术要求
（一）雨污分流改造后，雨水、污水管道应当分别接入市政管网，严禁混接。
（二）停车位施划不得占用消防车道。
（三）电动自行车充电设施与住宅外墙的距离不小于6米，不得设置在楼道内。
（四）燃气管道更新应当由燃气经营企业实施，费用按《南湖市城镇老旧小区改造资金管理办法》关于专业经营单位出资的规定分担。
（五）适老化改造应当包括楼道扶手、坡道和公共区域防滑处理，坡道坡度和扶手高度按国家无障碍设计规范执行。
`;

describe('a short list item before longer ones', () => {
  const t = testLibrary({ files: { 'list.txt': libraryDocument({ title: '南湖市城镇老旧小区改造内容清单（2025年版）' }, LIST) } });

  it('keeps its line atop the items its section holds', () => {
    const chunks = chunkDocument(parseDocument({ docId: 'list', path: 'list.txt', raw: LIST }));
    const item = chunks.find((c) => c.sectionPath.endsWith('不得设置在楼道内'));
    expect(item?.text.split('\n')[0]).toBe('（三）电动自行车充电设施与住宅外墙的距离不小于6米，不得设置在楼道内。');
    expect(item?.text).toContain('（四）燃气管道更新');
  });

  it('is quoted when it answers', async () => {
    const answer = await answerQuestion(t.services, '电动自行车充电设施能不能设在楼道里');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('不得设置在楼道内');
  });
});
