import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { answerQuestion } from '../src/answer/index.js';
import { getTokenizer } from '../src/retrieval/tokenizer.js';
import type { Chunk, SearchHit, SearchOptions, Searcher } from '../src/types.js';
/** A chunk with defaults for the fields a test does not care about. */
export function makeChunk(fields: Partial<Chunk> & Pick<Chunk, 'docId' | 'text'>, ordinal = 0): Chunk {
  return {
    id: `${fields.docId}#${fields.ordinal ?? ordinal}`,
    title: fields.docId,
    number: null,
    kind: 'reply',
    sectionPath: '',
    start: 0,
    end: fields.text.length,
    ordinal,
    ...fields,
  };
}

/** A lexical-overlap Searcher over the given chunks (jieba search terms), enough for unit tests. */
export function memorySearcher(chunks: Chunk[], embeddingsId = 'memory'): Searcher {
  const tokenizer = getTokenizer();
  const indexed = chunks.map((chunk) => ({
    chunk,
    terms: new Set(tokenizer.searchTerms(`${chunk.title} ${chunk.sectionPath} ${chunk.text}`)),
  }));
  return {
    embeddingsId,
    size: () => chunks.length,
    chunksOf: (docId) => chunks.filter((c) => c.docId === docId).sort((a, b) => a.ordinal - b.ordinal),
    async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
      const q = new Set(tokenizer.searchTerms(query));
      const docIds = options.docId === undefined ? undefined : [options.docId].flat();
      const kinds = options.kind === undefined ? undefined : [options.kind].flat();
      return indexed
        .filter(({ chunk }) => (!docIds || docIds.includes(chunk.docId)) && (!kinds || kinds.includes(chunk.kind)))
        .map(({ chunk, terms }) => ({ chunk, score: [...q].filter((t) => terms.has(t)).length / Math.max(1, q.size) }))
        .filter((h) => h.score > 0)
        .sort((a, b) => b.score - a.score)
        .slice(0, options.k ?? 6);
    },
  };
}


function chunkFile(file: string): Chunk[] {
  let text = readFileSync(file, 'utf8');
  const docId = path.basename(file, '.txt');
  let title = docId;
  const fm = text.match(/^---\n([\s\S]*?)\n---\n/);
  if (fm) { title = fm[1].match(/title: "(.*)"/)?.[1] ?? docId; text = text.slice(fm[0].length); }
  const out: Chunk[] = [];
  let section = '';
  let buf = '';
  const flush = () => { if (buf.trim()) out.push(makeChunk({ docId, title, sectionPath: section, text: buf.trim() }, out.length)); buf = ''; };
  for (const line of text.split('\n')) {
    if (/^[一二三四五六七八九十]+、/.test(line.trim()) && line.trim().length < 60) { flush(); section = line.trim(); continue; }
    if (buf.length + line.length > 400) flush();
    buf += line + '\n';
  }
  flush();
  return out;
}
const chunks = ['replies', 'policies'].flatMap((d) => readdirSync(`corpus/${d}`).map((f) => chunkFile(`corpus/${d}/${f}`))).flat();
const search = memorySearcher(chunks);
const config = loadConfig({});
let last: any = null;
const logger: any = { debug: (o: any) => { last = o.evidence; }, info() {}, warn() {}, child() { return logger; } };
const services: any = { config, logger, search, embeddings: null };
const qs = readFileSync('test/fixtures/dev-questions.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
let ok = 0, total = 0, uok = 0;
for (const q of qs) {
  const a = await answerQuestion(services, q.question);
  const ev = (a as any);
  if (q.answerable) {
    total++;
    const hit = q.expect.some((e: string) => a.answer.includes(e)) && a.citations.some((c) => c.docId === q.docId);
    if (hit) ok++;
    if (!hit || process.env.V) console.log(hit ? 'OK ' : 'BAD', q.id, JSON.stringify(last), q.question, '\n   ', a.answered, a.answer.slice(0, 200).replace(/\n/g, ' '), a.citations.map((c) => c.docId).join(','));
  } else {
    if (process.env.V) console.log('UNANS', JSON.stringify(last), q.question); if (!a.answered) uok++; else console.log('UNANS-BAD', q.id, JSON.stringify(last), q.question, '\n   ', a.answer.slice(0, 200));
  }
}
console.log({ ok, total, uok });
