// What the library holds: the corpus files an ingest reads, with title, 文号 and kind as the running index has them.
import { existsSync } from 'node:fs';
import { corpusDocIds } from '../corpus/index.js';
import type { DocKind, Searcher } from '../types.js';

export interface CorpusDocumentFile {
  /** Relative to CORPUS_DIR, with "/". */
  path: string;
  docId: string;
}

export interface LibraryDocument extends CorpusDocumentFile {
  title: string;
  number: string | null;
  kind: DocKind;
  chunks: number;
}

export async function listCorpusDocuments(corpusDir: string): Promise<CorpusDocumentFile[]> {
  if (!existsSync(corpusDir)) return [];
  return [...(await corpusDocIds(corpusDir))].map(([path, docId]) => ({ path, docId }));
}

/** Corpus documents the index serves (files that could not be read are not in it). */
export async function libraryCatalog(corpusDir: string, search: Searcher): Promise<LibraryDocument[]> {
  const out: LibraryDocument[] = [];
  for (const file of await listCorpusDocuments(corpusDir)) {
    const chunks = search.chunksOf(file.docId);
    if (chunks.length === 0) continue;
    const [first] = chunks;
    out.push({ ...file, title: first.title, number: first.number, kind: first.kind, chunks: chunks.length });
  }
  return out;
}

/** 文号 written with other brackets, spaces or 第 (许建〔2020〕13号, 许建[2020]第13号) compare equal. */
export function numberKey(number: string): string {
  return number
    .replace(/\s+/g, '')
    .replace(/[［\[【(（]/g, '〔')
    .replace(/[］\]】)）]/g, '〕')
    .replace(/〕第/, '〕');
}

export function findByNumber(documents: LibraryDocument[], number: string | null): LibraryDocument | undefined {
  if (!number) return undefined;
  const key = numberKey(number);
  return documents.find((d) => d.number !== null && numberKey(d.number) === key);
}

export function countByKind(documents: LibraryDocument[]): Record<DocKind, number> {
  const counts: Record<DocKind, number> = { reply: 0, policy: 0, form: 0 };
  for (const d of documents) counts[d.kind] += 1;
  return counts;
}
