import { loadSentencePool, generateChunks, generateQueries } from '/work/main/bench/synthetic.ts';
import { LocalHashEmbeddings } from '/work/main/src/retrieval/embeddings.ts';
import { embeddingText, VectorRecall } from '/work/main/src/retrieval/embeddingRecall.ts';
const n = Number(process.argv[2] ?? 10000);
const pool = await loadSentencePool('/work/main/corpus');
const chunks = generateChunks(pool, n);
const texts = chunks.map(embeddingText);
const e = new LocalHashEmbeddings(512);
e.fit(texts);
const v = await e.embedDocuments(texts);
const qs = generateQueries(pool, [], 50);
const qv = await e.embedDocuments(qs);
const all = chunks.map((_, i) => i);
for (const [m, efc, efs] of [[16,100,96],[16,64,96],[12,64,64],[16,64,64],[16,48,96]]) {
  async function* b() { for (let i = 0; i < v.length; i += 256) yield v.slice(i, i + 256); }
  let c = process.cpuUsage();
  const vr = await VectorRecall.build(chunks, b(), e, { params: { m, efConstruction: efc, efSearch: efs } });
  const d = process.cpuUsage(c);
  let hit = 0;
  for (const q of qv) { const exact = new Set(vr.searchAmong(q, all, 10).map(r=>r.index)); for (const r of vr.search(q, 10)) if (exact.has(r.index)) hit++; }
  console.log(m, efc, efs, 'cpu', ((d.user+d.system)/1e6).toFixed(2), 'recall@10', (hit / (qv.length*10)).toFixed(3));
}
