// Closing the app or a failed build stops threads that may be inside hnswlib (loading, saving or searching a graph).
// Terminating such a thread aborts the whole process; stopping must not.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function runScript(rounds: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'test', 'support', 'stopThreads.ts'), String(rounds)], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('stopping threads', () => {
  it('stops threads busy loading and saving a graph, at random moments, without aborting the process', async () => {
    const { code, stdout, stderr } = await runScript(15);
    expect(stderr).not.toMatch(/FATAL ERROR/);
    expect(code).toBe(0);
    expect(stdout).toContain('survived');
  }, 180_000);
});
