// The install rebuilds hnswlib-node with AVX2/FMA (and AVX-512F) when the CPU has them (scripts/build-native.mjs). The
// rebuilt addon must give the neighbours the portable one gives; on a CPU with AVX2/FMA the installed addon must be the
// SIMD one, and on a CPU with AVX-512F the AVX-512 one.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/services.js';

const RELEASE = path.join(REPO_ROOT, 'node_modules/hnswlib-node/build/Release');
const MARKER = path.join(RELEASE, 'reply-desk-simd.txt');
const PORTABLE = path.join(RELEASE, 'addon.node.portable');

interface Hnsw {
  initIndex(maxElements: number, m?: number, efConstruction?: number, seed?: number): void;
  addPoint(point: number[], label: number): void;
  searchKnn(query: number[], k: number): { neighbors: number[] };
}
type HnswClass = new (space: string, dim: number) => Hnsw;

function cpuHas(...flags: string[]): boolean {
  if (process.platform !== 'linux' || process.arch !== 'x64') return false;
  const cpu = readFileSync('/proc/cpuinfo', 'utf8');
  return flags.every((flag) => new RegExp(`^flags\\s*:.*\\b${flag}\\b`, 'm').test(cpu));
}

const cpuHasAvx2Fma = () => cpuHas('avx2', 'fma');

function loadAddon(file: string): HnswClass {
  const module = { exports: {} as { HierarchicalNSW: HnswClass } };
  process.dlopen(module, file);
  return module.exports.HierarchicalNSW;
}

function unitVectors(count: number, dim: number): number[][] {
  let state = 12345;
  const next = () => (state = (state * 48271) % 2147483647) / 2147483647 - 0.5;
  return Array.from({ length: count }, () => {
    const v = Array.from({ length: dim }, next);
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  });
}

function neighboursOf(Hnsw: HnswClass, points: number[][], queries: number[][]): number[][] {
  const index = new Hnsw('ip', points[0]!.length);
  index.initIndex(points.length, 16, 200, 100);
  points.forEach((p, i) => index.addPoint(p, i));
  return queries.map((q) => index.searchKnn(q, 10).neighbors);
}

describe('hnswlib-node built for this CPU', () => {
  it.runIf(cpuHasAvx2Fma())('is the AVX2/FMA build on a CPU that has them', () => {
    expect(existsSync(MARKER)).toBe(true);
    expect(readFileSync(MARKER, 'utf8')).toContain('-mavx2');
  });

  it.runIf(cpuHas('avx2', 'fma', 'avx512f') && !existsSync(path.join(RELEASE, 'reply-desk-simd-failed.txt')))(
    'is the AVX-512F build on a CPU that has it (hnswlib then uses its 16-lane inner product)',
    () => {
      expect(readFileSync(MARKER, 'utf8')).toContain('-mavx512f');
    },
  );

  it.runIf(existsSync(PORTABLE))('finds the neighbours the portable build finds', () => {
    const require = createRequire(import.meta.url);
    const installed = (require('hnswlib-node') as { HierarchicalNSW: HnswClass }).HierarchicalNSW;
    const portable = loadAddon(PORTABLE);
    const points = unitVectors(2000, 128);
    const queries = unitVectors(2100, 128).slice(2000);
    const a = neighboursOf(installed, points, queries);
    const b = neighboursOf(portable, points, queries);
    const shared = a.reduce((sum, list, i) => sum + list.filter((label) => b[i]!.includes(label)).length, 0);
    expect(shared / (queries.length * 10)).toBeGreaterThanOrEqual(0.95);
  });
});

