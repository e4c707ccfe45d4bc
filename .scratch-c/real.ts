import { readFileSync } from 'node:fs';
import { answerQuestion } from '../src/answer/index.js';
import { createTestServices } from '../test/support/services.js';
let last: any = null;
const logger: any = { debug: (o: any) => { if (o?.evidence) last = o.evidence; }, info() {}, warn(o: any, m: any) { console.error('WARN', m); }, error() {}, trace() {}, fatal() {}, child() { return logger; } };
const t0 = Date.now();
const { services, cleanup } = await createTestServices({ logger });
console.log('built in', Date.now() - t0, 'ms', services.search.size(), 'chunks');
const qs = readFileSync('test/fixtures/dev-questions.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
let ok = 0, total = 0, uok = 0;
for (const q of qs) {
  const a = await answerQuestion(services, q.question);
  if (q.answerable) {
    total++;
    const hit = q.expect.some((e: string) => a.answer.includes(e)) && a.citations.some((c) => c.docId === q.docId);
    if (hit) ok++;
    if (!hit || process.env.V) console.log(hit ? 'OK ' : 'BAD', q.id, JSON.stringify(last), q.question, '\n   ', a.answered, a.answer.slice(0, 300).replace(/\n/g, ' '), a.citations.map((c) => c.docId).join(','), '| top:', a.retrieved.slice(0,3).map(r=>r.docId).join(','));
  } else {
    console.log('UNANS', JSON.stringify(last), a.answered, q.question); if (!a.answered) uok++;
  }
}
console.log({ ok, total, uok });
await cleanup();
