import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../src/cli/run.js';
import { REPO_ROOT } from './support/services.js';

/** Every entry point a user or a script starts from the command line. */
const ENTRY_POINTS = ['src/main.ts', 'src/cli/ask.ts', 'src/cli/draft.ts', 'src/cli/eval.ts', 'src/cli/feedback.ts', 'src/cli/ingest.ts', 'bench/bench.ts', 'bench/load.ts'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'reply-desk-args-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  // Folders in a temp dir: a flag that slipped through would build nothing in the project.
  const folders = { CORPUS_DIR: path.join(dir, 'corpus'), INDEX_DIR: path.join(dir, 'index'), DATA_DIR: path.join(dir, 'data') };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(REPO_ROOT, script), ...args],
      { cwd: REPO_ROOT, env: { PATH: process.env.PATH, ...folders, LOG_LEVEL: 'silent', ...env } },
      (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('command-line arguments', () => {
  it('every entry point refuses an unknown flag with exit code 2 and a Chinese message naming it', async () => {
    const results = await Promise.all(ENTRY_POINTS.map(async (script) => ({ script, ...(await run(script, ['--no-such-flag'])) })));
    for (const r of results) {
      expect(r.code, `${r.script}: ${r.stderr}`).toBe(2);
      expect(r.stderr, r.script).toContain('未知参数：--no-such-flag');
      expect(r.stderr, r.script).toContain('用法');
      expect(r.stderr, r.script).not.toMatch(/\n\s+at /);
      expect(r.stdout, r.script).toBe('');
    }
  }, 240_000);

  it('names a flag given without its value, or with a value it does not take', () => {
    const options = { k: { type: 'string' }, json: { type: 'boolean' } } as const;
    expect(() => parseCliArgs({ options }, ['--k'])).toThrow(new UsageError('参数 --k 后面需要一个值'));
    expect(() => parseCliArgs({ options }, ['--k', '--json'])).toThrow(/参数 --k 后面需要一个值/);
    expect(() => parseCliArgs({ options }, ['--json=yes'])).toThrow(new UsageError('参数 --json 不带值'));
    expect(() => parseCliArgs({ options }, ['问题'])).toThrow(new UsageError('多余的参数：问题'));
    expect(parseCliArgs({ options, allowPositionals: true }, ['--k=3', '问题', '--json']).values).toEqual({ k: '3', json: true });
  });

  it('keeps a configuration error readable and exits 2', async () => {
    const bad = await run('src/cli/feedback.ts', [], { LOG_LEVEL: 'loud' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('配置有误');
    expect(bad.stderr).toContain('LOG_LEVEL');
    const ok = await run('src/cli/feedback.ts', []);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('还没有反馈记录');
  }, 60_000);
});
