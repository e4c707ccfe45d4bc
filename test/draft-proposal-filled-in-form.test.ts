// Letters laid out as a form the proposer fills in once an ask (the same labelled lines block after block): each block's
// ask is read from the line under the label that asks, without the label; the other lines (the situation, another
// city's practice, what residents will do themselves) stay out. Ordinary letters read as before. All texts invented.
import { describe, expect, it } from 'vitest';
import { parseProposal } from '../src/draft/parseProposal.js';

const asks = (text: string) => parseProposal(text).suggestions.map((s) => s.text);
const topics = (text: string) => parseProposal(text).suggestions.map((s) => s.topic);

const THREE_LINES_A_BLOCK = `关于改善小区停车和照明的建议

我住的小区问题不少，我按三件事写，每件事三行。

停车
以前：小区只有三十个车位，晚上车停满了消防通道。
现在：居民自己画线，邻里常为车位吵架。
想请：在小区内统一施划停车泊位，并把消防通道标识清楚。

路灯
以前：路灯坏了没人修。
现在：晚上老人出门摔倒过两次。
想请：明确小区路灯维修的责任单位和修复时限。

垃圾房
以前：垃圾房离单元门太近。
现在：夏天气味很大，苍蝇多。
想请：把垃圾房迁到小区北侧空地，并每天清洗一次。

建议人：石青岚
2026年3月
`;
const OTHER_CITY_THEN_OURS = `关于借鉴外地做法完善加装电梯工作的提案

我们到外地考察了加装电梯工作，对照本地做法，提出以下意见。

外地经验：加装电梯审批实行一窗受理，十个工作日内办结。
本地可学：建议在区政务服务中心设立加装电梯综合窗口，实行一窗受理、限时办结。

外地经验：对低楼层住户给予每户五千元的协调补偿。
本地可学：建议研究建立低楼层住户补偿机制，由受益住户按楼层分摊。

外地经验：电梯加装后由原厂维保五年。
本地可学：推行加装电梯由原厂维保，维保费用纳入维修资金使用范围。

提案人：柯远舟
`;
const RESIDENTS_THEN_BUREAU = `关于共同做好背街小巷整治的建议

区住房和城乡建设局：
我们社区的代表商量后，把三件事写在下面，每件事先写居民能做的，再写请局里做的。

说雨污混接：
居民这边：各楼栋长把雨污混接的楼栋登记清楚，报给社区。
请区住建局：把登记的楼栋纳入今年的雨污分流改造计划，公布开工时间。

说井盖破损：
居民这边：发现井盖破损的，第一时间拍照上报。
请区住建局：建立井盖巡查台账，接到上报后尽快更换。

说绿地荒废：
居民这边：愿意认领小区里的绿地，自己种植养护。
请区住建局：出台居民认养绿地的办法，给认养的居民提供苗木。

以上建议，请予研究办理。
`;

describe("a letter filled in as a form, one ask a block", () => {
  it("reads the ask under the asking label of every block, not only the last", () => {
    expect(asks(THREE_LINES_A_BLOCK)).toEqual([
      '在小区内统一施划停车泊位，并把消防通道标识清楚。',
      '明确小区路灯维修的责任单位和修复时限。',
      '把垃圾房迁到小区北侧空地，并每天清洗一次。',
    ]);
    expect(asks(THREE_LINES_A_BLOCK).join('')).not.toMatch(/以前|现在|摔倒/u);
  });

  it("leaves another city's practice out and asks only what the proposer asks of this city", () => {
    expect(asks(OTHER_CITY_THEN_OURS)).toHaveLength(3);
    expect(asks(OTHER_CITY_THEN_OURS).join('')).not.toMatch(/外地经验|十个工作日内办结|五千元|维保五年/u);
    expect(topics(OTHER_CITY_THEN_OURS)).not.toContain('外地经验');
  });

  it("heads each ask by what it asks, not by the body the label names", () => {
    expect(topics(RESIDENTS_THEN_BUREAU).join('|')).not.toMatch(/区住建局|居民这边/u);
    expect(asks(RESIDENTS_THEN_BUREAU)).toEqual([
      '把登记的楼栋纳入今年的雨污分流改造计划，公布开工时间。',
      '建立井盖巡查台账，接到上报后尽快更换。',
      '出台居民认养绿地的办法，给认养的居民提供苗木。',
    ]);
  });
});

