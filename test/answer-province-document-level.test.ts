// A question asked of the province ("省里", "全省") is answered from the province's own document — its title opens with
// the province's name and names no city or county — though its sentences do not repeat 全省; a city's document under
// the same province does not speak for the province.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { namesProvinceLevel } from '../src/text/places.js';
import { testLibrary } from './support/library.js';

const PROVINCE = [
  '---',
  'title: 青原省城镇老旧小区改造防水工程技术指引',
  'issuer: 青原省人民政府办公厅',
  'kind: policy',
  '---',
  '青原省城镇老旧小区改造防水工程技术指引',
  '',
  '四、质量保修',
  '屋面防水工程的保修期不少于8年，保修期内渗漏的由施工单位免费维修。',
  '',
].join('\n');

const CITY = [
  '---',
  'title: 青原省白石市城镇老旧小区改造外墙保温实施细则',
  'issuer: 白石市住房和城乡建设局',
  'kind: policy',
  '---',
  '青原省白石市城镇老旧小区改造外墙保温实施细则',
  '',
  '三、质量保修',
  '外墙保温工程的保修期不少于6年。',
  '',
].join('\n');

const t = testLibrary({ files: { 'qingyuan_fangshui_zhiyin.txt': PROVINCE, 'baishi_baowen_xize.txt': CITY } });

describe('a question about the province', () => {
  it('reads a title opening with the province and naming no city or county as the province’s own document', () => {
    expect(namesProvinceLevel('青原省城镇老旧小区改造防水工程技术指引')).toBe(true);
    expect(namesProvinceLevel('青原省住房和城乡建设厅关于做好加装电梯工作的通知')).toBe(true);
    expect(namesProvinceLevel('青原省白石市城镇老旧小区改造外墙保温实施细则')).toBe(false);
    expect(namesProvinceLevel('青原省白石市东河区2025年改造计划')).toBe(false);
    expect(namesProvinceLevel('节省改造开支的若干措施')).toBe(false);
    expect(namesProvinceLevel('关于做好城镇老旧小区改造工作的通知')).toBe(false);
  });

  it('answers what 省里 requires from the province’s own guide', async () => {
    const answer = await answerQuestion(t.services, '省里规定屋面防水工程的保修期是多少年？');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('不少于8年');
  });

  it('does not take a city’s rule for the province’s', async () => {
    const answer = await answerQuestion(t.services, '省里规定外墙保温工程的保修期是多少年？');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('没有省级层面的相关内容');
  });
});
