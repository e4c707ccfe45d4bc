// A question asking a time or a figure is answered by the section stating one: when the document's section that shares
// the question's words ("入户安全检查") states no date, the section of the same document giving the dates comes first;
// a question that only names an area, a rate or a unit, a why-question, and a time or count of something else move nothing.
import { describe, expect, it } from 'vitest';
import { askedKindOf, countedObjectAsked } from '../src/text/askedKind.js';
import { smallLibraryForBlock } from './support/smallLibrary.js';

function notice(title: string, body: string): string {
  return `---\ntitle: "${title}"\nkind: "notice"\n---\n\n${body}`;
}

const DOCS = {
  gas: notice(
    '甲区秋季燃气安全工作通知',
    [
      '一、检查内容',
      '入户安全检查重点查看燃气软管、报警器和灶具熄火保护装置，入户安全检查发现隐患的当场告知整改，入户安全检查记录由用户签字确认。',
      '二、工作安排',
      '本轮入户安全检查于9月1日至9月30日进行，由燃气公司按片区上门。',
      '三、督导员补贴',
      '楼栋督导员补贴按每人每月计算，楼栋督导员补贴由街道考核后发放，楼栋督导员补贴不得挪用。',
      '四、经费标准',
      '楼栋督导员每人每月补贴300元，由区财政承担。',
    ].join('\n\n'),
  ),
  review: notice(
    '丁市公共租赁住房年度复核和租金管理办法',
    [
      '一、总则',
      '为规范公共租赁住房管理，保障承租人合法权益，制定本办法。',
      '二、年度复核',
      '承租人每年应当向街道办事处提交家庭收入证明、住房情况声明和户籍证明，街道办事处审核后报区住房保障中心复核。',
      '三、租金标准',
      '公租房租金每年调整一次，2024年租金标准为每月每平方米8元。',
      '四、退出',
      '承租人不再符合条件的，应当在规定期限内腾退。',
    ].join('\n\n'),
  ),
  area: notice(
    '丁市住房保障家庭住房面积认定细则',
    [
      '一、认定方法',
      '家庭住房面积以不动产登记簿记载的建筑面积为准；未办理登记的，按购房合同约定的面积认定；自建房按实地测量结果认定。',
      '二、保障标准',
      '家庭人均住房建筑面积低于15平方米的，可以申请公共租赁住房。',
      '三、附则',
      '本细则自2024年3月1日起施行。',
    ].join('\n\n'),
  ),
  guide: notice(
    '丁市公共租赁住房申请指南',
    [
      '一、申请时间',
      '公共租赁住房申请实行常态化受理，申请人可以随时向户籍所在地街道办事处提出申请。',
      '二、申请材料',
      '申请人应当提交申请表、身份证明、户籍证明和收入证明。',
      '三、审核',
      '街道办事处应当自受理之日起15个工作日内完成初审。',
      '四、其他',
      '本指南自2023年1月1日起施行，原指南同时废止。',
    ].join('\n\n'),
  ),
  liftWhy: notice(
    '丁市既有住宅加装电梯补助政策问答',
    [
      '一、为什么按户计算补助',
      '加装电梯的受益主体是住户，低楼层住户受益少，按户计算能够兼顾不同楼层住户，更加公平。',
      '二、补助标准',
      '市财政对加装电梯给予补助，每户补助5000元，每台最高不超过20万元。',
      '三、申请程序',
      '业主向街道办事处提出申请，街道办事处审核后报市住房和城乡建设局。',
    ].join('\n\n'),
  ),
  funds: notice(
    '丁市老旧小区改造资金拨付办法',
    [
      '一、拨付方式',
      '改造补助资金按工程进度分两次拨付：开工时拨付50%，完工并经审计时拨付其余50%。',
      '二、管理要求',
      '各街道应当做好竣工验收后续管理工作，建立长效管理机制。',
      '三、监督',
      '区财政局对资金使用情况进行监督检查。',
    ].join('\n\n'),
  ),
  rate: notice(
    '丁市住房公积金贷款利率执行说明',
    [
      '一、利率确定方式',
      '住房公积金个人住房贷款利率按照中国人民银行公布的公积金贷款利率执行，市住房公积金管理中心不另行调整。',
      '二、现行利率',
      '首套住房五年以上公积金贷款利率为百分之二点八五，五年以下为百分之二点三五。',
      '三、咨询',
      '借款人可以到市住房公积金管理中心各服务网点咨询。',
    ].join('\n\n'),
  ),
  viewing: notice(
    '丁市公共租赁住房看房须知',
    [
      '一、看房费用',
      '看房不收取任何费用，申请人无需缴纳押金或者中介费。',
      '二、物业服务',
      '入住后物业服务费每月每平方米1.2元，由承租人向物业服务企业缴纳。',
      '三、看房时间',
      '看房安排在工作日上午，具体以短信通知为准。',
    ].join('\n\n'),
  ),
  signing: notice(
    '丁市人才公寓选房签约办法',
    [
      '一、签约',
      '申请人选房结束后当场签订租赁合同，未当场签订的视为放弃选房资格。',
      '二、房源',
      '本批房源2024年建成，共200套，位于丁市高新区。',
      '三、入住',
      '申请人凭租赁合同到物业服务中心办理入住手续。',
    ].join('\n\n'),
  ),
  estate: notice(
    '丁市幸福小区改造工作情况',
    [
      '一、加装电梯',
      '幸福小区加装电梯工作由街道统筹推进，目前正在征求居民意见，尚未开工。',
      '二、供水设施',
      '幸福小区更换二次供水水泵4台，新建泵房1座。',
      '三、道路',
      '幸福小区改造道路1.2公里。',
    ].join('\n\n'),
  ),
  fee: notice(
    '榆城市前期物业服务收费办法',
    [
      '一、收费标准',
      '多层住宅前期物业服务费每月每平方米1.2元，高层住宅每月每平方米1.8元。',
      '二、交房前的物业费',
      '房屋交付前的物业服务费由建设单位承担；业主办理交房手续后，从次月起缴纳物业服务费。',
      '三、违约处理',
      '业主逾期不缴纳物业服务费的，物业服务企业可以催告，2023年以来全市共调解物业费纠纷326件。',
    ].join('\n\n'),
  ),
};