describe('scripts/build-native.mjs', () => {
  const script = path.join(REPO_ROOT, 'scripts/build-native.mjs');
  const run = (root: string, env: NodeJS.ProcessEnv = {}) =>
    execFileSync(process.execPath, [script, '--root', root], { env: { ...process.env, ...env }, encoding: 'utf8' });

  it.runIf(existsSync(MARKER) && existsSync(PORTABLE))('puts the portable addon back when asked to (REPLY_DESK_NATIVE_SIMD=0)', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'reply-desk-simd-'));
    try {
      cpSync(path.join(REPO_ROOT, 'node_modules/hnswlib-node'), path.join(root, 'node_modules/hnswlib-node'), { recursive: true });
      const release = path.join(root, 'node_modules/hnswlib-node/build/Release');
      expect(run(root, { REPLY_DESK_NATIVE_SIMD: '0' })).toContain('portable');
      expect(readFileSync(path.join(release, 'addon.node')).equals(readFileSync(PORTABLE))).toBe(true);
      expect(existsSync(path.join(release, 'reply-desk-simd.txt'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.runIf(cpuHas('avx2', 'fma', 'avx512f'))('keeps an AVX2/FMA build, without running make, where the AVX-512 build failed before', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'reply-desk-simd-'));
    try {
      cpSync(path.join(REPO_ROOT, 'node_modules/hnswlib-node'), path.join(root, 'node_modules/hnswlib-node'), { recursive: true });
      const release = path.join(root, 'node_modules/hnswlib-node/build/Release');
      writeFileSync(path.join(release, 'reply-desk-simd.txt'), '-mavx2 -mfma\n');
      writeFileSync(path.join(release, 'reply-desk-simd-failed.txt'), '-mavx2 -mfma -mavx512f\tthe rebuilt addon failed its check\n');
      const addon = readFileSync(path.join(release, 'addon.node'));
      expect(run(root)).toContain('already built with -mavx2 -mfma');
      expect(readFileSync(path.join(release, 'addon.node')).equals(addon)).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.runIf(existsSync(PORTABLE) && cpuHasAvx2Fma())('puts the portable addon back when the installed one was built for flags this CPU cannot run', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'reply-desk-simd-'));
    try {
      cpSync(path.join(REPO_ROOT, 'node_modules/hnswlib-node'), path.join(root, 'node_modules/hnswlib-node'), { recursive: true });
      const release = path.join(root, 'node_modules/hnswlib-node/build/Release');
      // Built elsewhere with an extension no flag set here asks for; every SIMD build failed here before, so no make runs.
      writeFileSync(path.join(release, 'reply-desk-simd.txt'), '-mavx2 -mfma -mavx512f -mavx512vnni\n');
      writeFileSync(path.join(release, 'reply-desk-simd-failed.txt'), 'an older install\n');
      expect(run(root)).toContain('cannot run');
      expect(readFileSync(path.join(release, 'addon.node')).equals(readFileSync(PORTABLE))).toBe(true);
      expect(existsSync(path.join(release, 'reply-desk-simd.txt'))).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.runIf(existsSync(PORTABLE) && cpuHasAvx2Fma())('does not remember a build that ran out of time as failed: the next install tries it again', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'reply-desk-simd-'));
    try {
      cpSync(path.join(REPO_ROOT, 'node_modules/hnswlib-node'), path.join(root, 'node_modules/hnswlib-node'), { recursive: true });
      const release = path.join(root, 'node_modules/hnswlib-node/build/Release');
      const failed = path.join(release, 'reply-desk-simd-failed.txt');
      rmSync(path.join(release, 'reply-desk-simd.txt'), { force: true });
      rmSync(failed, { force: true });
      // A build that outlasts its time, as on a busy machine.
      writeFileSync(path.join(root, 'node_modules/hnswlib-node/build/Makefile'), 'all:\n\tsleep 5\n');
      const busy = { REPLY_DESK_NATIVE_BUILD_TIMEOUT_MS: '300' };
      expect(run(root, busy)).toContain('-mavx2 -mfma build of hnswlib-node timed out');
      expect(existsSync(failed)).toBe(false);
      expect(readFileSync(path.join(release, 'addon.node')).equals(readFileSync(PORTABLE))).toBe(true);
      // A timeout an older install wrote down as a failure does not stop the next try either.
      writeFileSync(failed, '-mavx2 -mfma\tspawnSync make ETIMEDOUT\n');
      const next = run(root, busy);
      expect(next).toContain('-mavx2 -mfma build of hnswlib-node timed out');
      expect(next).not.toContain('an earlier SIMD build failed');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('never fails an install it cannot improve', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'reply-desk-simd-'));
    try {
      expect(run(root)).toContain('portable build');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
