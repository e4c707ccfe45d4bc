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

/** What the index holds about the library's documents, read wherever the index is loaded (a work thread, usually). */
export interface IndexCatalog {
  /** Chunks in the index. */
  chunks: number;
  embeddingsId: string;
  /** By docId, the documents asked about that the index serves. */
  documents: Record<string, Pick<LibraryDocument, 'title' | 'number' | 'kind' | 'chunks'>>;
}

/** Reads the catalog of `docIds` from a loaded searcher. */
export function indexCatalog(search: Searcher, docIds: string[]): IndexCatalog {
  const documents: IndexCatalog['documents'] = {};
  for (const docId of docIds) {
    const chunks = search.chunksOf(docId);
    if (chunks.length === 0) continue;
    const [first] = chunks;
    documents[docId] = { title: first.title, number: first.number, kind: first.kind, chunks: chunks.length };
  }
  return { chunks: search.size(), embeddingsId: search.embeddingsId, documents };
}

/** Asks whoever holds the index for the catalog of some documents. */
export type CatalogSource = (docIds: string[]) => Promise<IndexCatalog>;

/** Corpus documents the index serves (files that could not be read are not in it), and the index's size and engine. */
export async function readLibraryCatalog(corpusDir: string, source: CatalogSource): Promise<{ documents: LibraryDocument[]; index: IndexCatalog }> {
  const files = await listCorpusDocuments(corpusDir);
  const index = await source(files.map((f) => f.docId));
  const documents = files.flatMap((file) => (index.documents[file.docId] ? [{ ...file, ...index.documents[file.docId] }] : []));
  return { documents, index };
}

/** Corpus documents the index serves (files that could not be read are not in it). */
export async function libraryCatalog(corpusDir: string, source: CatalogSource): Promise<LibraryDocument[]> {
  return (await readLibraryCatalog(corpusDir, source)).documents;
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
