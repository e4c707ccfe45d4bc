// `tsx bench/wrongCauses.ts RUN_DIR OUT.jsonl [SET_REGEX]`: the tune wrong answers of an eval:sets run, answered
// again with everything needed to say why — the full answer, its citations, the passages retrieved, and where the
// expected phrases stand (absent from the library, outside the retrieved passages, in another passage than the one
// quoted, in the quoted passage but not the answer). One JSON line per item; tune items only.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../src/logger.js';
import { inProcessSearcher, openEvalServices } from '../src/eval/evaluate.js';
import { answerQuestion } from '../src/answer/index.js';
import { loadQuestionSet } from '../src/eval/questions.js';
import { containsNormalized } from '../src/eval/text.js';
import type { ChatTurn } from '../src/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Row {
  id: string;
  question: string;
  expect: string[];
  split?: string;
  wrong?: boolean;
  ranks?: { hybrid: number | null };
  docId: string | null;
}

async function main(): Promise<void> {
  const [runDir, outFile, only] = process.argv.slice(2);
  if (!runDir || !outFile) throw new Error('usage: wrongCauses.ts RUN_DIR OUT.jsonl [SET_REGEX]');
  const lines: string[] = [];
  const logger = createLogger('warn');
  for (const file of readdirSync(runDir).filter((f) => f.endsWith('-qa-tune.json')).sort()) {
    const name = file.replace(/-qa-tune\.json$/u, '');
    if (only && !new RegExp(only, 'u').test(name)) continue;
    const report = JSON.parse(readFileSync(path.join(runDir, file), 'utf8')) as { qa: { perQuestion: Row[] } };
    // IDS=a,b picks those tune items instead (whatever their result), to see a change item by item.
    const picked = process.env.IDS?.split(',');
    const wrongs = report.qa.perQuestion.filter((q) => q.split === 'tune' && (picked ? picked.includes(q.id) : q.wrong));
    if (!wrongs.length) continue;
    const qaFile = name === 'qa-v2' ? path.join(ROOT, 'test/fixtures/eval/qa-v2.jsonl') : path.join(ROOT, `test/fixtures/eval/${name}/qa.jsonl`);
    const questions = new Map(loadQuestionSet(qaFile).map((q) => [q.id, q]));
    const corpus =
      name === 'qa-v2'
        ? { extraCorpusDirs: [path.join(ROOT, 'test/fixtures/corpus/unseen')] }
        : { corpusDir: path.join(ROOT, `test/fixtures/eval/${name}/corpus`), extraCorpusDirs: [] };
    const { services, dispose } = await openEvalServices({ ...corpus, cwd: ROOT, logger });
    try {
      const everyChunk = inProcessSearcher(services.search)?.allChunks() ?? [];
      for (const row of wrongs) {
        const q = questions.get(row.id);
        if (!q) continue;
        const history: ChatTurn[] = [];
        for (const text of q.history ?? []) {
          const earlier = await answerQuestion(services, text, [...history]).catch(() => undefined);
          history.push({ role: 'user', text }, ...(earlier ? [{ role: 'assistant' as const, text: earlier.answer }] : []));
        }
        const answer = await answerQuestion(services, q.question, history);
        const where = (phrase: string) => ({
          phrase,
          inAnswer: containsNormalized(answer.answer, phrase),
          inLibrary: everyChunk.filter((c) => containsNormalized(c.text, phrase)).map((c) => `${c.docId}#${c.sectionPath}`),
          inRetrieved: answer.retrieved.flatMap((p, i) => (containsNormalized(p.text, phrase) ? [i] : [])),
          inCited: answer.citations.flatMap((c) => {
            const chunk = everyChunk.find((k) => k.id === c.chunkId);
            return chunk && containsNormalized(chunk.text, phrase) ? [c.n] : [];
          }),
        });
        lines.push(
          JSON.stringify({
            set: name,
            id: q.id,
            question: q.question,
            history: q.history,
            match: q.match ?? 'all',
            docId: q.docId,
            section: q.section,
            rank: row.ranks?.hybrid ?? null,
            answered: answer.answered,
            answer: answer.answer,
            citations: answer.citations.map((c) => ({ n: c.n, docId: c.docId, section: c.section, chunkId: c.chunkId, chunk: everyChunk.find((k) => k.id === c.chunkId)?.text })),
            retrieved: answer.retrieved.map((p) => ({ docId: p.docId, section: p.section, text: p.text })),
            expect: q.expect.map(where),
          }),
        );
      }
    } finally {
      dispose();
    }
    process.stderr.write(`${name} ${wrongs.length}\n`);
  }
  writeFileSync(outFile, `${lines.join('\n')}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
