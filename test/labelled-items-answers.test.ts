// Items named by a word and an ordinal ("问题一：…") head sections of their own: the answers that read a whole list,
// an item's own line or a date around them still find what they need. (Invented text.)
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../src/answer/index.js';
import { analyzeQuestion, assessEvidence } from '../src/grounding/evidenceGate.js';
import { askedFigure, statesFigure } from '../src/text/askedFigure.js';
import { holdsNamedMonthPart } from '../src/text/index.js';
import { testLibrary } from './support/library.js';

const CHECKLIST = [
  '---',
  'title: 南湖市老旧小区改造专项检查问题整改清单',
  'issuer: 南湖市住房和城乡建设局',
  'number: 南湖住建发〔2025〕9号',
  'kind: policy',
  '---',
  '各区住房和城乡建设局：',
  // Longer than one chunk, so its items head sections (a shorter list is read whole).
  '按照市委、市政府工作部署，各区围绕城镇老旧小区改造目标任务，统筹推进项目谋划、资金筹措、工程实施和长效管理。',
  '检查组采取查阅资料、现场查看、入户走访相结合的方式，抽查了各区已开工和已完工的改造项目，听取了街道、社区和居民代表的意见。',
  '从检查情况看，各区能够按照年度计划组织实施，多数项目进度、质量和资金管理符合要求，居民对改造效果总体满意。',
  '同时，部分项目在管网接通、维修资金续筹、竣工资料归档和补助资金拨付等方面仍存在薄弱环节，需要限期整改到位。',
  '各区要对照清单建立台账，明确责任人和完成时限，整改完成一项、销号一项，并于每月底前将整改进展报市住房和城乡建设局。',
  '市住房和城乡建设局将会同市财政局对整改情况进行复查，对整改不力、进度滞后的区予以通报，并与下一年度补助资金安排挂钩。',
  '请各区高度重视，主要负责同志亲自过问，分管负责同志具体抓落实，确保各项问题按期整改到位。',
  '2025年9月，市检查组对各区老旧小区改造工作开展了专项检查，共发现问题4项。现将整改清单印发，请逐项整改。',
  '',
  '问题一：雨污分流改造滞后，2个项目管网未接通。',
  '整改措施：逐个项目明确接通时间，按周调度。',
  '责任单位：各区住建局',
  '',
  '问题二：改造后住宅专项维修资金续筹率偏低，仅为18%。',
  '整改措施：社区逐户宣传续筹规定。',
  '整改时限：2026年3月31日前续筹率达到35%',
  '',
  '问题三：竣工资料缺少居民代表签字。',
  '整改措施：补齐签字后办理竣工备案。',
  '',
  '问题四：补助资金拨付慢。',
  '整改措施：申请后15个工作日内拨付到位。',
  '',
].join('\n');

const PROGRESS = [
  '---',
  'title: 南湖市老旧小区改造开工进度通报',
  'issuer: 南湖市住房和城乡建设局',
  'kind: policy',
  '---',
  '一、总体情况',
  '截至9月30日，全市计划改造的六十个小区已开工五十四个，开工率百分之九十。',
  '二、下一步',
  '未开工项目须于10月31日前全部开工。',
  '',
].join('\n');

const t = testLibrary({ files: { 'nanhu_checklist.txt': CHECKLIST, 'nanhu_progress.txt': PROGRESS } }, { timeout: 60_000 });

describe('answers around items named by a word and an ordinal', () => {
  it('"几个问题" is answered by the count a document gives after the noun ("问题4项")', async () => {
    expect(statesFigure('共发现问题4项', askedFigure('一共发现了几个问题'))).toBe(true);
    expect(statesFigure('共发现问题4个', askedFigure('一共发现了几个问题'))).toBe(true);
    expect(statesFigure('涉及资金4项', askedFigure('一共发现了几个问题'))).toBe(false);
    const a = await answerQuestion(t.services, '南湖专项检查一共发现了几个问题');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('问题4项');
  });

  it('quotes an item’s own line for the fact it states, not the target under it', async () => {
    expect(t.services.search.chunksOf('nanhu_checklist').map((c) => c.sectionPath)).toContain('问题二：改造后住宅专项维修资金续筹率偏低，仅为18%');
    const a = await answerQuestion(t.services, '南湖改造后维修资金续筹率现在是多少');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('仅为18%');
  });

  it('an item’s own line says what its measures are about (a money word in it answers a question on that fund)', async () => {
    const a = await answerQuestion(t.services, '南湖维修资金续筹率要求达到多少');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('35%');
  });

  it('"9月底" is held by the days it stands for ("截至9月30日"), not by another month’s end', async () => {
    expect(holdsNamedMonthPart('月底', '截至9月底开工了多少个小区', '截至9月30日，已开工五十四个')).toBe(true);
    expect(holdsNamedMonthPart('月底', '截至9月底开工了多少个小区', '截至9月底，已开工五十四个')).toBe(true);
    expect(holdsNamedMonthPart('月底', '截至9月底开工了多少个小区', '截至6月30日，已开工三十个')).toBe(false);
    expect(holdsNamedMonthPart('月底', '截至9月底开工了多少个小区', '截至19月30日')).toBe(false);
    // A library where 月底 is rare (one chunk in fifty): a focus word, held by the passage giving 9月30日.
    const stats = { docFrequency: (w: string) => (w === '月底' ? 1 : 40), totalChunks: 50 };
    const analysis = analyzeQuestion('截至9月底全市开工了多少个小区', stats);
    expect(analysis.focus).toContain('月底');
    expect(assessEvidence(analysis, [{ text: '截至9月30日，全市计划改造的六十个小区已开工五十四个。', title: '开工进度通报', section: '一、总体情况' }]).pass).toBe(true);
    expect(assessEvidence(analysis, [{ text: '截至6月30日，全市已开工三十个小区。', title: '开工进度通报', section: '一、总体情况' }]).pass).toBe(false);
    const a = await answerQuestion(t.services, '截至9月底南湖全市开工了多少个小区');
    expect(a.answered).toBe(true);
    expect(a.answer).toContain('五十四个');
  });
});