describe("a form that is only background to asks made elsewhere", () => {
  it("takes the numbered asks after scenes of what residents hope for, not the hopes", () => {
    const text = `关于改善老旧小区无障碍出行的建议

我们在春节前走访了几户老人家庭。

第一户
家里情况：退休教师，82岁，住五楼，腿脚不便
老人希望：楼门口的台阶能改成坡道，轮椅能推出去。

第二户
家里情况：独居老人，75岁，住四楼
老人希望：楼梯两边都能装上扶手。

根据走访了解的情况，我们建议：
一、将无障碍坡道建设列入老旧小区改造的必选项目。
二、对老旧小区楼梯加装扶手给予每栋两千元的补助。
三、由社区建立高龄独居老人定期探访制度。
`;
    expect(asks(text)).toEqual([
      '将无障碍坡道建设列入老旧小区改造的必选项目。',
      '对老旧小区楼梯加装扶手给予每栋两千元的补助。',
      '由社区建立高龄独居老人定期探访制度。',
    ]);
  });

  it("takes the asks of a 建议 section after what the people called for, not their calls", () => {
    const text = `关于解决城中村用水难的建议

今年我们到几个城中村听取了意见：

东湾村
村民说：自来水压力不够，三楼以上经常停水。
村民呼吁：早点把供水管道换成大管径的。

西岭村
村民说：水表装在路边，冬天常被冻裂。
村民呼吁：把水表移进表箱里。

针对上述情况，现提出如下建议：
一、将城中村供水管网改造纳入年度城建计划，分批实施。
二、由供水企业对户外水表统一加装保温表箱。
三、公布城中村停水报修电话，实行限时修复。
`;
    expect(asks(text)).toHaveLength(3);
    expect(asks(text).join('')).not.toMatch(/大管径|移进表箱/u);
  });

  it("leaves other cities' practice out when the letter's own asks follow it", () => {
    const text = `关于学习外地经验推进住宅小区充电设施建设的提案

一、外地做法
丙市
做法：推行小区充电设施统建统营，由国有企业统一投资。
效果：三年建成充电端口一万余个。
丁市
做法：建立充电设施建设补贴和峰谷电价政策。
效果：飞线充电投诉下降一半。

二、具体建议
1. 明确我市住宅小区充电设施的建设主体和运营模式。
2. 对老旧小区充电设施建设给予一次性补贴。
3. 加强对充电设施的消防安全检查。
`;
    expect(asks(text)).toEqual([
      '明确我市住宅小区充电设施的建设主体和运营模式。',
      '对老旧小区充电设施建设给予一次性补贴。',
      '加强对充电设施的消防安全检查。',
    ]);
  });

  it("keeps each measure a labelled 建议 lists below it", () => {
    const text = `关于整治小区私拉电线充电的建议

当前小区私拉电线充电问题突出，主要有两方面：

一、私拉电线充电屡禁不止
现状：不少居民从楼上窗口拉电线给楼下的电动车充电，夜间火灾隐患大。
建议：由社区牵头开展集中清理，具体做法包括：
（1）逐楼栋排查并拆除私拉的电线；
（2）在小区空地建设集中充电棚；
（3）对屡次私拉电线的住户进行约谈。

二、充电棚建成后无人管理
现状：部分充电棚建成后插座损坏，长期无人维修。
建议：明确充电棚的维护责任主体，维护费用从充电收费中列支。
`;
    expect(asks(text)).toEqual([
      '逐楼栋排查并拆除私拉的电线',
      '在小区空地建设集中充电棚',
      '对屡次私拉电线的住户进行约谈。',
      '明确充电棚的维护责任主体，维护费用从充电收费中列支。',
    ]);
  });

  it("keeps the measures a block's 建议 announces without a colon", () => {
    const text = `关于治理小区高空抛物的建议

一、高空抛物屡有发生
现状：高层住宅楼下常有果皮、烟头落下，曾砸坏停放的车辆。
建议：由物业会同社区开展专项治理，重点做好以下几项
（1）在高层楼栋外墙加装向上拍摄的监控探头；
（2）在电梯和单元门口张贴禁止高空抛物的提示；
（3）对查实的抛物住户依法处理并在小区内通报。

二、楼下缺少防护设施
现状：楼栋出入口没有防护雨棚，行人进出没有遮挡。
建议：在高层楼栋出入口加装防护雨棚，费用从公共收益中列支。
`;
    expect(asks(text)).toEqual([
      '在高层楼栋外墙加装向上拍摄的监控探头',
      '在电梯和单元门口张贴禁止高空抛物的提示',
      '对查实的抛物住户依法处理并在小区内通报。',
      '在高层楼栋出入口加装防护雨棚，费用从公共收益中列支。',
    ]);
  });

  it("takes the numbered asks written before an appendix of interviews, not the residents' hopes", () => {
    const text = `关于改善老旧小区适老化设施的建议

我市老旧小区住着大量独居老人，适老化设施普遍缺乏。为此建议：

一、将适老化改造列入老旧小区改造的必改内容。
二、对加装扶手、坡道的小区给予每户定额补助。
三、建立适老化设施的日常巡查制度。

附：入户访谈

访谈对象：北门社区王奶奶，82岁，独居。
老人希望：楼梯能装上扶手，下楼买菜不用扶墙。

访谈对象：东湖社区赵大爷，75岁，腿脚不便。
老人希望：单元门口的台阶能改成坡道，轮椅能推出去。
`;
    const got = asks(text);
    expect(got.slice(0, 2)).toEqual(['将适老化改造列入老旧小区改造的必改内容。', '对加装扶手、坡道的小区给予每户定额补助。']);
    expect(got[2]).toMatch(/^建立适老化设施的日常巡查制度。/u);
    expect(got.some((ask) => /^(?:楼梯能装上扶手|单元门口的台阶)/u.test(ask))).toBe(false);
  });

  it("takes the 一是, 二是 asks of a lead written before case blocks, not the cases' requests", () => {
    const text = `关于规范住宅小区停车收费的建议

建议市发改委会同住建部门从以下方面规范停车收费：一是制定小区停车收费指导价；二是推行停车收费明码标价；三是开展停车收费专项检查。

小区：阳光花园
情况：物业将临时停车费从每小时2元涨到5元，未征求业主意见。
诉求：请有关部门责令物业恢复原收费标准。

小区：翠湖名苑
情况：地下车位只租不售，租金每年上涨。
诉求：请有关部门查处车位租金乱涨价行为。
`;
    expect(asks(text)).toHaveLength(3);
    expect(asks(text).join('')).toMatch(/指导价.*明码标价.*专项检查/u);
    expect(asks(text).join('')).not.toMatch(/请有关部门/u);
  });

  it("splits a labelled 建议 that asks 一是, 二是 on its line", () => {
    const text = `关于加强城市绿地养护的建议

问题：新建绿地重建轻管，苗木成活率低。
建议：一是建立绿地养护考核制度，考核结果与养护费用挂钩；二是推行绿地认养；三是对毁绿占绿行为依法查处。

问题：街头绿地缺少座椅和遮阳设施。
建议：一是在街头绿地增设休息座椅；二是种植遮阳乔木，费用由园林部门列支。
`;
    expect(asks(text)).toHaveLength(5);
    expect(asks(text)[1]).toMatch(/^推行绿地认养/u);
  });
});

