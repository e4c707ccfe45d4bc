// A provincial bureau's own reply says "我厅已督促各地实行…" without naming the province: asked for 全省 or 省级, that
// reply speaks for the whole province, as a city's own document speaks for 全市. Another province's document with the
// same words does not: it is not the bureau's own.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { createEvidenceContext, gatherEvidence } from '../src/draft/evidence.js';
import { levelOfPlace, WHOLE_SCOPE_WORD, wholeScopeWordOf } from '../src/grounding/levels.js';
import type { Suggestion } from '../src/types.js';
import { documentChunks, generalPolicyChunks, REPO_ROOT, servicesOverChunks } from './support/services.js';

const base = loadConfig({ LOG_LEVEL: 'silent' }, { cwd: REPO_ROOT }).bureau;
const PROVINCE_BUREAU = { ...base, name: '岚山省住房和城乡建设厅', shortName: '省住建厅', city: '岚山省', numberPrefix: '岚建议复' };

const OWN_REPLY = documentChunks('own_reply', { title: '对省人大十三届二次会议第0210号建议的答复', number: '岚建议复〔2025〕3号', kind: 'reply' }, [
  ['一、关于简化审批手续', '我厅已督促各地实行联合验收、容缺办理，办理时限压缩至20个工作日以内。'],
]);
const OTHER_PROVINCE = documentChunks('other_province', { title: '青崖省城镇老旧小区改造项目管理办法', number: '青建发〔2025〕2号', kind: 'policy' }, [
  ['第七条', '各地实行联合验收、容缺办理，办理时限不超过15个工作日。'],
]);

const ASK: Suggestion = { topic: '全省实行联合验收容缺办理', text: '全省统一实行联合验收、容缺办理' } as Suggestion;

async function quotesFor(bureau: typeof base, chunks = [...OWN_REPLY, ...OTHER_PROVINCE], ask = ASK) {
  const services = servicesOverChunks([...chunks, ...generalPolicyChunks(12)], { stats: true });
  const evidence = await gatherEvidence(createEvidenceContext(services.search, bureau), ask);
  return [...evidence.policy, ...evidence.done, ...evidence.elsewhere, ...evidence.reference].map((s) => `${s.chunk.docId}:${s.sentence}`);
}

describe("own documents of the bureau speak for its whole scope", () => {
  it("quotes the own reply of a provincial bureau for a 全省 ask, not the rule of another province", async () => {
    const quotes = await quotesFor(PROVINCE_BUREAU);
    expect(quotes).toContainEqual(expect.stringContaining('own_reply:我厅已督促各地实行联合验收'));
    expect(quotes.join('\n')).not.toContain('other_province');
  });

  it("does not read a reply of another bureau as speaking for the province", async () => {
    const cityBureau = { ...base, name: '临川市住房和城乡建设局', city: '临川市', numberPrefix: '临建' };
    expect(await quotesFor(cityBureau)).toEqual([]);
  });

  it("does not quote the pilot of one district in the own reply of a provincial bureau as done for the whole province", async () => {
    const pilot = documentChunks('own_pilot', { title: '对省人大十三届二次会议第0315号建议的答复', number: '岚建议复〔2025〕7号', kind: 'reply' }, [
      ['二、关于保障性租赁住房', '临川市东湖区已筹集保障性租赁住房860套，由街道统一组织配租。'],
    ]);
    const ask = { topic: '全省筹集保障性租赁住房', text: '建议在全省加快筹集保障性租赁住房。' } as Suggestion;
    expect(await quotesFor(PROVINCE_BUREAU, pilot, ask)).toEqual([]);
  });

  it("does not quote the own reply of a city bureau naming only a district, or only the province and counties", async () => {
    const cityBureau = { ...base, name: '临川市住房和城乡建设局', shortName: '市住建局', city: '临川市', numberPrefix: '临建' };
    const district = documentChunks('own_district', { title: '对市人大十三届二次会议第0316号建议的答复', number: '临建〔2025〕8号', kind: 'reply' }, [
      ['二、关于保障性租赁住房', '东湖区已筹集保障性租赁住房860套，由街道统一组织配租。'],
    ]);
    const inFull = { topic: '全市筹集保障性租赁住房', text: '建议在全市加快筹集保障性租赁住房。' } as Suggestion;
    expect(await quotesFor(cityBureau, district, inFull)).toEqual([]);
    const levels = documentChunks('own_levels', { title: '对市人大十三届二次会议第0317号建议的答复', number: '临建〔2025〕9号', kind: 'reply' }, [
      ['一、关于棚户区改造补助', '省财政对棚户区改造给予每户3万元补助，县级财政按每户不低于8000元配套。'],
    ]);
    const cityFunds = { topic: '市级财政安排棚户区改造补助', text: '建议市级财政安排棚户区改造补助资金。' } as Suggestion;
    expect(await quotesFor(cityBureau, levels, cityFunds)).toEqual([]);
  });

  it("gives a district bureau no whole-scope word", () => {
    expect(wholeScopeWordOf('临川市东湖区')).toBeNull();
    expect(wholeScopeWordOf('乙县')).toBe('全县');
    expect(wholeScopeWordOf('岚山省')).toBe('全省');
  });

  it('reads the level of a place from its last unit', () => {
    expect(levelOfPlace('岚山省')).toBe('provincial');
    expect(levelOfPlace('某某自治区')).toBe('provincial');
    expect(levelOfPlace('临川市')).toBe('city');
    expect(levelOfPlace('某某自治州')).toBe('city');
    expect(levelOfPlace('临川市甲区')).toBe('county');
    expect(levelOfPlace('乙县')).toBe('county');
    expect(levelOfPlace('某某经济技术开发区')).toBeNull();
    // The same areas that 区级 after them does not make a district's level (DISTRICT_LEVEL): 示范区, 保护区, 社区.
    expect(levelOfPlace('临川市湿地保护区')).toBeNull();
    expect(levelOfPlace('甲区某某社区')).toBeNull();
    expect(WHOLE_SCOPE_WORD.provincial).toBe('全省');
  });
});
