// Proposal fixtures for the draft evaluation: every .txt/.md file of a folder, with optional expectations.json in
// either format: the held-out set's (isProposal, proposers, suggestions with keywords and evidence, split — see
// src/eval/drafting.ts) or the older one (kind, sections, salutation, openingPrefix).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { proposalExpectationSchema, type ProposalExpectation } from './draftChecks.js';
import { draftingExpectationSchema, type DraftingExpectation } from './drafting.js';
import type { ProposalFixture } from './run.js';

export const EXPECTATIONS_FILE = 'expectations.json';

export interface FixtureExpectations {
  format?: ProposalExpectation;
  drafting?: DraftingExpectation;
}

/** The format checks a held-out expectation implies (sections, kind, salutation, 您/你们). */
function formatChecksOf(e: DraftingExpectation): ProposalExpectation | undefined {
  if (!e.isProposal || !e.kind || !e.suggestions.length) return undefined;
  // null: the proposer is a body (a party's committee, a group), addressed by its name alone.
  const role = e.role === null ? '' : (e.role ?? (e.kind === '建议' ? '代表' : '委员'));
  return {
    kind: e.kind,
    sections: e.suggestions.length,
    salutation: `${e.proposers.join('、')}${role}：`,
    openingPrefix: `${e.addressee ?? (e.proposers.length === 1 ? '您' : '你们')}提出的`,
  };
}

export function loadExpectations(dir: string): Record<string, FixtureExpectations> {
  const file = path.join(dir, EXPECTATIONS_FILE);
  if (!existsSync(file)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`${file} 不是有效的 JSON`);
  }
  const entries = z.record(z.string(), z.unknown()).safeParse(raw);
  if (!entries.success) throw new Error(`${file} 格式有误：应为“文件名 → 期望”的对象`);
  const out: Record<string, FixtureExpectations> = {};
  const problems: string[] = [];
  for (const [name, value] of Object.entries(entries.data)) {
    const heldOut = value && typeof value === 'object' && 'isProposal' in value;
    const parsed = heldOut ? draftingExpectationSchema.safeParse(value) : proposalExpectationSchema.safeParse(value);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `${name}.${i.path.join('.')} ${i.message}`));
      continue;
    }
    if (heldOut) {
      const drafting = parsed.data as DraftingExpectation;
      out[name] = { drafting, format: formatChecksOf(drafting) };
    } else out[name] = { format: parsed.data as ProposalExpectation };
  }
  if (problems.length) throw new Error(`${file} 格式有误：${problems.join('；')}`);
  return out;
}

/** Fixtures sorted by file name; a fixture without an expectation is still drafted and checked for format. */
export function loadProposalFixtures(dir: string): ProposalFixture[] {
  if (!existsSync(dir)) return [];
  const expectations = loadExpectations(dir);
  return readdirSync(dir)
    .filter((name) => /\.(txt|md)$/iu.test(name))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8'), expectation: expectations[file]?.format, drafting: expectations[file]?.drafting }));
}