describe('a question asking a time or a figure', () => {
  it('knows what states the answer asked for', () => {
    expect(askedKindOf('入户安全检查在什么时候')?.states('本轮入户安全检查于9月1日至9月30日进行')).toBe(true);
    expect(askedKindOf('入户安全检查在什么时候')?.states('入户安全检查重点查看燃气软管')).toBe(false);
    expect(askedKindOf('督导员补贴每人每月多少钱')?.states('楼栋督导员每人每月补贴300元')).toBe(true);
    expect(askedKindOf('督导员补贴每人每月多少钱')?.states('楼栋督导员补贴按每人每月计算')).toBe(false);
    // The meaning of a rate, or which ones, is not a figure asked.
    expect(askedKindOf('开工率是什么意思')).toBeUndefined();
    expect(askedKindOf('哪几个街道评为优秀')).toBeUndefined();
    expect(askedKindOf('哪些小区每户补助多少')).toBeUndefined();
    expect(askedKindOf('入户安全检查由谁负责')).toBeUndefined();
  });

  it("asks no figure when the question only names an area, a rate or a unit, or asks why", () => {
    expect(askedKindOf('家庭住房面积怎么认定')).toBeUndefined();
    expect(askedKindOf('公积金贷款利率由谁调整')).toBeUndefined();
    expect(askedKindOf('公租房承租人每年要交哪些证明')).toBeUndefined();
    expect(askedKindOf('加装电梯补助为什么按每户计算')).toBeUndefined();
  });

  it('counts the thing asked, not another thing counted in the same unit', () => {
    expect(countedObjectAsked('幸福小区加装了多少台电梯')).toBe('电梯');
    expect(countedObjectAsked('幸福小区加装电梯有多少台')).toBe('电梯');
    expect(askedKindOf('幸福小区加装了多少台电梯')?.object).toBe('电梯');
    expect(askedKindOf('改造惠及多少户')?.object).toBeUndefined();
  });

  it('does not take the year of something told for the time asked', () => {
    expect(askedKindOf('物业费从什么时候开始交')?.answers('2023年以来全市共调解物业费纠纷326件')).toBe(false);
    expect(askedKindOf('物业费从什么时候开始交')?.answers('物业费自2024年3月起按新标准缴纳')).toBe(true);
    expect(askedKindOf('小区是哪一年建成的')?.answers('小区于2004年建成')).toBe(true);
  });

  describe('in a library (local embeddings)', () => {
    const library = smallLibraryForBlock(DOCS, 'notices');

    const first = async (question: string, askedKindDepth?: number) =>
      (await library.searcher.search(question, { k: 3, ...(askedKindDepth === undefined ? {} : { tuning: { askedKindDepth } }) }))[0].chunk.sectionPath;

    it('ranks the section giving the dates first, not the one repeating the words asked about', async () => {
      const question = '燃气入户安全检查在什么时候';
      expect(await first(question, 0)).toBe('一、检查内容');
      expect(await first(question)).toBe('二、工作安排');
    });

    it('ranks the section stating the sum first when a sum is asked', async () => {
      const question = '楼栋督导员补贴每人每月多少钱';
      expect(await first(question, 0)).toBe('三、督导员补贴');
      expect(await first(question)).toBe('四、经费标准');
    });

    it('leaves the order alone when the best section already states what is asked', async () => {
      expect(await first('燃气公司什么时候上门检查')).toBe('二、工作安排');
    });

    it.each([
      ['家庭住房面积怎么认定', '一、认定方法'],
      ['公积金贷款利率怎么确定', '一、利率确定方式'],
      ['公积金贷款利率由谁调整', '一、利率确定方式'],
      ['公租房承租人每年要交哪些证明', '二、年度复核'],
      ['幸福小区加装了多少台电梯', '一、加装电梯'],
      ['幸福小区加装电梯有多少台', '一、加装电梯'],
      ['加装电梯补助为什么按每户计算', '一、为什么按户计算补助'],
      ['老旧小区改造补助资金什么时候拨付', '一、拨付方式'],
      ['公共租赁住房申请指南什么时候可以申请', '一、申请时间'],
      ['人才公寓选房后什么时候签合同', '一、签约'],
      ['物业费从什么时候开始交', '二、交房前的物业费'],
    ])('keeps the section answering "%s" first (%s)', async (question, section) => {
      expect(await first(question)).toBe(section);
    });

    it.each([['看房要交多少钱'], ['人才公寓什么时候签租赁合同'], ['加装电梯每户补助为什么不一样']])(
      'ranks "%s" as without the stage: no figure or time of something else comes first',
      async (question) => {
        const without = await library.searcher.search(question, { k: 3, tuning: { askedKindDepth: 0 } });
        const hits = await library.searcher.search(question, { k: 3 });
        expect(hits.map((h) => h.chunk.sectionPath)).toEqual(without.map((h) => h.chunk.sectionPath));
      },
    );
  });
});
