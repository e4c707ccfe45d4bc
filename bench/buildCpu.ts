// `tsx bench/buildCpu.ts --chunks 20000 [--root DIR] [--runs 1]`: the CPU a full build of the bench's synthetic
// corpus takes (all threads of the process), split by ingest stage, for comparing build speed-ups at one size
// without the whole bench. The corpus is written once into --root (kept when given, so old and new code can build
// the same files in turn). Stages read 'wall s/process CPU s/main-thread CPU s'. Run under `node --cpu-prof` to profile: worker threads write their own profiles.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { integerOption, parseCliArgs, runCli } from '../src/cli/run.js';
import { chunkDocument, parseDocument } from '../src/corpus/index.js';
import { silentLogger } from '../src/logger.js';
import { LocalHashEmbeddings } from '../src/retrieval/embeddings.js';
import { updateIndex } from '../src/retrieval/index.js';
import { benchRootConfig } from './config.js';
import { generateDocuments, loadSentencePool } from './synthetic.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** CPU seconds of this (the main) thread alone, on Linux; 0 elsewhere. */
function mainThreadCpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds of every thread of this process seen while `run` runs, by thread id (Linux; sampled every 200 ms, so a
 * thread's last 200 ms may be missed): which threads the build's CPU went to.
 */
async function perThreadCpu<T>(run: () => Promise<T>): Promise<{ result: T; threads: { tid: number; name: string; cpu: number }[] }> {
  const seen = new Map<number, { name: string; cpu: number }>();
  const sample = () => {
    let tids: string[];
    try {
      tids = readdirSync('/proc/self/task');
    } catch {
      return;
    }
    for (const tid of tids) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        seen.set(Number(tid), { name, cpu: (Number(fields[11]) + Number(fields[12])) / 100 });
      } catch {
        // The thread ended meanwhile.
      }
    }
  };
  sample();
  const before = new Map([...seen].map(([tid, t]) => [tid, t.cpu]));
  const timer = setInterval(sample, 200);
  try {
    const result = await run();
    sample();
    const threads = [...seen].map(([tid, t]) => ({ tid, name: t.name, cpu: +(t.cpu - (before.get(tid) ?? 0)).toFixed(2) }));
    return { result, threads: threads.filter((t) => t.cpu >= 0.1).sort((a, b) => a.tid - b.tid) };
  } finally {
    clearInterval(timer);
  }
}

async function writeCorpus(corpusDir: string, chunks: number): Promise<void> {
  const pool = await loadSentencePool(path.join(ROOT, 'corpus'));
  const sample = generateDocuments(pool, 200, 1);
  const perDoc = sample.reduce((n, d) => n + chunkDocument(parseDocument({ docId: 'x', path: d.path, raw: d.text })).length, 0) / sample.length;
  for (const doc of generateDocuments(pool, Math.max(1, Math.round(chunks / perDoc)))) {
    const file = path.join(corpusDir, doc.path);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, doc.text);
  }
}

async function main(): Promise<number> {
  const { values } = parseCliArgs({ options: { chunks: { type: 'string', default: '20000' }, root: { type: 'string' }, runs: { type: 'string', default: '1' } } });
  const chunks = integerOption('--chunks', values.chunks, 1, 1_000_000) ?? 20_000;
  const runs = integerOption('--runs', values.runs, 1, 20) ?? 1;
  const root = values.root ?? mkdtempSync(path.join(os.tmpdir(), 'reply-desk-buildcpu-'));
  const corpusDir = path.join(root, 'corpus');
  if (!existsSync(corpusDir)) await writeCorpus(corpusDir, chunks);
  try {
    for (let run = 0; run < runs; run++) {
      const config = benchRootConfig(root);
      const t0 = performance.now();
      const c0 = cpuSeconds();
      const m0 = mainThreadCpuSeconds();
      // 'start': listing the corpus and starting the threads, up to the first file parsed.
      const stages: { stage: string; wall: number; cpu: number; main: number }[] = [{ stage: 'start', wall: t0, cpu: c0, main: m0 }];
      const { result: summary, threads } = await perThreadCpu(() => updateIndex(
        {
          config,
          logger: silentLogger(),
          embeddings: new LocalHashEmbeddings(config.EMBEDDING_DIM),
          onProgress: (p) => {
            if (stages.at(-1)?.stage !== p.stage) stages.push({ stage: p.stage, wall: performance.now(), cpu: cpuSeconds(), main: mainThreadCpuSeconds() });
          },
        },
        { full: true },
      ));
      const end = { wall: performance.now(), cpu: cpuSeconds(), main: mainThreadCpuSeconds() };
      const split = stages.map((s, i) => {
        const next = stages[i + 1] ?? end;
        return `${s.stage} ${((next.wall - s.wall) / 1000).toFixed(1)}s/${(next.cpu - s.cpu).toFixed(1)}cpu/${(next.main - s.main).toFixed(1)}main`;
      });
      const line = {
        chunks: summary.chunks,
        chars: summary.chars,
        seconds: +((end.wall - t0) / 1000).toFixed(2),
        cpuSeconds: +(end.cpu - c0).toFixed(2),
        mainThreadCpuSeconds: +(end.main - m0).toFixed(2),
        stages: split.join(', '),
        dimension: config.EMBEDDING_DIM,
        glibcTunables: process.env.GLIBC_TUNABLES ?? '',
        load: os.loadavg()[0].toFixed(2),
        threads: threads.map((t) => `${t.tid}:${t.name}:${t.cpu}`).join(' '),
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  } finally {
    if (!values.root) rmSync(root, { recursive: true, force: true });
  }
  return 0;
}

runCli(main, { usage: 'tsx bench/buildCpu.ts --chunks 20000 [--root DIR] [--runs 1]', failure: '构建测量失败' });
