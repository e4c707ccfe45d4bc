// The bureau's own report of a visit to another city ("赴甘肃省武威市考察学习…的报告") or its digest of another place's
// practice ("外地做法：上饶市信州区…经验") states that place's work: a draft quotes it as 外地做法 marked with that place,
// never as the bureau's 已开展工作 (the bureau's city may have nothing of it).
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { draftReply } from '../src/draft/index.js';
import { levelOf, profileDocument } from '../src/draft/documentProfile.js';
import { documentChunks, generalPolicyChunks, REPO_ROOT, servicesOverChunks } from './support/services.js';

// corpus/bureau.yml: 许昌市住房和城乡建设局.
const bureau = loadConfig({ LOG_LEVEL: 'silent' }, { cwd: REPO_ROOT }).bureau;

const VISIT_REPORT = documentChunks('visit_report', { title: '赴甘肃省武威市考察学习城镇老旧小区改造工作的报告', kind: 'policy', source: { issuer: '许昌市住房和城乡建设局' } as never }, [
  ['', '许昌市住房和城乡建设局\n市人民政府：\n2025年6月，我局一行赴甘肃省武威市考察学习城镇老旧小区改造和改后长效管理工作。现将考察情况报告如下。'],
  ['一、主要做法 > （一）托管补贴到位', '对实行社区托管的改后小区，市级财政按每户每月1元给予托管补贴，补贴期限2年。'],
]);

const DIGEST = documentChunks('digest', { title: '外地做法：上饶市信州区老旧小区“改管一体”改造经验', kind: 'policy' }, [
  ['', '许昌市住房和城乡建设局编\n近期，我局组织有关科室赴上饶市信州区学习城镇老旧小区改造经验。'],
]);

const PROPOSAL = `关于加强改造后老旧小区长效管理的提案

提案人：李明委员

不少小区改完以后没人管，社区托管缺少经费来源。

建议：对实行社区托管的改造后小区，由财政给予托管补贴。`;

describe('another place\'s practice in the bureau\'s own report', () => {
  it('reads a visit report and a digest as the visited place\'s documents', () => {
    const visit = profileDocument(VISIT_REPORT, bureau);
    expect(visit).toMatchObject({ own: false, place: '武威市' });
    expect(levelOf(visit, '市级财政按每户每月1元给予托管补贴。')).toBe('elsewhere');
    expect(profileDocument(DIGEST, bureau)).toMatchObject({ own: false, place: '上饶市信州区' });
  });

  it('quotes what the visited city does as 外地做法 with its name, not as the bureau\'s work', async () => {
    const library = [...VISIT_REPORT, ...generalPolicyChunks(12)];
    const result = await draftReply(servicesOverChunks(library), { text: PROPOSAL });
    const section = result.draft!.sections[0].paragraphs.join('\n');
    expect(section).toMatch(/【参考：武威市】[^\n]*每户每月1元/u);
    expect(section).toContain('【待补充：我局在');
    expect(section).not.toMatch(/(?:^|\n)对实行社区托管的改后小区，市级财政按每户每月1元/u);
  });
});
