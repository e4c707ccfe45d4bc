// "活动中心乒乓球室对老年人免费开放从什么时候开始": the question takes as started what a reply only restates as a suggestion and
// turns down ("您建议…。…暂不采纳"). Before, the reply's sentences on the suggestion stood as the answer.
import { describe, expect, it } from 'vitest';
import { declinedPartOf, statesTakenUp, turnedDownSuggestions } from '../src/text/inForce.js';
import { turnedDownFigureRefusal, turnedDownSuggestionRefusal } from '../src/answer/gate/turnedDown.js';
import type { Citation } from '../src/types.js';
import { expectAnswered, expectRefused } from './support/library.js';
import { ownCityLibrary, ownPolicyFile } from './support/ownCity.js';

const PARKING = ownPolicyFile(
  '关于社区活动中心向老年人开放的建议的答复',
  '一、关于免费开放',
  '您建议社区活动中心乒乓球室对老年人一律免费开放。考虑到场地维护成本，暂不采纳；截至6月底，已有5个活动中心对老年人半价开放。',
);
const REPAIRS = ownPolicyFile(
  '关于缩短物业报修响应时间的建议的答复',
  '一、关于响应时间',
  '截至9月底，全市物业报修平均响应时间为35分钟。您建议将物业报修响应时间缩短为20分钟，考虑到物业服务人员配备不足，目前暂不具备条件，我们将在明年评估运行数据后研究。',
);
const MEALS = ownPolicyFile(
  '关于提高老年人助餐补贴的建议的答复',
  '一、关于补贴标准',
  '您建议将老年人助餐补贴提高到每餐8元。经测算，每餐补贴提高到8元，财政支出将增加约300万元，超出当年预算安排，暂不能采纳。截至6月底，全市已建成老年助餐点120个。',
);
const HEATING = ownPolicyFile(
  '关于提高供暖补贴的建议的答复',
  '一、关于补贴标准',
  '您建议将低保家庭供暖补贴提高到每户每年1500元。经研究，自2025年11月1日起，低保家庭供暖补贴提高到每户每年1500元。',
);
const PARK = ownPolicyFile(
  '关于延长公园开放时间的建议的答复',
  '一、关于开放时间',
  '您建议延长滨河公园开放时间并增设直饮水点。滨河公园开放时间已于5月起延长至晚上10点；增设直饮水点暂不采纳。',
);
const FEES = ownPolicyFile(
  '关于公开物业费收支和缩短退费时限的建议的答复',
  '一、关于收支公开',
  '您建议物业费收支情况每季度向业主公示一次，并将物业退费办理时限缩短到3天。自今年下半年起，全市已要求各物业企业物业费收支情况每季度向业主公示一次。关于退费时限，因需修订服务合同示范文本，暂不采纳。',
);
const BENCHES = ownPolicyFile(
  '关于在小区增设休闲座椅的建议的答复',
  '一、关于休闲座椅',
  '您希望每个住宅小区设置不少于20张休闲座椅。新建住宅小区设置休闲座椅的要求已写入《小区景观设计指引》，自指引印发之日起，新建小区须按绿地面积设置座椅。对老旧小区统一设置20张的要求，因场地有限，目前暂不具备实施条件。',
);
const library = ownCityLibrary({
  'parking.txt': PARKING,
  'repairs.txt': REPAIRS,
  'meals.txt': MEALS,
  'heating.txt': HEATING,
  'park.txt': PARK,
  'fees.txt': FEES,
  'benches.txt': BENCHES,
});