describe("ordinary letters read as before", () => {
  it("a numbered list after 为此建议", () => {
    expect(asks(`关于加强老旧小区电动自行车充电管理的建议

近年来，我市老旧小区电动自行车保有量快速增长，飞线充电现象普遍，火灾隐患突出。为此建议：
一、在老旧小区改造中同步建设集中充电设施，优先利用闲置空地。
二、明确充电设施的运营维护主体，收费标准向社会公布。
三、加强消防安全宣传，组织社区开展入户排查。

建议人：田暮云
`)).toEqual([
      '在老旧小区改造中同步建设集中充电设施，优先利用闲置空地。',
      '明确充电设施的运营维护主体，收费标准向社会公布。',
      '加强消防安全宣传，组织社区开展入户排查。',
    ]);
  });

  it("one 建议 paragraph stays one ask", () => {
    expect(asks(`关于推进小区物业服务全覆盖的提案

目前我市仍有部分老旧小区没有物业服务，环境脏乱，设施无人维护。建议：由街道对无物业小区实行兜底托管，托管期内引导业主成立业主委员会，逐步引入专业物业服务企业。

提案人：罗晚晴
`)).toEqual(['由街道对无物业小区实行兜底托管，托管期内引导业主成立业主委员会，逐步引入专业物业服务企业。']);
  });

  it("一是/二是/三是 asks on one line", () => {
    expect(asks(`关于完善住宅专项维修资金使用的建议

维修资金使用程序复杂，业主表决难，资金沉睡现象普遍。对此，提出以下建议：一是简化维修资金使用程序，推行线上表决；二是明确应急使用的情形和审核时限；三是定期向业主公布分户账余额。

建议人：江叙白
`)).toEqual(['简化维修资金使用程序，推行线上表决', '明确应急使用的情形和审核时限', '定期向业主公布分户账余额。']);
  });

  it("problem and remedy pairs keep the remedies only", () => {
    expect(asks(`关于加强二次供水设施管理的建议

问题一：二次供水设施老化，水质不稳定。
对策：对老旧小区二次供水设施开展全面排查，逐步移交供水企业统一管理。

问题二：水箱清洗不及时，居民不知道清洗时间。
对策：建立水箱定期清洗制度，清洗前在小区公示栏公布清洗时间。

建议人：马听潮
`)).toEqual([
      '对老旧小区二次供水设施开展全面排查，逐步移交供水企业统一管理。',
      '建立水箱定期清洗制度，清洗前在小区公示栏公布清洗时间。',
    ]);
  });

  it("asks each labelled 建议 with the proposer signing twice", () => {
    expect(asks(`关于老旧小区加装电梯的建议

建议：简化加装电梯审批程序，推行联合审查。
建议：对加装电梯给予财政补助，补助标准向社会公布。
建议：允许提取住房公积金用于加装电梯。

建议人：陶静姝
建议人：陶静姝
`)).toEqual(['简化加装电梯审批程序，推行联合审查。', '对加装电梯给予财政补助，补助标准向社会公布。', '允许提取住房公积金用于加装电梯。']);
  });
});
