// A question asked of the whole city (全市) is answered from the city's own document — its title opens with the
// city's name and names no district — though its sentences do not repeat 全市; a district's document does not speak for
// the whole city.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { namesCityLevel } from '../src/text/scope.js';
import { testLibrary } from './support/library.js';

const REPLY = [
  '---',
  'title: 对市政协第034号提案的答复',
  'issuer: 南河市住房和城乡建设局',
  'kind: reply',
  '---',
  '对市政协第034号提案的答复',
  '',
  '一、管网改造进展',
  '2023年全市结合老旧小区改造，改造燃气管道27.6公里、供水管网38.1公里。',
  '',
].join('\n');

const REVIEW = [
  '---',
  'title: 南河市2024年城镇老旧小区改造工作总结',
  'issuer: 南河市住房和城乡建设局',
  'kind: policy',
  '---',
  '南河市2024年城镇老旧小区改造工作总结',
  '',
  '一、专项工作',
  '（一）管网改造。2024年改造燃气管道31.4公里、供水管网42.8公里。',
  '',
].join('\n');

const DISTRICT = [
  '---',
  'title: 南河市东城区2025年城镇老旧小区改造实施方案',
  'issuer: 东城区人民政府',
  'kind: policy',
  '---',
  '南河市东城区2025年城镇老旧小区改造实施方案',
  '',
  '一、改造任务',
  '2025年改造供水管网12.5公里。',
  '',
].join('\n');

const t = testLibrary({ files: { 'nanhe_rd_034.txt': REPLY, 'nanhe_zongjie_2024.txt': REVIEW, 'dongcheng_fangan_2025.txt': DISTRICT } });

describe('a question about the whole city', () => {
  it('reads a title opening with the city and naming no district as the city’s own document', () => {
    expect(namesCityLevel('南河市2024年城镇老旧小区改造工作总结')).toBe(true);
    expect(namesCityLevel('南河市城镇老旧小区改造工作领导小组2025年第2次会议纪要')).toBe(true);
    expect(namesCityLevel('南河市东城区2025年城镇老旧小区改造实施方案')).toBe(false);
    expect(namesCityLevel('对市政协第034号提案的答复')).toBe(false);
    for (const notACity of ['湖南省城市更新行动实施方案', '全国城市更新工作会议纪要', '推进城市更新行动实施方案', '中共漳州市委办公室关于加强城市管理的通知']) {
      expect(namesCityLevel(notACity)).toBe(false);
    }
  });

  it('answers the year asked from the city’s own review, not the other year’s figure', async () => {
    const answer = await answerQuestion(t.services, '2024年全市改造燃气管道多少公里？');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('31.4公里');
    expect(answer.answer).not.toContain('27.6公里');
    const followUp = await answerQuestion(t.services, '那第二年呢？', [{ role: 'user', text: '2023年全市改造燃气管道多少公里？' }]);
    expect(followUp.answer).toContain('31.4公里');
  });

  it('does not take a district’s plan for the whole city’s', async () => {
    const answer = await answerQuestion(t.services, '2025年全市改造供水管网多少公里？');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('没有市级层面的相关内容');
  });
});
