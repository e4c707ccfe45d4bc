// A question that names one document ("临建函〔2023〕15号讲了什么？", "第57号提案是怎么答复的？") is about that document.
import { canonicalDocumentNumber, readDocumentNumber } from '../text/index.js';
import type { Chunk, SearchHit, Searcher } from '../types.js';

/** "第57号提案", "57号建议". */
const PROPOSAL_NUMBER = /第?\s*(\d+)\s*号\s*(提案|建议|议案)/;
/** A title of a reply to a proposal or suggestion. */
const PROPOSAL_KIND = /提案|建议|议案/u;
/** How many hits are checked for the named document. */
export const REFERENCE_DEPTH = 30;

export interface DocReference {
  /** The words that name the document, as written in the question. */
  text: string;
  matches(chunk: Pick<Chunk, 'title' | 'number'>): boolean;
}

/** The document reference in a question, if it names one by 文号 or by proposal number. */
export function documentReference(question: string): DocReference | undefined {
  const q = question.normalize('NFKC');
  const numbered = readDocumentNumber(q);
  if (numbered) {
    const wanted = canonicalDocumentNumber(numbered.text);
    // The question's prefix may carry extra words before the issuer code ("请问临建函…"): compare by suffix.
    return {
      text: q.slice(numbered.index, numbered.end),
      matches: (chunk) => {
        if (!chunk.number) return false;
        const have = canonicalDocumentNumber(chunk.number);
        return have.length >= 4 && (wanted.endsWith(have) || have.endsWith(wanted));
      },
    };
  }
  const proposal = q.match(PROPOSAL_NUMBER);
  if (proposal) {
    // Titles write the number many ways: 第58号提案, 1号建议, 《…的建议》(88号), （第15号）, 第16号“…的建议”.
    const ordinal = new RegExp(`(?<!\\d)第?\\s*${proposal[1]}\\s*号`);
    return { text: proposal[0], matches: (chunk) => ordinal.test(chunk.title.normalize('NFKC')) && PROPOSAL_KIND.test(chunk.title) };
  }
  return undefined;
}

/**
 * The one document the reference names, found among the hits for the reference and the question; undefined when none
 * or several. `questionHits`: the caller's own search for the question, at least {@link REFERENCE_DEPTH} deep, reused.
 */
export async function referencedDocument(search: Searcher, question: string, questionHits?: SearchHit[]): Promise<{ docId: string; reference: string } | undefined> {
  const reference = documentReference(question);
  if (!reference) return undefined;
  const asked = questionHits ?? (await search.search(question, { k: REFERENCE_DEPTH }));
  const hits = [...(await search.search(reference.text, { k: REFERENCE_DEPTH })), ...asked.slice(0, REFERENCE_DEPTH)];
  const docIds = new Set(hits.filter((h) => reference.matches(h.chunk)).map((h) => h.chunk.docId));
  return docIds.size === 1 ? { docId: [...docIds][0], reference: reference.text } : undefined;
}
