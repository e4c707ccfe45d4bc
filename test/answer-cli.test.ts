import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, SHIPPED_CORPUS } from './support/services.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'reply-desk-ask-'));
  await cp(SHIPPED_CORPUS, path.join(dir, 'corpus'), { recursive: true });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function ask(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli/ask.ts'), ...args],
      {
        cwd: REPO_ROOT,
        env: { PATH: process.env.PATH, CORPUS_DIR: path.join(dir, 'corpus'), INDEX_DIR: path.join(dir, 'index'), DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'warn' },
      },
      (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    if (stdin !== undefined) child.stdin!.end(stdin);
  });
}

describe('npm run ask', () => {
  it('--json prints exactly one Answer object on stdout', async () => {
    const r = await ask(['--json', '延中小区的居民一共出了多少钱用于改造？']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]);
    expect(Object.keys(out)).toEqual(['question', 'answered', 'answer', 'citations', 'retrieved', 'engine']);
    expect(out.answered).toBe(true);
    expect(out.answer).toContain('26万元');
    expect(Object.keys(out.citations[0])).toEqual(['n', 'docId', 'title', 'number', 'section', 'quote']);
    expect(Object.keys(out.retrieved[0])).toEqual(['docId', 'title', 'section', 'text', 'score']);
    expect(out.engine.llm).toBe('offline');
  });

  it('--stdin answers one question per line, and human mode lists numbered sources', async () => {
    const r = await ask(['--stdin', '--json', '--k', '4'], '清原对私自装地锁占车位的行为怎么处理？\n\n现在住房公积金贷款利率是多少？\n');
    expect(r.code).toBe(0);
    const outs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(outs.map((o) => o.answered)).toEqual([true, false]);
    expect(outs[0].retrieved.length).toBeLessThanOrEqual(4);
    const human = await ask(['许昌2019年完成了多少个老庭院的改造提升？']);
    expect(human.stdout).toContain('434');
    expect(human.stdout).toMatch(/来源：\n\[1\] 《[^》]+》（许建政协〔2020〕13号）/);
  });

  it('rejects an empty question with a Chinese message and exit code 2', async () => {
    const r = await ask(['   ']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('问题不能为空');
    expect(r.stdout).toBe('');
  });

  it.each([['1e1'], ['0x5']])('rejects --k %j, which is not a plain whole number, with exit code 2', async (k) => {
    const r = await ask(['--json', '--k', k, '加装电梯补贴多少']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--k 需要 1 到 50 之间的整数');
    expect(r.stdout).toBe('');
  });
});
