// Proposal fixtures for the draft evaluation: every .txt/.md file of a folder, with optional expectations.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expectationsFileSchema, type ProposalExpectation } from './draftChecks.js';
import type { ProposalFixture } from './run.js';

export const EXPECTATIONS_FILE = 'expectations.json';

export function loadExpectations(dir: string): Record<string, ProposalExpectation> {
  const file = path.join(dir, EXPECTATIONS_FILE);
  if (!existsSync(file)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`${file} 不是有效的 JSON`);
  }
  const parsed = expectationsFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`${file} 格式有误：${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`);
  }
  return parsed.data;
}

/** Fixtures sorted by file name; a fixture without an expectation is still drafted and checked for format. */
export function loadProposalFixtures(dir: string): ProposalFixture[] {
  if (!existsSync(dir)) return [];
  const expectations = loadExpectations(dir);
  return readdirSync(dir)
    .filter((name) => /\.(txt|md)$/iu.test(name))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8'), expectation: expectations[file] }));
}
