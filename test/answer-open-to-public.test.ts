// "对外开放" is the documents' 错时开放 / 共享停车 only when the question is about parking: a fitness square or a service
// centre "对外开放" is no parking matter, and a parking passage must not answer it.
import { describe, expect, it } from 'vitest';
import { libraryDocument, testLibrary } from './support/library.js';
import { getSynonyms, parseSynonyms } from '../src/text/synonyms.js';

const SERVICES = libraryDocument(
  { title: '青山市社区综合服务设施建设管理办法', issuer: '青山市住房和城乡建设局' },
  `青山市社区综合服务设施建设管理办法

第十条 社区党群服务中心每日开放时间不少于8小时，节假日轮班开放。
第十一条 小区健身广场由物业服务企业负责日常维护，每年至少检修一次健身器材。
`,
);
const PARKING = libraryDocument(
  { title: '青山市关于推进机关企事业单位停车场错时共享的通知', issuer: '青山市住房和城乡建设局' },
  `青山市关于推进机关企事业单位停车场错时共享的通知

一、机关企事业单位内部停车场在夜间和节假日实行错时开放，向周边老旧小区居民提供共享停车，开放时间为每日19:00至次日7:30。
`,
);

const library = testLibrary({ files: { 'qs_fw.txt': SERVICES, 'qs_tc.txt': PARKING } });

describe('对外开放 in a question', () => {
  it('is read as the documents’ parking wording only beside a parking word', () => {
    expect(getSynonyms().expand('机关单位停车场对外开放吗？')).toContain('错时开放');
    expect(getSynonyms().expand('单位的车位晚上对外开放吗')).toContain('错时开放');
    expect(getSynonyms().expand('小区健身广场晚上对外开放吗？')).not.toContain('错时开放');
    expect(getSynonyms().wordingFor('对外开放', '党群服务中心对外开放时间是几点？')).toEqual([]);
  });

  it('a rule with a context (@) applies only to questions that also say one of its words', () => {
    const table = parseSynonyms('对外开放 => 错时开放 @ 停车 车位\n老小区 => 老旧小区');
    expect(table.expand('停车场对外开放吗')).toEqual(['错时开放']);
    expect(table.expand('广场对外开放吗')).toEqual([]);
    expect(table.expand('老小区对外开放吗')).toEqual(['老旧小区']);
  });

  it('a fitness square’s opening is not answered with a maintenance article, a unit’s car park still is', async () => {
    const square = await library.ask('小区健身广场晚上对外开放吗？');
    expect(square.answered).toBe(false);
    expect(square.answer).toContain('对外开放');
    const carPark = await library.ask('机关单位停车场对外开放吗？');
    expect(carPark.answered).toBe(true);
    expect(carPark.answer).toContain('错时开放');
  });
});
