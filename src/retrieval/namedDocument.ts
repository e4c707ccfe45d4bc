// A stage of hybrid search: a question that names a document the library holds — by 文号 ("滨建建〔2023〕41号里…"),
// proposal number ("第57号提案"), 《title》, or its full title — gets that document's best chunks first. A name the
// library does not hold changes nothing here (the answer side says so: src/answer/namedDocument.ts).
import type { Chunk } from '../types.js';
import { normalizeForMatch } from '../text/index.js';
import { documentReference } from './docReference.js';

/** 《title》 in a question. */
const TITLE_REFERENCE = /《([^《》]{4,60})》/u;
/** A title written without 《》 counts only from this length (normalised): shorter ones are ordinary phrases. */
const MIN_BARE_TITLE = 8;

export interface NamedDocumentSettings {
  /** Chunks recalled for the name itself (文号 or title) when looking for the document it names. */
  probeDepth: number;
  /** A name matching more documents than this selects none (too vague to reorder by). */
  maxDocuments: number;
  /** The named document's chunks scoring at least this share of its best chunk (BM25 on the question) go first. */
  leadShare: number;
}

export interface DocumentNaming {
  /** What to search for to find the named document (the 文号 or the title), when the question writes one. */
  probe?: string;
  /** Whether the probe is a number (文号, proposal number) rather than a title. */
  numbered: boolean;
  /** Whether the chunk belongs to a document the question names. */
  names(chunk: Pick<Chunk, 'title' | 'number'>): boolean;
}

/** The name a question writes and the held documents it names (found before recall). */
export interface NameLookup {
  naming: DocumentNaming;
  /** Search terms of the name (empty when the question writes none). */
  nameTerms: ReadonlySet<string>;
  /** Held documents the name selects (none, or at most `maxDocuments`). */
  held: string[];
}

/** A title without a trailing bracketed note or 文号 ("…实施方案的通知（牡政办发〔2022〕14号）" → "…实施方案的通知"). */
function coreTitle(title: string): string {
  return normalizeForMatch(title.replace(/[（(][^（）()]*[）)]\s*$/u, ''));
}

/** How the question names a document, if it does. */
export function documentNaming(question: string): DocumentNaming {
  const reference = documentReference(question);
  const quoted = question.match(TITLE_REFERENCE)?.[1];
  const wanted = quoted ? normalizeForMatch(quoted) : '';
  const asked = normalizeForMatch(question);
  return {
    probe: reference?.text ?? quoted,
    numbered: !!reference,
    names: (chunk) => {
      if (reference?.matches(chunk)) return true;
      const title = normalizeForMatch(chunk.title);
      if (wanted && title.includes(wanted)) return true;
      const core = coreTitle(chunk.title);
      return core.length >= MIN_BARE_TITLE && asked.includes(core);
    },
  };
}

/** The documents among the candidates' that the question names; empty when none or more than `maxDocuments`. */
export function namedDocIds(naming: DocumentNaming, candidates: Iterable<Pick<Chunk, 'docId' | 'title' | 'number'>>, maxDocuments: number): string[] {
  const docIds = new Set<string>();
  for (const chunk of candidates) if (!docIds.has(chunk.docId) && naming.names(chunk)) docIds.add(chunk.docId);
  return docIds.size <= maxDocuments ? [...docIds] : [];
}
