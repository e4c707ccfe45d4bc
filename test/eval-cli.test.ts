import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../src/logger.js';
import { renderReport, runEvaluation } from '../src/cli/eval.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = ['policies/mudanjiang_plan_2022.txt', 'replies/xingqing_rd4-3_no16_2019.txt', 'policies/chaoyang_gov_definition.txt'];

const question = (id: string, text: string, docId: string | null, expect: string[]) =>
  JSON.stringify({ id, question: text, docId, section: '', expect, answerable: docId !== null });

let dir: string;
// The configured corpus is the shipped one; the evaluated corpus is a small copy elsewhere.
const env = () => ({ LOG_LEVEL: 'silent', CORPUS_DIR: path.join(ROOT, 'corpus'), DATA_DIR: path.join(dir, 'data'), INDEX_DIR: path.join(dir, 'default-index') });

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'reply-desk-eval-'));
  await mkdir(path.join(dir, 'corpus', 'policies'), { recursive: true });
  await mkdir(path.join(dir, 'corpus', 'replies'), { recursive: true });
  for (const doc of DOCS) await cp(path.join(ROOT, 'corpus', doc), path.join(dir, 'corpus', doc));
  await cp(path.join(ROOT, 'corpus', 'bureau.yml'), path.join(dir, 'corpus', 'bureau.yml'));
  await writeFile(
    path.join(dir, 'qa.jsonl'),
    [
      question('m1', '牡丹江2022年改造涉及多少户居民？', 'mudanjiang_plan_2022', ['13029户']),
      question('x1', '兴庆区第一期改造了多少个老旧小区？', 'xingqing_rd4-3_no16_2019', ['59个']),
      question('u1', '明天许昌会下雨吗？', null, []),
    ].join('\n'),
  );
  // The same questions, but the first one names the wrong document as its source.
  await writeFile(
    path.join(dir, 'qa-wrong.jsonl'),
    [
      question('m1', '牡丹江2022年改造涉及多少户居民？', 'xingqing_rd4-3_no16_2019', ['13029户']),
      question('x1', '兴庆区第一期改造了多少个老旧小区？', 'xingqing_rd4-3_no16_2019', ['59个']),
      question('u1', '明天许昌会下雨吗？', null, []),
    ].join('\n'),
  );
  await mkdir(path.join(dir, 'proposals'));
  await cp(path.join(ROOT, 'test', 'fixtures', 'proposals', 'xuchang_style_tian.txt'), path.join(dir, 'proposals', 'p1.txt'));
  await writeFile(
    path.join(dir, 'proposals', 'expectations.json'),
    JSON.stringify({ 'p1.txt': { kind: '提案', sections: 4, salutation: '郭瑞、王勇、张金国委员：', openingPrefix: '你们提出的关于“' } }),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('npm run eval core', () => {
  it('evaluates a given corpus, question set and proposals into a JSON report, without touching the default index', async () => {
    const out = path.join(dir, 'report.json');
    const { report, outFile } = await runEvaluation({
      corpus: path.join(dir, 'corpus'),
      qa: path.join(dir, 'qa.jsonl'),
      proposals: path.join(dir, 'proposals'),
      out,
      env: env(),
      cwd: dir,
      logger: silentLogger(),
    });
    expect(outFile).toBe(out);
    const written = JSON.parse(await readFile(out, 'utf8'));
    expect(written.qa.questions).toBe(3);
    expect(written.qa.perQuestion.map((q: { id: string }) => q.id)).toEqual(['m1', 'x1', 'u1']);
    expect(written.drafts.proposals).toBe(1);
    expect(report.index.chunks).toBeGreaterThan(0);

    const qa = report.qa!;
    expect(qa.answerable).toBe(2);
    expect(qa.unanswerable).toBe(1);
    expect(qa.retrieval.recallAt5).toBe(1);
    for (const value of [qa.retrieval.recallAt1, qa.retrieval.mrr, qa.answerAccuracy, qa.refusalAccuracy]) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
    expect(qa.latencyMs.p50).not.toBeNull();

    const drafts = report.drafts!;
    expect(drafts.perProposal[0].file).toBe('p1.txt');
    expect(drafts.perProposal[0].checks).not.toBeNull();
    expect(drafts.timeMs.p50).not.toBeNull();

    // A corpus other than the configured one is indexed in a temporary folder.
    expect(existsSync(path.join(dir, 'default-index'))).toBe(false);

    const table = renderReport(report);
    expect(table).toMatch(/recall@5/u);
    expect(table).toMatch(/salutation correct/u);
  });

  it('reports lower recall when a question names the wrong source document', async () => {
    const run = (qa: string) =>
      runEvaluation({ corpus: path.join(dir, 'corpus'), qa: path.join(dir, qa), proposals: 'none', out: path.join(dir, `${qa}.json`), env: env(), cwd: dir, logger: silentLogger() });
    const right = (await run('qa.jsonl')).report.qa!;
    const wrong = (await run('qa-wrong.jsonl')).report.qa!;
    expect(wrong.retrieval.recallAt1!).toBeLessThan(right.retrieval.recallAt1!);
    expect(wrong.retrieval.mrr!).toBeLessThan(right.retrieval.mrr!);
    expect(wrong.perQuestion[0].firstHitRank).not.toBe(1);
  });
});
