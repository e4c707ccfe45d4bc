import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { LocalHashEmbeddings } from '../src/retrieval/embeddings.js';
import { openSearcher } from '../src/retrieval/index.js';

const TSX = path.resolve('node_modules/.bin/tsx');
const INGEST = path.resolve('src/cli/ingest.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function ingest(cwd: string, env: Record<string, string> = {}, args: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    execFile(TSX, [INGEST, ...args], { cwd, env: { ...process.env, LOG_LEVEL: 'warn', ...env } }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm run ingest', () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'ingest-cli-'));
    cpSync(path.resolve('corpus'), path.join(root, 'corpus'), { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('two ingests at once both succeed, print the summary, and leave one valid index', async () => {
    const [a, b] = await Promise.all([ingest(root), ingest(root)]);
    for (const run of [a, b]) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('文档数');
      expect(run.stdout).toContain('分块数');
      expect(run.stdout).toContain('隐去个人信息');
      // Per-document counts: the Xuchang feedback forms carry signatures and personal phones.
      expect(run.stdout).toMatch(/xuchang_zx7-4_no104_2020：签名 \d+ 处，意见表电话 3 处/);
      expect(run.stdout).toMatch(/用时\s+[\d.]+ 秒/);
    }
    // Not a terminal: progress comes as plain lines on stderr, never on stdout.
    expect(a.stderr + b.stderr).toMatch(/文件\s*\[#+\.*\] \d+\/\d+/);
    expect(a.stdout + b.stdout).not.toContain('[#');
    expect(readdirSync(root).filter((n) => n.startsWith('.index.'))).toEqual([]);

    const config = loadConfig({ CORPUS_DIR: 'corpus', INDEX_DIR: '.index', LOG_LEVEL: 'silent' }, { cwd: root });
    const searcher = await openSearcher({ config, logger: silentLogger(), embeddings: new LocalHashEmbeddings(config.EMBEDDING_DIM) });
    const [hit] = await searcher.search('人防办家属院气暖改水暖谁出资', { k: 1 });
    expect(hit.chunk.docId).toBe('xuchang_zx7-4_no104_2020');
  });

  it('--json prints exactly one summary object: an added document is indexed incrementally, --full rebuilds', async () => {
    writeFileSync(path.join(root, 'corpus', 'policies', 'elevator.txt'), '---\ntitle: "加装电梯补贴办法"\n---\n\n每部电梯补贴二十万元。\n');
    const run = await ingest(root, {}, ['--json']);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const summary = JSON.parse(lines[0]);
    expect(Object.keys(summary).sort()).toEqual(['added', 'chunks', 'mode', 'removed', 'seconds', 'unchanged', 'updated']);
    expect(summary).toMatchObject({ mode: 'incremental', added: ['elevator'], updated: [], removed: [] });
    expect(summary.unchanged).toBeGreaterThan(10);
    const full = JSON.parse((await ingest(root, {}, ['--json', '--full'])).stdout);
    // A rebuild of the same corpus adds nothing: every document is reported unchanged.
    expect(full).toMatchObject({ mode: 'full', chunks: summary.chunks, added: [], updated: [], removed: [] });
    expect(full.unchanged).toBe(summary.unchanged + 1);
  });

  it('exits 2 with a Chinese message on a configuration error', async () => {
    const run = await ingest(root, { EMBEDDING_DIM: 'abc' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('配置有误');
    expect(run.stderr).toContain('EMBEDDING_DIM');

    const missing = await ingest(root, { CORPUS_DIR: path.join(root, 'no-such-folder') });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('语料目录不存在');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});
