// A synthetic library of a given size for `npm run load`: documents from the bench generator, cut by the real parser
// and chunker, written as files into a temporary corpus next to the shipped bureau profile; ingestion indexes them.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chunkDocument, parseDocument } from '../src/corpus/index.js';
import { generateDocuments, loadSentencePool, type SyntheticDocument } from './synthetic.js';

const chunksOf = (doc: SyntheticDocument) => chunkDocument(parseDocument({ docId: path.basename(doc.path, '.txt'), path: doc.path, raw: doc.text })).length;

/** Writes documents holding at least `targetChunks` chunks into `corpusDir`; returns how many documents and chunks. */
export async function writeSyntheticLibrary(sourceCorpus: string, corpusDir: string, targetChunks: number): Promise<{ documents: number; chunks: number }> {
  const pool = await loadSentencePool(sourceCorpus);
  const sample = generateDocuments(pool, 100, 1);
  const perDocument = sample.reduce((n, d) => n + chunksOf(d), 0) / sample.length;
  const candidates = generateDocuments(pool, Math.ceil((targetChunks / perDocument) * 1.2) + 1);
  let chunks = 0;
  let documents = 0;
  for (const doc of candidates) {
    if (chunks >= targetChunks) break;
    await mkdir(path.dirname(path.join(corpusDir, doc.path)), { recursive: true });
    await writeFile(path.join(corpusDir, doc.path), doc.text);
    chunks += chunksOf(doc);
    documents += 1;
  }
  await copyFile(path.join(sourceCorpus, 'bureau.yml'), path.join(corpusDir, 'bureau.yml')).catch(() => undefined);
  return { documents, chunks };
}
