// Every evaluation set checks itself against its own documents (expected strings inside their sections, ids, splits by
// the fixed hash rule, proposals' evidence present): an edit to a corpus file that silently voids an expectation fails.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/services.js';

const EVAL_DIR = path.join(REPO_ROOT, 'test/fixtures/eval');
const VERIFIERS = [
  path.join(EVAL_DIR, 'verify.mjs'),
  ...readdirSync(EVAL_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(EVAL_DIR, entry.name, 'verify.mjs'))
    .filter((file) => existsSync(file)),
];

describe('evaluation sets agree with their documents', () => {
  it('has a verifier for each library set', () => {
    expect(VERIFIERS.length).toBeGreaterThanOrEqual(6);
  });

  it.each(VERIFIERS.map((file) => [path.relative(EVAL_DIR, file), file]))('%s passes', async (_name, file) => {
    const run = await promisify(execFile)(process.execPath, [file], { cwd: REPO_ROOT }).catch((error: { stderr?: string; code?: number }) => error);
    expect('code' in run ? run.stderr : '').toBe('');
  });
});
