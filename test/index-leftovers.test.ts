// A killed ingest leaves `<INDEX_DIR>.tmp-<pid>-*` folders and its lock; the next run removes them when the pid is dead.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type AppConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { LocalHashEmbeddings } from '../src/retrieval/embeddings.js';
import { buildIndex, openSearcher } from '../src/retrieval/index.js';
import { isProcessAlive } from '../src/io/staleTemp.js';

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const pid = Number(child.stdout);
  expect(isProcessAlive(pid)).toBe(false);
  return pid;
}

describe('leftovers of a killed ingest', () => {
  let root: string;
  let config: AppConfig;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'index-leftovers-'));
    mkdirSync(path.join(root, 'corpus'));
    cpSync(path.resolve('corpus/replies/xuchang_zx7-4_no104_2020.txt'), path.join(root, 'corpus', 'reply.txt'));
    config = loadConfig({ CORPUS_DIR: 'corpus', INDEX_DIR: '.index', LOG_LEVEL: 'silent' }, { cwd: root });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  function leaveBehind(pid: number, kind: 'tmp' | 'old', hex: string): string {
    const dir = `${config.indexDir}.${kind}-${pid}-${hex}`;
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'chunks.json'), '[]');
    return dir;
  }

  const deps = () => ({ config, logger: silentLogger(), embeddings: new LocalHashEmbeddings(config.EMBEDDING_DIM) });

  it('removes dead processes\' temporary folders and lock on the next run, and keeps a live one\'s', async () => {
    await buildIndex(deps(), { force: true });
    const dead = deadPid();
    const staleTmp = leaveBehind(dead, 'tmp', '0a1b2c3d');
    const staleOld = leaveBehind(dead, 'old', 'deadbeef');
    // The parent of this test process is alive: its folder may belong to a build in progress.
    const live = leaveBehind(process.ppid, 'tmp', '12345678');
    writeFileSync(`${config.indexDir}.lock`, JSON.stringify({ pid: dead, host: hostname(), at: Date.now(), token: 'killed' }));

    // A plain `ask` (the index is fresh, nothing is rebuilt) is enough.
    const searcher = await openSearcher(deps());
    expect(searcher.size()).toBeGreaterThan(0);
    expect(existsSync(staleTmp)).toBe(false);
    expect(existsSync(staleOld)).toBe(false);
    expect(existsSync(`${config.indexDir}.lock`)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });

  it('keeps the lock of a build that is still running', async () => {
    await buildIndex(deps(), { force: true });
    writeFileSync(`${config.indexDir}.lock`, JSON.stringify({ pid: process.ppid, host: hostname(), at: Date.now(), token: 'running' }));
    await openSearcher(deps());
    expect(existsSync(`${config.indexDir}.lock`)).toBe(true);
  });
});
