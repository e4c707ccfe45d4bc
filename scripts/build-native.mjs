// npm postinstall: rebuild hnswlib-node's addon with AVX2/FMA (and AVX-512F) when this CPU has them.
//
// node-gyp builds the addon for a generic x86-64 (SSE2), and the inner product is where the graph build spends over
// half its CPU; with AVX2/FMA the same source builds 100k chunks' graphs about 1.7× faster and gives the same
// neighbours, and where the CPU also has AVX-512F, hnswlib's 16-lane inner product builds them about 1.2× faster again
// (20k chunks, alternating in one process) with the same neighbours. The addon lives in this machine's node_modules,
// so the flags only ever meet the CPU that compiled them (a copied node_modules goes to another CPU: set
// REPLY_DESK_NATIVE_SIMD=0 before installing, or `npm rebuild`). Any failure keeps the portable addon (an AVX-512 build
// that fails falls back to AVX2/FMA): this script never fails an install. A node_modules whose marker says SIMD on a
// CPU without AVX2/FMA, or with REPLY_DESK_NATIVE_SIMD=0, gets the portable addon back.
// `node scripts/build-native.mjs [--root DIR]`: DIR holds the node_modules (default: this checkout).
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const AVX2_FLAGS = '-mavx2 -mfma';
/** hnswlib compiles its AVX-512 kernels when __AVX512F__ is defined (hnswlib.h). */
const AVX512_FLAGS = `${AVX2_FLAGS} -mavx512f`;
const rootArg = process.argv.indexOf('--root');
const ROOT = rootArg > 0 ? path.resolve(process.argv[rootArg + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADDON_DIR = path.join(ROOT, 'node_modules', 'hnswlib-node');
const BUILD_DIR = path.join(ADDON_DIR, 'build');
const ADDON = path.join(BUILD_DIR, 'Release', 'addon.node');
const MARKER = path.join(BUILD_DIR, 'Release', 'reply-desk-simd.txt');
/** Left by a failed SIMD build (one line per flag set: flags, a tab, why), so later installs do not run make again for nothing. */
const FAILED = path.join(BUILD_DIR, 'Release', 'reply-desk-simd-failed.txt');
const PORTABLE = `${ADDON}.portable`;
/** How long one SIMD build may run; REPLY_DESK_NATIVE_BUILD_TIMEOUT_MS overrides it (tests). */
const BUILD_TIMEOUT_MS = Number(process.env.REPLY_DESK_NATIVE_BUILD_TIMEOUT_MS) || 300_000;

/**
 * A build or check that ran out of time says the machine was busy or slow, not that this CPU cannot build or run the
 * flags: it is never remembered as failed, so the next install tries again.
 */
const timedOut = (error) => error?.code === 'ETIMEDOUT';
const TIMEOUT_RECORD = /\bETIMEDOUT\b/;

function cpuInfo() {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    return null;
  }
}

const hasFlag = (cpu, flag) => new RegExp(`^flags\\s*:.*\\b${flag}\\b`, 'm').test(cpu);

/** Why this machine keeps the portable addon, or null when the SIMD build can go ahead. */
function reasonToSkip(cpu) {
  if (process.env.REPLY_DESK_NATIVE_SIMD === '0') return 'REPLY_DESK_NATIVE_SIMD=0';
  if (process.platform !== 'linux' || process.arch !== 'x64') return `${process.platform}/${process.arch}`;
  if (!existsSync(path.join(BUILD_DIR, 'Makefile')) || !existsSync(ADDON)) return 'no node-gyp build of hnswlib-node';
  if (cpu === null) return 'CPU flags unreadable';
  if (!hasFlag(cpu, 'avx2') || !hasFlag(cpu, 'fma')) return 'CPU without AVX2/FMA';
  return null;
}

/** The flag sets this CPU can run, best first. */
function runnableFlags(cpu) {
  return hasFlag(cpu, 'avx512f') ? [AVX512_FLAGS, AVX2_FLAGS] : [AVX2_FLAGS];
}

/** The flag sets this CPU runs, best first, less those that failed to build here before (a timeout is no failure). */
function flagChoices(cpu) {
  const choices = runnableFlags(cpu);
  if (!existsSync(FAILED)) return choices;
  // An older install remembered a timed-out build as failed: that record does not count.
  const lines = readFileSync(FAILED, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !TIMEOUT_RECORD.test(line));
  // A record without flags (an older install's) stands for every set.
  if (lines.some((line) => !line.includes('\t'))) return [];
  const failed = new Set(lines.map((line) => line.split('\t')[0]));
  return choices.filter((flags) => !failed.has(flags));
}

/** Loads the rebuilt addon in a fresh process and checks it finds a point's own nearest neighbour (a timeout is thrown). */
function addonWorks() {
  const probe = `
    const { HierarchicalNSW } = require(${JSON.stringify(ADDON_DIR)});
    const dim = 64, n = 200, index = new HierarchicalNSW('ip', dim);
    index.initIndex(n);
    const vec = (i) => { let s = i + 1; const v = Array.from({ length: dim }, () => (s = (s * 48271) % 2147483647) / 2147483647 - 0.5); const m = Math.hypot(...v); return v.map((x) => x / m); };
    for (let i = 0; i < n; i++) index.addPoint(vec(i), i);
    for (let i = 0; i < n; i += 17) if (index.searchKnn(vec(i), 1).neighbors[0] !== i) process.exit(1);`;
  try {
    execFileSync(process.execPath, ['-e', probe], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch (error) {
    if (timedOut(error)) throw error;
    return false;
  }
}

/** Puts the portable addon back as a new file, so a process that has the other one loaded keeps a valid mapping. */
function restore(portable) {
  const staged = `${ADDON}.restoring`;
  copyFileSync(portable, staged);
  renameSync(staged, ADDON);
}

function main() {
  const cpu = cpuInfo();
  const skip = reasonToSkip(cpu);
  let built = existsSync(MARKER) ? readFileSync(MARKER, 'utf8').trim() : null;
  if (skip) {
    if (built !== null && existsSync(PORTABLE)) {
      restore(PORTABLE);
      rmSync(MARKER);
      console.log(`reply-desk: hnswlib-node back to its portable build (${skip})`);
    } else console.log(`reply-desk: hnswlib-node keeps its portable build (${skip})`);
    return;
  }
  // A node_modules copied from another machine may hold an addon built for instructions this CPU lacks.
  if (built !== null && !runnableFlags(cpu).includes(built) && existsSync(PORTABLE)) {
    restore(PORTABLE);
    rmSync(MARKER);
    console.log(`reply-desk: hnswlib-node back to its portable build (it was built with ${built}, which this CPU cannot run)`);
    built = null;
  }
  const choices = flagChoices(cpu);
  if (choices.length === 0 || built === choices[0]) {
    console.log(built === null ? 'reply-desk: hnswlib-node keeps its portable build (an earlier SIMD build failed)' : `reply-desk: hnswlib-node is already built with ${built}`);
    return;
  }
  if (!existsSync(PORTABLE)) copyFileSync(ADDON, PORTABLE);
  let anyTimedOut = false;
  for (const flags of choices) {
    if (built === flags) {
      console.log(`reply-desk: hnswlib-node is already built with ${flags}`);
      return;
    }
    try {
      const now = new Date();
      utimesSync(path.join(ADDON_DIR, 'src', 'addon.cc'), now, now);
      const env = { ...process.env, CXXFLAGS: `${process.env.CXXFLAGS ?? ''} ${flags}`.trim() };
      execFileSync('make', ['-C', BUILD_DIR, 'BUILDTYPE=Release'], { env, stdio: 'ignore', timeout: BUILD_TIMEOUT_MS });
      if (!addonWorks()) throw new Error('the rebuilt addon failed its check');
      writeFileSync(MARKER, `${flags}\n`);
      console.log(`reply-desk: hnswlib-node rebuilt with ${flags}`);
      return;
    } catch (error) {
      // Whatever make left is not trusted: the portable addon until a build passes.
      restore(PORTABLE);
      if (existsSync(MARKER)) rmSync(MARKER);
      built = null;
      if (timedOut(error)) {
        anyTimedOut = true;
        console.log(`reply-desk: the ${flags} build of hnswlib-node timed out; the next install tries it again`);
      } else appendFileSync(FAILED, `${flags}\t${error instanceof Error ? error.message : error}\n`);
    }
  }
  console.log(`reply-desk: hnswlib-node keeps its portable build (the SIMD builds ${anyTimedOut ? 'did not finish' : 'failed'})`);
}

try {
  main();
} catch (error) {
  console.log(`reply-desk: hnswlib-node left as it was (${error instanceof Error ? error.message : error})`);
}
