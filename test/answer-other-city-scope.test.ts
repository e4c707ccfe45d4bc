// A city's own document speaks for the whole city (全市) though its sentences do not write it; asked about 全市 without
// naming a city, that is the library's own city (bureau.yml): another city's review does not answer for it, unless the
// question names that city.
import { describe, expect, it } from 'vitest';
import { wholeScopeOf } from '../src/text/scope.js';
import { testLibrary } from './support/library.js';
import { LINCHUAN_BUREAU, policyFile } from './support/ownCity.js';

const OWN_REPLY = [
  '---',
  'title: 对市政协第117号提案的答复',
  'issuer: 临川市住房和城乡建设局',
  'kind: reply',
  '---',
  '对市政协第117号提案的答复',
  '',
  '一、管网改造进展',
  '2023年全市结合老旧小区改造，改造燃气管道18.3公里。',
  '',
].join('\n');

const OTHER_REVIEW = policyFile('安平市2024年城镇老旧小区改造工作总结', '安平市住房和城乡建设局', ['一、专项工作', '（一）管网改造。2024年改造燃气管道26.9公里、供水管网35.2公里。']);

const t = testLibrary({ files: { 'bureau.yml': LINCHUAN_BUREAU, 'linchuan_reply_117.txt': OWN_REPLY, 'anping_review_2024.txt': OTHER_REVIEW } });

describe("another city's own document and the library's whole city", () => {
  it("does not answer a question about 全市 with another city's figure", async () => {
    const answer = await t.ask('2024年全市改造燃气管道多少公里？');
    expect(answer.answer).not.toContain('26.9公里');
    expect(answer.answered).toBe(false);
  });

  it("answers from that city’s review when the question names the city", async () => {
    const answer = await t.ask('2024年安平市全市改造燃气管道多少公里？');
    expect(answer.answered, answer.answer).toBe(true);
    expect(answer.answer).toContain('26.9公里');
  });

  it("reads a city's title as speaking for 全市 only for the library's own city or a city asked", () => {
    const title = '安平市2024年城镇老旧小区改造工作总结';
    expect(wholeScopeOf({ title }, { ownPlace: '临川市' })).toBeNull();
    expect(wholeScopeOf({ title }, { ownPlace: '临川市', askedPlaces: ['安平'] })).toBe('全市');
    expect(wholeScopeOf({ title }, { ownPlace: '安平市甲县' })).toBe('全市');
    // A library whose place is not filled in reads every city's own document as its city's.
    expect(wholeScopeOf({ title }, { ownPlace: '（市名）' })).toBe('全市');
    expect(wholeScopeOf({ title }, { ownPlace: '【待补充：所在城市】' })).toBe('全市');
    // A county's, district's or province's bureau: whose 全市 a question means is not known from its place.
    expect(wholeScopeOf({ title }, { ownPlace: '乙县' })).toBe('全市');
    expect(wholeScopeOf({ title }, { ownPlace: '东湖区' })).toBe('全市');
    expect(wholeScopeOf({ title }, { ownPlace: '岚山省' })).toBe('全市');
    expect(wholeScopeOf({ title })).toBe('全市');
    expect(wholeScopeOf({ title: '对市政协第117号提案的答复', own: true }, { ownPlace: '临川市' })).toBe('全市');
  });
});
