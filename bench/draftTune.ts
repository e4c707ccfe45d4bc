// Sweeps draft evidence floors on the TUNE half of the held-out proposals only (never the report half):
//   npx tsx bench/draftTune.ts '{"minDistinctiveCoverage":[0.4,0.5,0.6]}' [--detail] [--corpus DIR --proposals DIR]
// (another library: --corpus test/fixtures/eval/bureau2/corpus --proposals test/fixtures/eval/bureau2/proposals)
// Each setting is applied to DRAFT_TUNING in place, every tune proposal is drafted, and the tune figures are printed.
import path from 'node:path';
import { DEFAULT_PROPOSALS_DIR } from '../src/cli/eval.js';
import { openEvalServices } from '../src/eval/evaluate.js';
import { loadProposalFixtures } from '../src/eval/proposals.js';
import { scoreDrafting, summarizeDrafting, type DraftingScore } from '../src/eval/drafting.js';
import { draftReply } from '../src/draft/index.js';
import { DRAFT_TUNING } from '../src/draft/tuning.js';
import { createLogger } from '../src/logger.js';

const grid = JSON.parse(process.argv[2] ?? '{}') as Record<string, number[]>;
const detail = process.argv.includes('--detail');
const argAfter = (flag: string) => (process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined);
const proposalsDir = argAfter('--proposals') ? path.resolve(argAfter('--proposals')!) : DEFAULT_PROPOSALS_DIR;
const fixtures = loadProposalFixtures(proposalsDir).filter((f) => f.drafting?.split === 'tune');
const { services, dispose } = await openEvalServices({ logger: createLogger('silent'), corpusDir: argAfter('--corpus') });

function settings(keys: string[]): Record<string, number>[] {
  if (!keys.length) return [{}];
  const [first, ...rest] = keys;
  return grid[first].flatMap((v) => settings(rest).map((s) => ({ [first]: v, ...s })));
}
const pct = (x: number | null) => (x === null ? '  -  ' : `${(x * 100).toFixed(1)}%`);
const original = { ...DRAFT_TUNING };
for (const setting of settings(Object.keys(grid))) {
  Object.assign(DRAFT_TUNING, original, setting);
  const scores: DraftingScore[] = [];
  // Precedents: a listed reply is relevant when it is expected evidence of one of the proposal's suggestions.
  const prec = { listed: 0, relevant: 0, expected: 0, found: 0 };
  for (const f of fixtures) {
    let result = null;
    try {
      result = await draftReply(services, { text: f.text });
    } catch {
      result = null;
    }
    const score = scoreDrafting(f.drafting!, result);
    const expectedReplies = new Set(
      (f.drafting!.suggestions ?? []).flatMap((x) => x.evidence.map((e) => e.docId)).filter((d) => services.search.chunksOf(d)[0]?.kind === 'reply'),
    );
    const listed = (result?.precedents ?? []).map((p) => p.docId);
    prec.listed += listed.length;
    prec.relevant += listed.filter((d) => expectedReplies.has(d)).length;
    prec.expected += expectedReplies.size;
    prec.found += [...expectedReplies].filter((d) => listed.includes(d)).length;
    if (detail) console.log(`  ${f.file.slice(0, 14)} precedents ${listed.map((d) => `${expectedReplies.has(d) ? '+' : '-'}${d}`).join(' ')} (expected ${[...expectedReplies].join(' ')})`);
    scores.push(score);
    if (detail) for (const d of score.detail) console.log(`  ${f.file.slice(0, 14)} ${d.topic.padEnd(14)} ${d.cited.map((c, i) => `${d.onTopic[i] ? '+' : '-'}${c}`).join(' ')}`);
  }
  const s = summarizeDrafting(scores);
  console.log(
    `${JSON.stringify(setting)}  precedents ${prec.relevant}/${prec.listed} relevant, ${prec.found}/${prec.expected} found  sections ${pct(s.parse.sectionCount)} prec ${pct(s.evidencePrecision)} strict ${pct(s.evidencePrecisionStrict)} recall ${pct(s.evidenceRecall)} gaps ${pct(s.honestGaps)} 待补充 ${pct(s.placeholderShare)} cites ${s.citations}`,
  );
}
dispose();
