import { createTestServices } from '../test/support/services.js';
import { getTokenizer } from '../src/retrieval/tokenizer.js';
import { questionFocus, scoreSentences } from '../src/answer/extractive.js';
import { numberPassages } from '../src/answer/passages.js';
const { services, cleanup } = await createTestServices();
for (const q of process.argv.slice(2)) {
  const hits = await services.search.search(q, { k: 6 });
  const passages = numberPassages(hits);
  const focus = questionFocus(getTokenizer(), q);
  console.log(q, focus);
  for (const p of passages) console.log('  P', p.n, p.chunk.docId, p.chunk.sectionPath, JSON.stringify(p.chunk.text.slice(0, 80)));
  for (const s of scoreSentences(getTokenizer(), focus, passages).slice(0, 5)) console.log('  ', s.score.toFixed(3), s.sentenceCoverage.toFixed(2), s.passageCoverage.toFixed(2), s.passage.n, s.text.slice(0, 90));
}
await cleanup();
