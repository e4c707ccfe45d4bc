// npm postinstall: rebuild hnswlib-node's addon with AVX2/FMA when this CPU has them.
//
// node-gyp builds the addon for a generic x86-64 (SSE2), and the inner product is where the graph build spends over
// half its CPU; with AVX2/FMA the same source builds 100k chunks' graphs about 1.7× faster and gives the same
// neighbours. The addon lives in this machine's node_modules, so the flags only ever meet the CPU that compiled them
// (a copied node_modules goes to another CPU: set REPLY_DESK_NATIVE_SIMD=0 before installing, or `npm rebuild`).
// Any failure keeps the portable addon: this script never fails an install. A node_modules whose marker says SIMD on
// a CPU without AVX2/FMA, or with REPLY_DESK_NATIVE_SIMD=0, gets the portable addon back.
// `node scripts/build-native.mjs [--root DIR]`: DIR holds the node_modules (default: this checkout).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SIMD_FLAGS = '-mavx2 -mfma';
const rootArg = process.argv.indexOf('--root');
const ROOT = rootArg > 0 ? path.resolve(process.argv[rootArg + 1]) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ADDON_DIR = path.join(ROOT, 'node_modules', 'hnswlib-node');
const BUILD_DIR = path.join(ADDON_DIR, 'build');
const ADDON = path.join(BUILD_DIR, 'Release', 'addon.node');
const MARKER = path.join(BUILD_DIR, 'Release', 'reply-desk-simd.txt');
/** Left by a failed SIMD build, so later installs do not run make again for nothing. */
const FAILED = path.join(BUILD_DIR, 'Release', 'reply-desk-simd-failed.txt');
const PORTABLE = `${ADDON}.portable`;

/** Why this machine keeps the portable addon, or null when the SIMD build can go ahead. */
function reasonToSkip() {
  if (process.env.REPLY_DESK_NATIVE_SIMD === '0') return 'REPLY_DESK_NATIVE_SIMD=0';
  if (process.platform !== 'linux' || process.arch !== 'x64') return `${process.platform}/${process.arch}`;
  if (!existsSync(path.join(BUILD_DIR, 'Makefile')) || !existsSync(ADDON)) return 'no node-gyp build of hnswlib-node';
  let cpu = '';
  try {
    cpu = readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    return 'CPU flags unreadable';
  }
  if (!/^flags\s*:.*\bavx2\b/m.test(cpu) || !/^flags\s*:.*\bfma\b/m.test(cpu)) return 'CPU without AVX2/FMA';
  return null;
}

/** Loads the rebuilt addon in a fresh process and checks it finds a point's own nearest neighbour. */
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
  } catch {
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
  const skip = reasonToSkip();
  const built = existsSync(MARKER) && readFileSync(MARKER, 'utf8').trim() === SIMD_FLAGS;
  if (built && !skip) {
    console.log(`reply-desk: hnswlib-node is already built with ${SIMD_FLAGS}`);
    return;
  }
  if (built) {
    if (existsSync(PORTABLE)) {
      restore(PORTABLE);
      rmSync(MARKER);
    }
    console.log(`reply-desk: hnswlib-node back to its portable build (${skip})`);
    return;
  }
  if (skip || existsSync(FAILED)) {
    console.log(`reply-desk: hnswlib-node keeps its portable build (${skip ?? 'an earlier AVX2/FMA build failed'})`);
    return;
  }
  if (!existsSync(PORTABLE)) copyFileSync(ADDON, PORTABLE);
  try {
    const now = new Date();
    utimesSync(path.join(ADDON_DIR, 'src', 'addon.cc'), now, now);
    const env = { ...process.env, CXXFLAGS: `${process.env.CXXFLAGS ?? ''} ${SIMD_FLAGS}`.trim() };
    execFileSync('make', ['-C', BUILD_DIR, 'BUILDTYPE=Release'], { env, stdio: 'ignore', timeout: 300_000 });
    if (!addonWorks()) throw new Error('the rebuilt addon failed its check');
    writeFileSync(MARKER, `${SIMD_FLAGS}\n`);
    console.log(`reply-desk: hnswlib-node rebuilt with ${SIMD_FLAGS}`);
  } catch (error) {
    restore(PORTABLE);
    writeFileSync(FAILED, `${error instanceof Error ? error.message : error}\n`);
    console.log(`reply-desk: hnswlib-node keeps its portable build (${error instanceof Error ? error.message : error})`);
  }
}

try {
  main();
} catch (error) {
  console.log(`reply-desk: hnswlib-node left as it was (${error instanceof Error ? error.message : error})`);
}
