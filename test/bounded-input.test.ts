// Bounded readers: /dev/zero, endless pipes and huge questions stop early with exit 2 and a Chinese message.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { InputTooLargeError, readFileBounded, readFileBoundedSync, readLinesBounded, readStreamBounded } from '../src/io/boundedRead.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const dir = mkdtempSync(path.join(tmpdir(), 'bounded-input-'));
mkdirSync(path.join(dir, 'corpus'));
writeFileSync(path.join(dir, 'corpus', 'policy.txt'), '关于物业服务收费的通知\n\n住宅物业服务收费实行政府指导价，由市发展改革委会同市住建局制定。\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  peakRssMb: number;
}

/** Runs a CLI; `feed` writes to its stdin (errors after an early exit are expected and ignored). */
function runCli(script: string, args: string[], feed?: (stdin: NodeJS.WritableStream) => void, extraEnv: Record<string, string> = {}): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src', 'cli', script), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, CORPUS_DIR: path.join(dir, 'corpus'), INDEX_DIR: path.join(dir, 'index'), DATA_DIR: path.join(dir, 'data'), LOG_LEVEL: 'silent', ...extraEnv },
    });
    let stdout = '';
    let stderr = '';
    let peakRssMb = 0;
    const sampler = setInterval(() => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        peakRssMb = Math.max(peakRssMb, kb / 1024);
      } catch {
        /* process gone */
      }
    }, 50);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.on('error', () => undefined);
    if (feed) feed(child.stdin);
    else child.stdin.end();
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ code, stdout, stderr, ms: Date.now() - started, peakRssMb });
    });
  });
}

const NO_STACK = /\n\s+at |RangeError|TypeError|Error:/;

describe('bounded readers', () => {
  it('stop a stream at the limit without reading the rest', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 65536;
        this.push(Buffer.alloc(65536));
      },
    });
    await expect(readStreamBounded(endless, 1024 * 1024)).rejects.toBeInstanceOf(InputTooLargeError);
    expect(produced).toBeLessThan(4 * 1024 * 1024);
  });

  it('read /dev/zero only up to the limit', async () => {
    if (!existsSync('/dev/zero')) return;
    const err = await readFileBounded('/dev/zero', 2 * 1024 * 1024).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputTooLargeError);
    expect((err as Error).message).toMatch(/上限/);
  });

  it('read synchronously (a parse thread) the same way: a whole file, a file over the limit refused before reading, /dev/zero cut off', () => {
    const file = path.join(dir, 'corpus', 'policy.txt');
    expect(readFileBoundedSync(file, 1024 * 1024).equals(readFileSync(file))).toBe(true);
    expect(() => readFileBoundedSync(file, 10)).toThrow(InputTooLargeError);
    expect(() => readFileBoundedSync(path.join(dir, 'missing.txt'), 10)).toThrow(/ENOENT/);
    if (!existsSync('/dev/zero')) return;
    expect(() => readFileBoundedSync('/dev/zero', 2 * 1024 * 1024)).toThrow(/上限/);
  });

  it('give lines as they come and refuse one endless line', async () => {
    const lines: string[] = [];
    for await (const line of readLinesBounded(Readable.from([Buffer.from('第一问\r\n第二'), Buffer.from('问\n')]), { limitBytes: 1000, maxLineBytes: 100 })) lines.push(line);
    expect(lines).toEqual(['第一问', '第二问']);
    const noBreaks = Readable.from(Array.from({ length: 20 }, () => Buffer.alloc(10)));
    await expect(async () => {
      for await (const _ of readLinesBounded(noBreaks, { limitBytes: 1000, maxLineBytes: 100 })) void _;
    }).rejects.toBeInstanceOf(InputTooLargeError);
  });
});

describe('command-line input limits', () => {
  it('draft --file /dev/zero exits 2 within seconds, under 800 MB, with a Chinese message', async () => {
    if (!existsSync('/dev/zero')) return;
    const run = await runCli('draft.ts', ['--file', '/dev/zero']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/超过 20 MB 的上限/);
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(run.ms).toBeLessThan(20_000);
    expect(run.peakRssMb).toBeLessThan(800);
  }, 60_000);

  it('draft --file - stops reading an endless stdin', async () => {
    const run = await runCli('draft.ts', ['--file', '-'], (stdin) => stdin.end(Buffer.alloc(64 * 1024 * 1024, 0x41)));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/标准输入超过/);
    expect(run.stderr).not.toMatch(NO_STACK);
  }, 60_000);

  it('40 MB of zeros piped to ask --stdin exits 2 without a stack trace', async () => {
    const zeros = Buffer.alloc(40 * 1024 * 1024);
    const run = await runCli('ask.ts', ['--stdin'], (stdin) => stdin.end(zeros));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/标准输入超过 .* 的上限/);
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(run.peakRssMb).toBeLessThan(800);
  }, 120_000);

  it('a question over MAX_QUESTION_CHARS is refused, not answered', async () => {
    const long = '物业服务收费标准是什么？'.repeat(200);
    const run = await runCli('ask.ts', [long]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/问题过长（2400 字），超过 2000 字的上限/);
    expect(run.stdout).toBe('');

    // Among other questions on stdin it gets its own line, a refusal, so output line n still answers input line n.
    const lines = ['物业服务收费标准是什么？', '物业服务收费'.repeat(10), '今天星期几？'];
    const configured = await runCli('ask.ts', ['--stdin', '--json'], (stdin) => stdin.end(`${lines.join('\n')}\n`), { MAX_QUESTION_CHARS: '30' });
    expect(configured.code).toBe(2);
    expect(configured.stderr).toMatch(/第 2 个问题：.*超过 30 字的上限/);
    const answers = configured.stdout.trim().split('\n').map((line) => JSON.parse(line) as { question: string; answered: boolean; answer: string });
    expect(answers.map((a) => a.question.slice(0, 6))).toEqual(lines.map((q) => q.slice(0, 6)));
    expect(answers[1]).toMatchObject({ answered: false, citations: [], retrieved: [] });
    expect(answers[1].answer).toMatch(/超过 30 字的上限/);
  }, 120_000);
});
