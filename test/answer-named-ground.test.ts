// A question naming a town, street or estate by a proper name the tagger cuts into characters ("乙" + "镇") was answered
// by whatever the library held: another town's rule, another estate's progress, the city's total. Now a place so named
// must be named somewhere in a quoted document (title, any section, issuer), written without its unit, in traditional
// characters or with full-width digits alike; a rule of the city (a standard per unit, a procedure) still answers for
// any of its places when the document names no other place of the kind and is no one estate's or village's own (本小区,
// its 业主委员会), but a count or progress asked of the place does not.
import { describe, expect, it } from 'vitest';
import { asksTallyOfPlace, namedGrounds, statesRuleNotTally } from '../src/text/places.js';
import { expectAnswered, expectRefused, testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const WARDENS = policyFile('临川市小区安全巡查员补助办法', '临川市住房和城乡建设局', [
  '第一条 老旧小区每个院落可聘请安全巡查员一名，负责消防通道和电动车充电巡查。',
  '第二条 安全巡查员每人每季度补助900元，由市级财政列支。',
]);

const TOWN_RULE = policyFile('石埠镇农房翻建管理细则', '临川市石埠镇人民政府', [
  '一、适用范围\n本细则适用于石埠镇辖区内农房翻建。',
  '二、补助\n翻建农房每户补助1.6万元，由镇财政列支。',
]);

const PROGRESS = policyFile('老旧小区改造施工进度通报', '临川市住房和城乡建设局', [
  '一、总体进度\n全市今年改造老旧小区18个，已开工16个。',
  '二、重点项目\n槐蔭里小區於７月開工，截至９月底完成總工程量的６０％。',
]);

const CHARGING = policyFile('临川市老旧小区电动自行车集中充电收费标准', '临川市发展和改革委员会', [
  '一、平川老旧小区内电动自行车集中充电，电费每度不超过1.2元，另收服务费每小时0.1元。',
  '二、充电设施由物业服务企业统一维护，每年消防检测一次。',
]);

const STOVES = policyFile('临川市农村燃气灶具更换工作情况', '临川市住房和城乡建设局', [
  '一、补助标准\n农村家庭更换燃气灶具，每户补助600元，由县级住房城乡建设部门审核后拨付。',
  '二、资金来源\n补助资金由市、县两级财政按6:4分担，纳入年度预算，专款专用，不得挤占挪用。',
  '三、申请程序\n农户向村民委员会提出申请，村民委员会核实家庭人口和灶具状况后张榜公示五日；公示无异议的，报乡镇人民政府审核，再报县级住房城乡建设部门审批。审批通过的，由燃气企业上门更换，更换完成后由农户签字确认。',
  '四、安全要求\n燃气企业应当使用带熄火保护装置的灶具和不锈钢波纹管，更换后进行气密性检测，并向农户讲解安全用气常识，发放安全用气告知书。县级住房城乡建设部门每季度抽查更换质量，发现问题的责令限期整改。',
  '五、监督管理\n县级财政部门会同住房城乡建设部门对补助资金使用情况进行检查，对虚报冒领、套取补助资金的，依法追回资金并追究相关人员责任。',
  '六、进展\n全市今年完成1400户，其中桐梓完成300户，白鹭完成260户，均已验收。',
]);

const ESTATE_LIFTS = policyFile('裕丰嘉园小区加装电梯实施方案', '临川市裕丰嘉园小区业主委员会', [
  '一、补助\n本小区加装电梯每台补助12万元，其余费用由各单元业主按楼层分摊。',
  '二、施工\n施工单位进场前应在单元门口公示施工期限。',
]);

const LIGHTING = policyFile('临川市老旧小区公共照明维修管理办法', '临川市住房和城乡建设局', [
  '第一条 已实施物业管理的小区，楼道照明损坏由物业服务企业负责维修；未实施物业管理的，由社区居民委员会组织维修。',
  '第二条 维修费用在住宅专项维修资金中列支，单次不超过500元的可先行维修后公示。',
]);

const VILLAGE_LAMPS = policyFile('岚口村道路路灯更换补助办法', '临川市岚口村民委员会', [
  '一、补助\n本村道路路灯损坏更换，每盏补助300元，由村集体经济收入列支。',
]);

/** Other documents of the library, so that the words asked are as rare in it as in a bureau's. */
const OTHERS = Object.fromEntries(
  ['东湖', '西岭', '南塘', '北苑', '中山', '文昌'].map((street, i) => [
    `street-${i}.txt`,
    policyFile(`${street}街道老旧小区改造工作情况`, `临川市${street}街道办事处`, [`${street}街道今年改造老旧小区${i + 3}个，完成外墙保温和管网更新，居民满意率达到9${i}%。`]),
  ]),
);

describe('places on the ground a question names', () => {
  it('are read when the tagger cuts the name into characters', () => {
    expect(namedGrounds('石埠镇翻建农房每户补助多少')).toEqual([{ name: '石埠', unit: '镇' }]);
    expect(namedGrounds('桐溪小区改造完成了总工程量的百分之多少')).toEqual([{ name: '桐溪', unit: '小区' }]);
    expect(namedGrounds('柳塘街道电动自行车集中充电电费每度多少')).toEqual([{ name: '柳塘', unit: '街道' }]);
  });
  it('are not districts or counties, nor a name cut off by the district before it', () => {
    expect(namedGrounds('柳塘区电动自行车集中充电电费每度多少')).toEqual([]);
    expect(namedGrounds('青石区乙街道有哪些小区')).toEqual([]);
  });
  it('are not a common word or a kind of estate or town before the unit', () => {
    expect(namedGrounds('已改造小区的楼道照明归谁维修')).toEqual([]);
    expect(namedGrounds('老旧小区改造后各小区物业怎么管')).toEqual([]);
    expect(namedGrounds('全市各区各街道的试点社区有几个')).toEqual([]);
    expect(namedGrounds('办法说的县区包不包括高新区')).toEqual([]);
    expect(namedGrounds('弃管小区的安全巡查员怎么补助')).toEqual([]);
    expect(namedGrounds('棚改片区的安全巡查员怎么补助')).toEqual([]);
    expect(namedGrounds('新建小区要不要聘请安全巡查员')).toEqual([]);
    expect(namedGrounds('中心镇的农房翻建补助多少')).toEqual([]);
    expect(namedGrounds('翠湖花园小区的安全巡查员怎么补助')).toEqual([]);
  });
});

describe('a city rule that answers for a place it does not name', () => {
  it('is a standard, a bound or a procedure, not what was done', () => {
    expect(statesRuleNotTally('巡查员每人每季度补助900元。')).toBe(true);
    expect(statesRuleNotTally('申请人向社区提出申请，社区核实后张榜公示。')).toBe(true);
    expect(statesRuleNotTally('同一单元累计补助不超过20万元。')).toBe(true);
    expect(statesRuleNotTally('套内面积144平方米以上的住房不享受补助。')).toBe(true);
    expect(statesRuleNotTally('已经享受过加装电梯补助的单元，不再重复补助。')).toBe(true);
    expect(statesRuleNotTally('今年已完成管网更新，惠及居民3200户。')).toBe(false);
    expect(statesRuleNotTally('全市已完成加装电梯320台，每台补助15万元。')).toBe(false);
    expect(statesRuleNotTally('城区累计改造老旧小区126个。')).toBe(false);
  });
  it('is no answer to a count of what the place holds, but answers how often or how many items', () => {
    expect(asksTallyOfPlace('苇塘镇有几个老旧小区')).toBe(true);
    expect(asksTallyOfPlace('苇塘街道加装了多少台电梯')).toBe(true);
    expect(asksTallyOfPlace('苇塘小区每年入户安全检查几次')).toBe(false);
    expect(asksTallyOfPlace('苇塘镇加装电梯每台补助多少钱')).toBe(false);
  });
});

describe('a town, street or estate named that no quoted document names', () => {
  const t = testLibrary({
    files: { 'bureau.yml': LINCHUAN_BUREAU, 'wardens.txt': WARDENS, 'town.txt': TOWN_RULE, 'progress.txt': PROGRESS, 'charging.txt': CHARGING, 'stoves.txt': STOVES, 'estate-lifts.txt': ESTATE_LIFTS, 'village-lamps.txt': VILLAGE_LAMPS, 'lighting.txt': LIGHTING, ...OTHERS },
  });

  it('is refused when the rule quoted is another town\'s', async () => {
    await expectRefused(t, '罗溪镇翻建农房每户补助多少', '罗溪镇');
  });

  it('is refused when another estate\'s progress or the city\'s count is quoted', async () => {
    await expectRefused(t, '桐溪小区改造完成了总工程量的百分之多少', '桐溪小区');
    await expectRefused(t, '罗溪镇今年更换燃气灶具完成了多少户', '罗溪镇');
  });

  it('is answered by the city\'s rule per unit when no other place of the kind is named', async () => {
    await expectAnswered(t, '柳塘小区安全巡查员每季度补助多少', '900元');
    await expectAnswered(t, '柳塘街道老旧小区电动自行车集中充电电费每度多少', '1.2元');
  });

  it('is refused when the rule quoted is one estate\'s or one village\'s own (本小区, its 业主委员会 or 村民委员会)', async () => {
    await expectRefused(t, '柳塘小区加装电梯每台补助多少', '柳塘小区');
    await expectRefused(t, '罗溪镇道路路灯更换每盏补助多少', '罗溪镇');
  });

  it('is answered by a city rule naming the bodies of every estate (物业服务企业, 社区居民委员会)', async () => {
    await expectAnswered(t, '柳塘小区楼道照明坏了由谁维修', '物业服务企业');
  });

  it('is refused when the place is set against another, the city rule answering for neither side', async () => {
    await expectRefused(t, '安全巡查员的补助，柳塘街道和临川市的规定一样吗', '柳塘街道');
  });

  it('is answered for a kind of estate, not a name', async () => {
    await expectAnswered(t, '弃管小区安全巡查员每季度补助多少', '900元');
    await expectAnswered(t, '翠湖花园小区安全巡查员每季度补助多少', '900元');
  });

  it('is answered when another section of the document names it, in simplified or traditional characters', async () => {
    await expectAnswered(t, '白鹭镇农村更换燃气灶具每户补助多少', '600元');
    await expectAnswered(t, '白鷺鎮農村更換燃氣灶具每戶補助多少', '600元');
  });

  it('is answered when the passage names it without its unit', async () => {
    await expectAnswered(t, '平川街道老旧小区电动自行车集中充电电费每度多少', '1.2元');
  });

  it('is answered when the question writes a city before it', async () => {
    await expectAnswered(t, '临川槐荫里小区截至9月底完成了总工程量的百分之多少', '60');
  });

  it('is answered when the passage writes it in traditional characters and full-width digits', async () => {
    await expectAnswered(t, '槐荫里小区截至9月底完成了总工程量的百分之多少', '60');
  });

  it('leaves a question naming no place to the other checks', async () => {
    await expectAnswered(t, '安全巡查员每季度补助多少', '900元');
  });
});
