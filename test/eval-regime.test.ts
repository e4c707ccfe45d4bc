import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../src/logger.js';
import { renderReport, runEvaluation } from '../src/cli/eval.js';
import { documentsLeftOut } from '../src/eval/corpora.js';
import { firstHitRank, goldSources, isAnswerAccurate } from '../src/eval/metrics.js';
import { parseQuestionSet } from '../src/eval/questions.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('evaluation rules', () => {
  it('a v2 item needs every expected phrase in the answer; an old item any one', () => {
    const [v2, old] = parseQuestionSet(
      [
        JSON.stringify({ id: 'a', question: '包括哪些？', docId: 'd', expect: ['基础类', '提升类'], answerable: true, split: 'tune' }),
        JSON.stringify({ id: 'b', question: '哪年？', docId: 'd', expect: ['2021至2025年', '2021 至 2025 年'], answerable: true }),
      ].join('\n'),
    );
    expect(v2.match).toBe('all');
    expect(old.match).toBe('any');
    const partial = { answered: true, answer: '分为基础类、完善类[1]。' };
    expect(isAnswerAccurate(partial, v2.expect, v2.match)).toBe(false);
    expect(isAnswerAccurate({ answered: true, answer: '基础类、完善类、提升类[1]。' }, v2.expect, v2.match)).toBe(true);
    expect(isAnswerAccurate({ answered: true, answer: '2021至2025年[1]' }, old.expect, old.match)).toBe(true);
  });

  it('a hit on a document listed in alsoIn or docIds counts, in any of its sections', () => {
    const gold = goldSources({ docId: 'a', section: '一、', alsoIn: ['b'], docIds: ['a', 'c'] });
    expect(gold.map((g) => g.docId)).toEqual(['a', 'c', 'b']);
    expect(firstHitRank([{ docId: 'x', section: '' }, { docId: 'b', section: '三、' }], gold)).toBe(2);
    expect(firstHitRank([{ docId: 'a', section: '二、' }], gold)).toBeNull();
  });

  it('the leave-out rule is fixed: every N-th of the sorted docIds', () => {
    expect(documentsLeftOut(['e', 'a', 'd', 'c', 'b', 'f', 'g', 'h'], 4)).toEqual(['d', 'h']);
  });
});

describe('npm run eval over sets, splits and a leave-out index', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'reply-desk-eval-regime-'));
    const corpus = path.join(dir, 'corpus');
    await mkdir(corpus, { recursive: true });
    for (const doc of ['policies/mudanjiang_plan_2022.txt', 'replies/xingqing_rd4-3_no16_2019.txt', 'policies/chaoyang_gov_definition.txt', 'replies/gejiu_rd17-6_no55_2021.txt']) {
      await cp(path.join(ROOT, 'corpus', doc), path.join(corpus, path.basename(doc)));
    }
    await mkdir(path.join(dir, 'extra'));
    await cp(path.join(ROOT, 'test', 'fixtures', 'corpus', 'unseen', 'binjian_rd15-3_no208_2023.md'), path.join(dir, 'extra', 'binjian_rd15-3_no208_2023.md'));
    const q = (o: object) => JSON.stringify({ section: '', expect: [], ...o });
    await writeFile(
      path.join(dir, 'v2.jsonl'),
      [
        q({ id: 't1', question: '兴庆区第一期改造了多少个老旧小区？', docId: 'xingqing_rd4-3_no16_2019', expect: ['59个'], answerable: true, split: 'tune', style: 'qtype' }),
        q({ id: 't2', question: '滨江加装电梯每台补助多少钱？', docId: 'binjian_rd15-3_no208_2023', expect: ['15万元'], answerable: true, split: 'tune', style: 'qtype', corpus: 'unseen' }),
        q({ id: 'r1', question: '牡丹江2022年改造涉及多少户居民？', docId: 'mudanjiang_plan_2022', expect: ['13029户'], answerable: true, split: 'report', style: 'qtype' }),
        q({ id: 'u1', question: '今天星期几', docId: null, answerable: false, split: 'tune', style: 'junk' }),
      ].join('\n'),
    );
    await writeFile(path.join(dir, 'old.jsonl'), q({ id: 'o1', question: '个旧老旧小区改造了多少个？', docId: 'gejiu_rd17-6_no55_2021', expect: ['个'], answerable: true }));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps only the chosen split of v2 items, indexes extra folders, compares rankings per set, and checks left-out documents are refused', async () => {
    const { report } = await runEvaluation({
      corpus: path.join(dir, 'corpus'),
      with: path.join(dir, 'extra'),
      qa: `${path.join(dir, 'v2.jsonl')},${path.join(dir, 'old.jsonl')}`,
      proposals: 'none',
      split: 'tune',
      leaveOut: 2,
      out: path.join(dir, 'report.json'),
      env: { LOG_LEVEL: 'silent', CORPUS_DIR: path.join(ROOT, 'corpus'), DATA_DIR: path.join(dir, 'data'), INDEX_DIR: path.join(dir, 'idx') },
      cwd: dir,
      logger: silentLogger(),
    });
    expect(report.qa!.perQuestion.map((r) => r.id)).toEqual(['t1', 't2', 'u1', 'o1']);
    // The extra folder's document is indexed: its question finds it.
    expect(report.qa!.perQuestion.find((r) => r.id === 't2')!.firstHitRank).not.toBeNull();
    expect(report.sets.map((s) => s.name)).toEqual(['v2', 'old']);
    const v2 = report.sets[0].summary;
    expect(Object.keys(v2.retrievalByMode).sort()).toEqual(['hybrid', 'lexical', 'minisearch', 'vector']);
    expect(report.leaveOut!.every).toBe(2);
    expect(report.leaveOut!.removed).toHaveLength(2);
    expect(report.leaveOut!.refused + report.leaveOut!.answered.length).toBe(report.leaveOut!.questions);
    const table = renderReport(report);
    expect(table).toMatch(/BM25 R@1\/R@5\/MRR/u);
    expect(table).toMatch(/MiniSearch/u);
    expect(table).toMatch(/leave-documents-out/u);
  });
});
