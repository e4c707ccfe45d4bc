// Where expected evidence is lost, per suggestion of the TUNE half (never the report half):
//   npx tsx bench/draftLoss.ts [--corpus DIR] [--proposals DIR] [--all]
// For every expected suggestion whose section does not cite its expected evidence (or every one with --all), prints
// for each expected document/section: retrieved by the full wording? by the topic? an on-topic section? how many of
// its sentences pass the gate, the relevance floor, both — and what the section cited instead.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PROPOSALS_DIR } from '../src/cli/eval.js';
import { openEvalServices } from '../src/eval/evaluate.js';
import { loadProposalFixtures } from '../src/eval/proposals.js';
import { scoreDrafting } from '../src/eval/drafting.js';
import { draftReply, parseProposal } from '../src/draft/index.js';
import { createEvidenceContext, gatherEvidence, themeTermsOf, type EvidenceTrace } from '../src/draft/evidence.js';
import { redactPersonalData } from '../src/corpus/index.js';
import { createLogger } from '../src/logger.js';
import { normalizeForMatch } from '../src/text/simplify.js';
import { itemLabelOf } from '../src/text/itemLabels.js';
import { quotedSection } from '../src/draft/citations.js';

const { values: args } = parseArgs({ options: { corpus: { type: 'string' }, proposals: { type: 'string' }, all: { type: 'boolean' } } });
const dir = args.proposals ? path.resolve(args.proposals) : DEFAULT_PROPOSALS_DIR;
const fixtures = loadProposalFixtures(dir).filter((f) => f.drafting?.split === 'tune' && f.drafting.isProposal);
const { services, dispose } = await openEvalServices({ logger: createLogger('silent'), corpusDir: args.corpus });
const f2 = (x: number | null) => (x === null ? '-' : x.toFixed(2));

for (const f of fixtures) {
  const expected = f.drafting!;
  const result = await draftReply(services, { text: f.text }).catch(() => null);
  if (!result) {
    console.log(`${f.file}: no draft`);
    continue;
  }
  const score = scoreDrafting(expected, result);
  const parsed = parseProposal(redactPersonalData(f.text).text);
  const traces: EvidenceTrace[] = [];
  const ctx = createEvidenceContext(services.search, services.config.bureau);
  ctx.trace = (t) => traces.push(t);
  const theme = themeTermsOf(result.meta.title, parsed.suggestions);
  for (const s of parsed.suggestions) await gatherEvidence(ctx, s, theme);
  expected.suggestions.forEach((s, j) => {
    const d = score.detail[j];
    const i = d.section;
    const citations = i === null ? [] : (result.draft?.sections[i].citations ?? []);
    if (!args.all && d.found !== false) return;
    console.log(`\n== ${f.file} · ${s.topic} → section ${i === null ? 'none' : `${i + 1} ${result.draft!.sections[i].heading}`}`);
    console.log(`   cited: ${d.cited.map((c, k) => `${d.onTopic[k] ? '+' : '-'}${c}`).join(' ') || '(nothing)'}`);
    for (const c of citations) console.log(`     quote ${c.docId}#${c.section.slice(0, 24)}: ${c.quote.slice(0, 70)}`);
    if (i === null) {
      // No draft heading holds an expected keyword: the ask was misparsed (merged, split, cut) or headed by other words.
      console.log(`   keywords: ${s.keywords.join('/')}  headings: ${(result.draft?.sections ?? []).map((x) => x.heading).join(' | ')}`);
      return;
    }
    const t = traces.find((x) => x.suggestion.topic === parsed.suggestions[i]?.topic && x.suggestion.text === parsed.suggestions[i]?.text);
    if (!t) return;
    console.log(`   asked: ${t.asked}  focus: ${t.focus.join(' ')}  key terms: ${(t.keyTerms ?? []).map((w) => `${w.norm}:${w.weight.toFixed(2)}`).join(' ')}`);
    for (const e of s.evidence) {
      // The expected section may be an item the chunker does not cut at ("2.2 维保补助。…", "⒊…"): a citation names it
      // (quotedSection), so a chunk holding its line holds it, and only that item's sentences are its candidates.
      const wanted = normalizeForMatch(e.section);
      const namesItem = (text: string) => text.split('\n').some((line) => normalizeForMatch(itemLabelOf(line)?.label ?? '\u0000').includes(wanted));
      const chunks = services.search.chunksOf(e.docId).filter((c) => c.sectionPath.includes(e.section) || namesItem(c.text));
      const ids = new Set(chunks.map((c) => c.id));
      const inList = (list: string[]) => list.filter((id) => ids.has(id)).length;
      const cands = t.candidates.filter((c) => ids.has(c.chunk.id) && normalizeForMatch(quotedSection(c.chunk, c.sentence)).includes(wanted));
      const best = [...cands].sort((a, b) => (b.distinctive ?? 0) - (a.distinctive ?? 0))[0];
      console.log(
        `   ${e.docId}#${e.section.slice(0, 14)}: ${chunks.length} chunks; planned ${inList(t.planned)} topic ${inList(t.topic)} sections ${inList(t.sections)}; ` +
          `sentences ${cands.length}, gate ${cands.filter((c) => c.gate).length}, relevant ${cands.filter((c) => c.relevant).length}, both ${cands.filter((c) => c.gate && c.relevant).length}` +
          (best ? `; best cov ${f2(best.covered)} dist ${f2(best.distinctive)} gate ${best.gate}: ${best.sentence.slice(0, 60)}` : ''),
      );
    }
  });
}
dispose();