describe('a suggestion a reply turns down, asked since when it applies', () => {
  it('reads which restated suggestions the paragraph turns down', () => {
    const suggestions = (paragraph: string) => turnedDownSuggestions(paragraph).map((t) => t.suggestion);
    expect(suggestions('您建议增设路灯。已于6月安装完毕。您建议延长开放时间。考虑到安全，暂不采纳。')).toEqual(['您建议延长开放时间。']);
    expect(suggestions('您建议将补助提高到每户5000元，目前暂不具备条件。')).toEqual(['您建议将补助提高到每户5000元，目前暂不具备条件。']);
    // A complaint restated is no suggestion; a class of things "暂不具备条件的" turns nothing down.
    expect(turnedDownSuggestions('您反映夜间施工噪声大。该建议不予采纳。')).toEqual([]);
    expect(turnedDownSuggestions('您建议加快改造进度。暂不具备条件的小区，列入下一年度计划。')).toEqual([]);
  });

  it('refuses, quoting the reply, when the suggestion was turned down', async () => {
    await expectRefused(library, '活动中心乒乓球室对老年人免费开放从什么时候开始？', '未被采纳', '您建议社区活动中心');
  });

  it('reads "目前暂不具备条件" as turning the suggestion down', async () => {
    await expectRefused(library, '物业报修20分钟响应从哪天开始执行？', '未被采纳', '暂不具备条件');
  });

  it('reads a turning down closing the reasons after the suggested figure ("…提高到8元，…，暂不能采纳")', async () => {
    await expectRefused(library, '助餐补贴每餐8元是从哪天起执行的？', '未被采纳', '暂不能采纳');
  });

  it('still answers a suggestion adopted with its start, and the question on the suggestion itself', async () => {
    await expectAnswered(library, '低保家庭供暖补贴每户每年1500元从什么时候开始执行？', '2025年11月1日');
    await expectAnswered(library, '活动中心乒乓球室对老年人免费开放的建议采纳了吗？', '暂不采纳');
    // One part of the suggestion adopted, another turned down: the start the reply states for the part asked answers.
    await expectAnswered(library, '滨河公园开放时间延长至晚上10点从什么时候开始？', '5月起');
  });

  it('still refuses the figure turned down when the reply states another figure as adopted', () => {
    const quote =
      '您建议将公租房租金补贴提高到每户每月800元。经测算，补贴提高到800元将超出当年预算安排，暂不能采纳。新修订的办法已将公租房租金补贴由每户每月300元提高到500元。';
    const citation: Citation = { n: 1, docId: 'rent', title: '关于提高公租房租金补贴的建议的答复', number: null, section: '', quote, chunkId: 'rent#1' };
    const refusal = turnedDownSuggestionRefusal('公租房租金补贴每户每月800元从什么时候开始执行？', [citation], []);
    expect(refusal?.answer).toContain('未被采纳');
  });

  it('answers the part a reply adopts when a sentence naming another part turns that one down', async () => {
    // "关于退费时限，…暂不采纳" turns down the second part only; the first is stated as started, with an undated start.
    await expectAnswered(library, '物业费收支情况每季度向业主公示一次从什么时候开始？', '下半年起');
    await expectRefused(library, '物业退费3天办结从什么时候开始执行？');
  });

  it('answers the part a reply states as started, refusing the part it turns down', async () => {
    // "对老旧小区…的要求，…暂不具备实施条件" leaves the new-build part, started "自指引印发之日起", answered.
    await expectAnswered(library, '新建住宅小区设置休闲座椅从什么时候开始执行？', '印发之日起');
    await expectRefused(library, '老旧小区设置20张休闲座椅从什么时候开始？');
  });

  it('reads which part of a restated suggestion a declining sentence names', () => {
    const [fees] = turnedDownSuggestions('您建议公示收支，并将退费时限缩短到3天。关于退费时限，暂不采纳。');
    expect(fees?.declined).toEqual(['并将退费时限缩短到3天']);
    expect(fees?.named).toEqual(['退费时限']);
    // A declining sentence naming no part turns down the whole suggestion.
    const [whole] = turnedDownSuggestions('您建议延长开放时间。考虑到安全，暂不采纳。');
    expect(whole?.declined).toEqual(['您建议延长开放时间。']);
  });

  it('reads a measure stated as started or done, dated or not, but not a count of what exists', () => {
    expect(statesTakenUp('自今年下半年起，全市统一公示收支情况。')).toBe(true);
    expect(statesTakenUp('该项要求将于明年元旦起推行。')).toBe(true);
    expect(statesTakenUp('各街道已完成座椅安装。')).toBe(true);
    expect(statesTakenUp('截至6月底，已有5个活动中心半价开放。')).toBe(false);
  });

  describe('which part a declining sentence turns down', () => {
    const citationOf = (quote: string): Citation => ({ n: 1, docId: 'reply', title: '关于小区设施的建议的答复', number: null, section: '', quote, chunkId: 'reply#1' });
    const refusalOf = (question: string, quote: string) => turnedDownSuggestionRefusal(question, [citationOf(quote)], []);

    it('answers the adopted part when the turned-down one is named with 的建议', () => {
      const pipes = '您建议加快老旧小区雨水管网改造，并对每户补助800元。每户补助800元的建议暂不采纳。老旧小区雨水管网改造列入今年民生实事项目，年底前全部完成。';
      expect(refusalOf('雨水管网改造从什么时候开始？', pipes)).toBeUndefined();
      expect(refusalOf('老旧小区雨水管网改造什么时候实施？', pipes)).toBeUndefined();
      expect(declinedPartOf('关于维护补贴的建议，因缺少政策依据，暂不采纳。')).toBe('维护补贴');
    });

    it('answers the kept part when the turned-down clause shares only its object noun', () => {
      const withNoun = '您建议在小区增设智能信包箱，并对智能信包箱日常维护给予补贴。关于维护补贴的建议，因缺少政策依据，暂不采纳。智能信包箱纳入完整社区建设统筹推进。';
      const bare = '您建议在小区增设智能信包箱，并对智能信包箱日常维护给予补贴。关于维护补贴，因缺少政策依据，暂不采纳。智能信包箱纳入完整社区建设统筹推进。';
      expect(refusalOf('小区智能信包箱从什么时候开始增设？', withNoun)).toBeUndefined();
      expect(refusalOf('小区智能信包箱从什么时候开始增设？', bare)).toBeUndefined();
    });

    it('reads a reason before the turning down as no part, and the part before a reason clause as the one turned down', () => {
      expect(refusalOf('小区景观灯从什么时候开始通宵开启？', '您建议小区景观灯通宵开启。由于电费支出较大暂不采纳。')?.answer).toContain('未被采纳');
      expect(declinedPartOf('去年因场地原因暂未采纳。')).toBeUndefined();
      expect(declinedPartOf('屋顶绿化率提高到30%，受建筑荷载所限，不能采纳。')).toBe('屋顶绿化率提高到30%');
    });

    it('shows the matter asked without the when-ask in the refusal', () => {
      const refusal = refusalOf('小区景观灯通宵开启什么时候实施？', '您建议小区景观灯通宵开启。考虑到电费支出，暂不采纳。');
      expect(refusal?.answer).toContain('未被采纳');
      expect(refusal?.answer).not.toContain('什么时候');
    });

    it('does not read a rule on handling views "暂时不能采纳的意见" as turning a figure down', () => {
      const rule = '对居民提出的暂时不能采纳的意见，各街道要做好解释说明，老旧小区加装电梯补助标准统一为每台15万元。';
      expect(turnedDownFigureRefusal('老旧小区加装电梯补助标准是每台15万元吗？', [citationOf(rule)])).toBeUndefined();
    });
  });
});
