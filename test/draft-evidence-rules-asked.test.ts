// "出台协商经费细则": an ask for a set of detailed rules (细则) names the form of what it wants, as 办法 and 规定 do;
// the library answers it with the content such rules would fix ("由街道按每户15元的标准安排"), which never says 细则.
import { describe, expect, it } from 'vitest';
import { draftReply } from '../src/draft/index.js';
import { briefingChunks, documentChunks, servicesOverChunks } from './support/services.js';

const RULES = documentChunks('xieshang_2025', { title: '南渡市住宅小区业主协商工作规程', number: '南政办规〔2025〕7号', kind: 'policy' }, [
  ['九、协商经费', '街道组织业主协商所需经费，由街道按每户15元的标准从物业专项经费中安排，不得向业主收取。'],
  ['三、协商程序', '业主协商会议由社区居民委员会召集，参会业主不少于小区总户数的20%。'],
]);
const services = () => servicesOverChunks([...RULES, ...briefingChunks()], { stats: true });

const PROPOSAL = `关于落实业主协商工作规程的建议

市人大代表 钟离晴川

为此建议：

一、出台协商经费细则。

二、建立屋顶光伏设施认领制度。`;

describe("an ask for 细则 (detailed rules)", () => {
  it("quotes the rule stating what the 细则 would fix, and leaves a gap where the library holds nothing on the thing", async () => {
    const [funds, solar] = (await draftReply(services(), { text: PROPOSAL })).draft!.sections;
    expect(funds.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('每户15元'));
    expect(solar.citations).toEqual([]);
  });

  it("quotes it too when the ask names the rule it rests on and what the 细则 should fix", async () => {
    const text = PROPOSAL.replace('一、出台协商经费细则。', '一、根据规程关于协商经费的规定，出台协商经费细则，明确入户走访和业主协商的经费标准和拨付时间。');
    const [funds] = (await draftReply(services(), { text })).draft!.sections;
    expect(funds.citations.map((c) => c.quote)).toContainEqual(expect.stringContaining('每户15元'));
  });
});
