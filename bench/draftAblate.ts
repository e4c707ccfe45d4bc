// Drafting with and without knob overrides, over the TUNE half of proposal sets, in one process per set:
//   npx tsx bench/draftAblate.ts --set '{"someKnob":true}' [--corpus DIR --proposals DIR]...   (--corpus default: the shipped one)
// Prints per set and pooled: citations on topic / total, expected evidence found / with evidence, gaps uncited /
// without evidence, for the shipped defaults (base) and the overrides (new), and the suggestions whose finding changed.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PROPOSALS_DIR } from '../src/cli/eval.js';
import { openEvalServices } from '../src/eval/evaluate.js';
import { loadProposalFixtures } from '../src/eval/proposals.js';
import { scoreDrafting } from '../src/eval/drafting.js';
import { draftReply } from '../src/draft/index.js';
import { createLogger } from '../src/logger.js';
import type { DraftTuning } from '../src/draft/tuning.js';

const { values: args } = parseArgs({ options: { corpus: { type: 'string', multiple: true }, proposals: { type: 'string', multiple: true }, set: { type: 'string' } } });
const overrides = JSON.parse(args.set ?? '{}') as Partial<DraftTuning>;
const corpora = args.corpus ?? [undefined];
const proposalDirs = args.proposals ?? [undefined];

interface Tally { onTopic: number; total: number; found: number; withEvidence: number; uncited: number; withoutEvidence: number }
const empty = (): Tally => ({ onTopic: 0, total: 0, found: 0, withEvidence: 0, uncited: 0, withoutEvidence: 0 });
const line = (t: Tally) => `on ${t.onTopic}/${t.total} ev ${t.found}/${t.withEvidence} gaps ${t.uncited}/${t.withoutEvidence}`;
const pooled = { base: empty(), next: empty() };

for (let k = 0; k < corpora.length; k++) {
  const dir = proposalDirs[k] ? path.resolve(proposalDirs[k]!) : DEFAULT_PROPOSALS_DIR;
  const fixtures = loadProposalFixtures(dir).filter((f) => f.drafting?.split === 'tune' && f.drafting.isProposal);
  const corpusDir = corpora[k] === 'default' ? undefined : corpora[k];
  const { services, dispose } = await openEvalServices({ logger: createLogger('silent'), corpusDir });
  const tally = { base: empty(), next: empty() };
  for (const f of fixtures) {
    const expected = f.drafting!;
    const found: Record<'base' | 'next', boolean[]> = { base: [], next: [] };
    const cited: Record<'base' | 'next', string[]> = { base: [], next: [] };
    for (const run of ['base', 'next'] as const) {
      const result = await draftReply(services, { text: f.text }, run === 'next' ? { tuning: overrides } : {}).catch(() => null);
      const score = scoreDrafting(expected, result);
      for (const t of [tally[run], pooled[run]]) {
        t.onTopic += score.citations.onTopic;
        t.total += score.citations.total;
        t.found += score.recall.found;
        t.withEvidence += score.recall.withEvidence;
        t.uncited += score.gaps.uncited;
        t.withoutEvidence += score.gaps.withoutEvidence;
      }
      cited[run] = score.detail.map((d) => d.cited.map((c, k) => `${d.onTopic[k] ? '+' : '-'}${c}`).join(' '));
      found[run] = score.detail.map((d) => d.found === true);
    }
    found.base.forEach((b, j) => {
      if (b !== found.next[j]) console.log(`  ${b ? 'LOST' : 'GAINED'} ${f.file} · ${expected.suggestions[j].topic}`);
      if (process.env.CITED && cited.base[j] !== cited.next[j]) console.log(`    ${f.file} · ${expected.suggestions[j].topic}\n      base: ${cited.base[j]}\n      new:  ${cited.next[j]}`);
    });
  }
  console.log(`${path.basename(path.dirname(dir)) || dir}: base ${line(tally.base)} | new ${line(tally.next)}`);
  dispose();
}
console.log(`pooled: base ${line(pooled.base)} | new ${line(pooled.next)}`);
