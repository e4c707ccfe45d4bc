// The proposal parser on six more shapes, written for these tests (test/fixtures/proposals/shapes2/): a 提案表 with
// header fields and （一） items, a news report naming two members before and after the role word, problems as 一是…
// then （一） suggestions, a 代表's inline 一是… with a 领衔/附议 header, several members "等3位委员" with 1. items, and
// plain paragraphs without markers. Each asserts what the drafter sees: sections, names, 您/你们, headings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingCoreOf, parseProposal } from '../src/draft/parseProposal.js';
import { addressOf, opening, salutation } from '../src/draft/frame.js';

const DIR = path.resolve(import.meta.dirname, 'fixtures', 'proposals', 'shapes2');
const parse = (name: string) => parseProposal(readFileSync(path.join(DIR, name), 'utf8'));
const cores = (name: string) => parse(name).suggestions.map((s) => headingCoreOf(s.topic));

describe('提案表 with header fields', () => {
  const parsed = parse('form_table_fields.txt');
  it('reads 案由, number and meeting as metadata; 主办/会办/联系电话 never become sections', () => {
    expect(parsed.meta).toMatchObject({ title: '关于规范老旧小区改造工程质量监管的提案', number: '0217', proposers: ['胡敏'], role: '委员', kind: '提案' });
    expect(cores('form_table_fields.txt')).toEqual(['建立改造工程质量巡查制度', '邀请居民代表参与隐蔽工程验收', '将施工企业质量问题纳入信用评价']);
    expect(parsed.suggestions.map((s) => s.text).join('')).not.toMatch(/主办|会办|联系电话|略|界别/u);
    expect(salutation(parsed.meta)).toBe('胡敏委员：');
    expect(addressOf(parsed.meta)).toBe('您');
  });
});

describe('news report', () => {
  const parsed = parse('news_two_members.txt');
  it('finds both members named after the role word and answers them with 你们', () => {
    expect(parsed.meta.proposers).toEqual(['周海燕', '孙立国']);
    expect(parsed.meta.role).toBe('委员');
    expect(salutation(parsed.meta)).toBe('周海燕、孙立国委员：');
    expect(opening(parsed.meta)).toMatch(/^你们提出的/u);
  });
  it('takes the 一要…二要…三要 list, not the problem sentence before it nor the report line after it', () => {
    expect(cores('news_two_members.txt')).toEqual(['同步规划建设电动自行车集中充电棚', '加强对楼道充电行为的巡查劝导', '引导企业参与充电设施运营维护']);
    expect(parsed.suggestions.map((s) => s.text).join('')).not.toMatch(/飞线|据了解|交市住建局/u);
  });
});

describe('problems as 一是… then （一） suggestions', () => {
  it('leaves the problems out and keeps the three suggestions', () => {
    const parsed = parse('problems_then_suggestions.txt');
    expect(parsed.suggestions).toHaveLength(3);
    expect(parsed.suggestions.map((s) => s.text).join('')).not.toMatch(/收缴率偏低|组建困难/u);
    expect(cores('problems_then_suggestions.txt')[1]).toBe('探索物业费财政补贴过渡机制');
    expect(salutation(parsed.meta)).toBe('郑凯委员：');
  });
});

describe('a 代表 suggestion with 领衔 and 附议 deputies and an inline 一是…', () => {
  it('is a 建议 by 代表, answered with 你们, in three sections', () => {
    const parsed = parse('deputy_inline_count.txt');
    expect(parsed.meta.kind).toBe('建议');
    expect(parsed.meta.role).toBe('代表');
    expect(parsed.meta.proposers[0]).toBe('吴桂兰');
    expect(addressOf(parsed.meta)).toBe('你们');
    expect(salutation(parsed.meta)).toMatch(/^吴桂兰.*代表：$/u);
    expect(cores('deputy_inline_count.txt')).toEqual(['优先安装楼梯扶手和休息座椅', '推进有条件的小区加装电梯', '在小区内设置日间照料站点']);
  });
});

describe('several members with 1. items', () => {
  it('reads "黄志强、林婉、高文等3位委员", and the closing courtesy is no suggestion', () => {
    const parsed = parse('several_members_numbered.txt');
    expect(parsed.meta.proposers).toEqual(['黄志强', '林婉', '高文']);
    expect(addressOf(parsed.meta)).toBe('你们');
    expect(salutation(parsed.meta)).toBe('黄志强、林婉、高文委员：');
    expect(parsed.suggestions).toHaveLength(3);
    expect(parsed.suggestions.at(-1)!.text).not.toMatch(/采纳/u);
  });
});

describe('plain paragraphs without markers', () => {
  const parsed = parse('plain_three_paragraphs.txt');
  it('takes each paragraph that asks (建议…, …应当…, 同时，…) as a suggestion, and the background as none', () => {
    expect(parsed.suggestions).toHaveLength(3);
    expect(parsed.notice).toBeUndefined();
    expect(parsed.suggestions.map((s) => s.text).join('')).not.toMatch(/上世纪/u);
  });
  it('names each heading by its action, without the connective or the scope clause', () => {
    const headings = cores('plain_three_paragraphs.txt');
    expect(headings[0]).toBe('同步推进海绵城市建设');
    expect(headings[1]).toBe('同步实施雨污分流改造');
    expect(headings[2]).not.toMatch(/^同时/u);
    for (const h of headings) expect(h.length).toBeLessThanOrEqual(30);
  });
});
