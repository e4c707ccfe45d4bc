// A document a province's government or one of its departments (…厅) issues speaks at the provincial level: asked
// what 省里 sets, its sentences answer even when neither they nor the title say 全省 or 省级. Only the issuer's whole name
// counts so: a hall (大厅, 营业厅, 会客厅), "省去…" or a city's body under the province ("某省某市…") is no province.
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { levelsNamed, levelsOfIssuer } from '../src/grounding/levels.js';
import { testLibrary } from './support/library.js';

const doc = (title: string, issuer: string, ...lines: string[]) => ['---', `title: ${title}`, `issuer: ${issuer}`, 'kind: policy', '---', ...lines, ''].join('\n');

const t = testLibrary({
  files: {
    'yunling_award.txt': doc('云岭省屋面防水翻修督查奖励办法', '云岭省人民政府', '四、奖励标准', '年度督查得分在90分以上的设区市，奖励翻修资金800万元。'),
    'yunling_solar.txt': doc('云岭省屋顶光伏推广指引', '云岭省自然资源厅', '三、奖补', '屋顶光伏项目按装机容量每千瓦奖补300元。'),
    'shimen_rules.txt': doc('石门市屋面防水翻修实施细则', '石门市房管中心', '第六条 本市屋面防水翻修每栋补助12万元。'),
    'shimen_hall.txt': doc('云岭省石门市政务服务大厅屋面翻修补助办事指南', '石门市房管中心', '二、办理时限', '屋面翻修补助申请材料齐全的，4个工作日内办结。'),
    'shimen_meters.txt': doc('石门市水表更换工作通知', '石门市供水中心', '为住户省去来回跑营业厅的麻烦，水表更换预约后6个工作日内上门。'),
  },
});

describe('a province-level issuer', () => {
  it('a province\'s government or department, named as the issuer, holds the provincial level', () => {
    expect(levelsOfIssuer('云岭省人民政府')).toContain('provincial');
    expect(levelsOfIssuer('云岭省自然资源厅')).toContain('provincial');
    expect(levelsOfIssuer('云岭省水利厅 云岭省')).toContain('provincial');
  });

  it('a city\'s body, a hall or 省去 holds no provincial level', () => {
    expect(levelsOfIssuer('石门市人民政府')).not.toContain('provincial');
    expect(levelsOfIssuer('云岭省石门市政府办公厅')).not.toContain('provincial');
    expect(levelsOfIssuer('云岭省石门市房管中心')).not.toContain('provincial');
    expect(levelsOfIssuer('云岭省政务服务大厅')).not.toContain('provincial');
    expect(levelsNamed('云岭省石门市政务服务大厅')).not.toContain('provincial');
    expect(levelsNamed('为住户省去来回跑营业厅的麻烦')).not.toContain('provincial');
    expect(levelsNamed('省时省力的会客厅')).not.toContain('provincial');
  });

  it('asked what the province awards, the provincial government\'s sentence answers', async () => {
    const a = await answerQuestion(t.services, '省里督查得分90分以上的设区市奖励多少钱？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('800万元');
  });

  it('asked what the province grants, a provincial department\'s sentence answers', async () => {
    const a = await answerQuestion(t.services, '省里规定屋顶光伏每千瓦奖补多少钱？');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('300元');
  });

  it('a city\'s service hall guide or 省去 in a city notice does not answer what 省里 sets', async () => {
    const hall = await answerQuestion(t.services, '省里规定屋面翻修补助申请几个工作日内办结？');
    expect(hall.answered && hall.answer.includes('4个工作日')).toBe(false);
    const meters = await answerQuestion(t.services, '省里规定水表更换预约后几个工作日内上门？');
    expect(meters.answered && meters.answer.includes('6个工作日')).toBe(false);
  });

  it('a venue in a place field or a room of a provincial body is no provincial issuer', () => {
    expect(levelsOfIssuer('秋浦市文化广电旅游局 鹤山省图书馆报告厅')).not.toContain('provincial');
    expect(levelsOfIssuer('鹤山省政务服务中心综合受理厅')).not.toContain('provincial');
    expect(levelsOfIssuer('鹤山省机关事务管理局接待厅')).not.toContain('provincial');
    expect(levelsOfIssuer('鹤山省文化和旅游厅')).toContain('provincial');
  });

  it('a city notice held at a provincial library\'s lecture hall does not answer what 省里 sets', async () => {
    const a = await answerQuestion(lending.services, '省里规定每位读者一次最多借阅多少册图书？');
    expect(a.answered && a.answer.includes('15册')).toBe(false);
  });
});

const lending = testLibrary({
  files: {
    'qiupu_reading.txt': [
      '---',
      'title: 秋浦市全民阅读周图书借阅活动通知',
      'issuer: 秋浦市文化广电旅游局',
      'location: 鹤山省图书馆报告厅',
      'kind: notice',
      '---',
      '活动期间每位读者一次最多借阅图书15册，借期45天。',
      '',
    ].join('\n'),
  },
});

