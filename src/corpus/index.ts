import { createHash } from 'node:crypto';
import { InputTooLargeError, readFileBounded } from '../io/boundedRead.js';
import path from 'node:path';
import type { Logger } from '../logger.js';
import type { Chunk } from '../types.js';
import { chunkDocument } from './chunk.js';
import type { ParsedDocument } from './document.js';
import { listCorpusFiles } from './files.js';
import { applyEditsMapped, cleanText, cleanedText, toSourceSpan } from './clean.js';
import { parseFeedbackForms } from './forms.js';
import { parseFrontMatter, type FrontMatter } from './frontMatter.js';
import { extractText, LoadError, SUPPORTED_EXTENSIONS } from './load.js';
import { applyRedactions, countRedactions } from './redact.js';
import { findIndexExclusions } from './injection.js';
import { HANDLING_CLASS_SOURCE } from '../text/documentNumbers.js';
import {
  normalizeDate,
  parseDocNumber,
  parsePolicyStructure,
  parseReplyStructure,
  parseSalutation,
  splitLines,
} from './structure.js';

export { chunkDocument, sectionBlocks, splitIntoPieces, CHUNK_MAX_CHARS, CHUNK_MIN_CHARS } from './chunk.js';
export { SECTION_SEPARATOR } from '../text/sectionPath.js';
export type { ParsedDocument } from './document.js';
export { isLinkToFile, listCorpusFiles } from './files.js';
export { cleanText, isBrokenLine, replaceMapped, applyEditsMapped, toSourceSpan, typicalFullLineLength, type MappedText } from './clean.js';
export { parseFeedbackForms, describeForm, type FeedbackForm, type FormRating, type Satisfaction } from './forms.js';
export { findInjectedInstructions, findIndexExclusions, isInstructionLike } from './injection.js';
export { parseFrontMatter, type FrontMatter, type FrontMatterSplit } from './frontMatter.js';
export { extractText, decodeText, looksBinary, LoadError, SUPPORTED_EXTENSIONS } from './load.js';
export {
  redactPersonalData,
  findPersonalData,
  applyRedactions,
  countRedactions,
  emptyRedactionCounts,
  addRedactionCounts,
  totalRedactions,
  totalQuarantined,
  REDACTED_MOBILE,
  REDACTED_ID,
  REDACTED_SIGNATURE,
  REDACTED_PHONE,
  type RedactionCounts,
  type RedactionEdit,
} from './redact.js';
export {
  matchHeading,
  findHeadings,
  buildHeadingTree,
  flattenHeadings,
  parseDocNumber,
  normalizeDate,
  parseSalutation,
  parseMeeting,
  parseProposalNumber,
  parseProposalTitle,
  parseContact,
  parseCc,
  parseAttachments,
  parseReplyStructure,
  parsePolicyStructure,
  type HeadingNode,
  type HeadingMatch,
  type ContactBlock,
  type ReplyStructure,
  type PolicyStructure,
  type ProposalRole,
} from './structure.js';

/** Bump when cleaning, structure or chunking output changes: the index manifest records it and rebuilds. */
export const CHUNKER_VERSION = 'corpus-2026-12-06.1';

export interface IngestResult {
  documents: ParsedDocument[];
  chunks: Chunk[];
  skipped: { file: string; reason: string }[];
  /** Files that were indexed but have a problem worth a look, e.g. malformed front matter (with its line). */
  warnings: { file: string; message: string }[];
  files: { path: string; sha256: string }[];
}

const REPLY_HINT = /(?:答复|复函|回复|答覆)/;

/** The handling class a front matter's 文号 field may end with ("…27号 A类"), which is no part of the number. */
const TRAILING_HANDLING_CLASS = new RegExp(`\\s*${HANDLING_CLASS_SOURCE}\\s*$`, 'u');

function inferKind(relPath: string, fm: FrontMatter, text: string): 'reply' | 'policy' {
  if (fm.kind) return fm.kind;
  const folders = relPath.split('/').slice(0, -1).join('/').toLowerCase();
  if (/repl|答复|复函/.test(folders)) return 'reply';
  if (/polic|政策|文件/.test(folders)) return 'policy';
  const head = splitLines(text).slice(0, 30);
  const hasSalutation = head.some((l) => parseSalutation(l.text) !== null);
  const titled = head.slice(0, 10).some((l) => REPLY_HINT.test(l.text) && l.text.trim().length < 120);
  return hasSalutation && (titled || /收悉|答复如下|回复如下/.test(text.slice(0, 2000))) ? 'reply' : 'policy';
}

/** Front-matter issuer without the editor's notes in brackets ("某某局（某省某市）；网站: …" → "某某局"). */
function plainIssuer(issuer: string | undefined): string | null {
  if (!issuer) return null;
  const main = issuer.split(/[（(；;]/)[0].trim();
  return main === '' ? issuer : main;
}

function firstLine(text: string): string | null {
  const line = text.split('\n').find((l) => l.trim() !== '');
  return line ? line.trim().replace(/^#{1,6}\s+/, '').slice(0, 120) : null;
}

/** Parses one document's raw text (front matter optional): clean → redact → structure → forms. */
export function parseDocument(input: { docId: string; path: string; raw: string }): ParsedDocument {
  const { frontMatter: fm, body, error: frontMatterError } = parseFrontMatter(input.raw);
  const warnings = frontMatterError ? [frontMatterError] : [];
  const cleaned = cleanedText(body);
  const edits = findIndexExclusions(cleaned);
  const text = applyRedactions(cleaned, edits);
  const redactions = countRedactions(edits);
  const kind = inferKind(input.path, fm, text);
  const fmNumber = fm.number ? parseDocNumber(fm.number) : { number: null, resultClass: null };
  const fallbackTitle = path.basename(input.path, path.extname(input.path));
  const shared = {
    docId: input.docId,
    path: input.path,
    completeness: completenessOf(fm, text),
    text,
    forms: parseFeedbackForms(text),
    redactions,
    frontMatter: fm,
    warnings,
  };
  /** Title, 文号 and issuer: front matter first, then what the text's structure shows. */
  const identity = (structure: { title: string | null; number: string | null; issuer: string | null }) => ({
    title: fm.title ?? structure.title ?? fallbackTitle,
    number: structure.number,
    issuer: structure.issuer ?? plainIssuer(fm.issuer),
  });
  if (kind === 'reply') {
    const structure = parseReplyStructure(text, { title: fm.title });
    structure.number ??= fmNumber.number ?? (fm.number && fm.number.length <= 40 ? fm.number.replace(TRAILING_HANDLING_CLASS, '') : null);
    structure.resultClass ??= fmNumber.resultClass;
    structure.title ??= fm.title ?? firstLine(text);
    return { ...shared, ...identity(structure), kind, date: structure.date ?? normalizeDate(fm.date), structure };
  }
  const structure = parsePolicyStructure(text);
  structure.number ??= fmNumber.number;
  structure.title ??= fm.title ?? null;
  structure.date ??= normalizeDate(fm.date);
  return { ...shared, ...identity(structure), kind, date: structure.date, structure };
}

/**
 * Where a span of a document's text ([start, end) as in Chunk.start/end) lies in the raw text it was parsed
 * from (the file text, or what extractText returned for .docx/.pdf), front matter included; so a citation
 * can point at, and quote, the original wording.
 */
export function locateInSource(raw: string, start: number, end: number): { start: number; end: number } {
  const { body, bodyOffset } = parseFrontMatter(raw);
  const cleaned = cleanText(body);
  const mapped = applyEditsMapped(cleaned, findIndexExclusions(cleaned.text));
  const span = toSourceSpan(mapped, start, end);
  return { start: span.start + bodyOffset, end: span.end + bodyOffset };
}

function completenessOf(fm: FrontMatter, text: string): 'complete' | 'partial' {
  if (fm.completeness) return fm.completeness;
  return /以下原文未收录|原文未完|（未完）/.test(text) ? 'partial' : 'complete';
}

/** A corpus file larger than this is skipped with a warning (a policy document or reply is at most a few MB). */
export const MAX_CORPUS_FILE_BYTES = 64 * 1024 * 1024;

/**
 * docId = file name without extension; names shared by several files get their folders as a prefix
 * (`replies__x`), and, if still shared (x.txt beside x.docx), their extension as a suffix.
 */
export function assignDocIds(relPaths: string[]): Map<string, string> {
  const base = (p: string) => path.basename(p, path.extname(p));
  const withFolder = (p: string) => {
    const folder = path.dirname(p);
    return folder === '.' ? base(p) : `${folder.split('/').join('__')}__${base(p)}`;
  };
  const countBy = (key: (p: string) => string) => {
    const counts = new Map<string, number>();
    for (const p of relPaths) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    return counts;
  };
  const byBase = countBy(base);
  const byFolder = countBy(withFolder);
  const ids = new Map<string, string>();
  for (const p of relPaths) {
    if (byBase.get(base(p)) === 1) ids.set(p, base(p));
    else if (byFolder.get(withFolder(p)) === 1) ids.set(p, withFolder(p));
    else ids.set(p, `${withFolder(p)}_${path.extname(p).slice(1).toLowerCase()}`);
  }
  return ids;
}

function docIdsOf(candidates: string[]): Map<string, string> {
  const supported = new Set<string>(SUPPORTED_EXTENSIONS);
  return assignDocIds(candidates.filter((p) => supported.has(path.extname(p).toLowerCase())));
}

/** The docId each document file under `dir` gets (what an incremental ingest compares with its manifest). */
export async function corpusDocIds(dir: string): Promise<Map<string, string>> {
  return docIdsOf(await listCorpusFiles(dir));
}

/** One corpus file read, parsed and chunked, or the Chinese reason it was skipped (with its hash when it was read). */
export type CorpusFileResult = { sha256?: string } & ({ document: ParsedDocument; chunks: Chunk[] } | { skipped: string } | { ignored: true });

/**
 * Reads, parses and chunks one corpus file (`docId` undefined: an unsupported type, reported as skipped); `read` is
 * the bounded reader (a parse thread passes the synchronous one).
 */
export async function readCorpusFile(
  dir: string,
  file: string,
  docId: string | undefined,
  read: (file: string, limitBytes: number, source: string) => Buffer | Promise<Buffer> = readFileBounded,
): Promise<CorpusFileResult> {
  let sha256: string | undefined;
  try {
    const data = await read(path.join(dir, file), MAX_CORPUS_FILE_BYTES, '文件');
    sha256 = createHash('sha256').update(data).digest('hex');
    if (!docId) {
      await extractText(data, file); // throws the Chinese "unsupported type" reason
      return { sha256, ignored: true };
    }
    const raw = await extractText(data, file);
    const document = parseDocument({ docId, path: file, raw });
    const chunks = chunkDocument(document);
    if (chunks.length === 0) throw new LoadError('文件中没有可索引的正文');
    return { sha256, document, chunks };
  } catch (err) {
    return { sha256, skipped: err instanceof LoadError || err instanceof InputTooLargeError ? err.message : `读取失败：${(err as Error).message}` };
  }
}

/** Corpus files under `dir` (sorted) and the docId each supported one gets. */
export async function corpusCandidates(dir: string): Promise<{ candidates: string[]; ids: Map<string, string> }> {
  let candidates: string[];
  try {
    candidates = await listCorpusFiles(dir);
  } catch (err) {
    throw new LoadError(`无法读取语料目录 ${dir}：${(err as NodeJS.ErrnoException).code === 'ENOENT' ? '目录不存在' : (err as Error).message}`);
  }
  // Ids come from every file (names shared by several files get prefixes).
  return { candidates, ids: docIdsOf(candidates) };
}

/**
 * Reads every .txt/.md/.docx/.pdf under `dir`, recursively (or only the files `options.only` accepts). A file that cannot be read is logged by name
 * with a Chinese reason and skipped; it never stops the rest of the corpus from loading.
 */
export async function ingestCorpus(
  dir: string,
  logger: Logger,
  onProgress?: (e: { file: string; done: number; total: number }) => void,
  options: { only?: (relPath: string) => boolean } = {},
): Promise<IngestResult> {
  const listed = await corpusCandidates(dir);
  const ids = listed.ids;
  let candidates = listed.candidates;
  if (options.only) candidates = candidates.filter(options.only);
  const result: IngestResult = { documents: [], chunks: [], skipped: [], warnings: [], files: [] };
  const skip = (file: string, reason: string): void => {
    result.skipped.push({ file, reason });
    logger.warn({ file, reason }, `跳过文件 ${file}：${reason}`);
  };
  let done = 0;
  for (const file of candidates) {
    const read = await readCorpusFile(dir, file, ids.get(file));
    if (read.sha256) result.files.push({ path: file, sha256: read.sha256 });
    if ('skipped' in read) skip(file, read.skipped);
    else if ('document' in read) {
      result.documents.push(read.document);
      for (const message of read.document.warnings) {
        result.warnings.push({ file, message });
        logger.warn({ file }, `${file}：${message}`);
      }
      result.chunks.push(...read.chunks);
      logger.debug({ file, docId: read.document.docId, kind: read.document.kind, chunks: read.chunks.length, redactions: read.document.redactions }, '已读取文件');
    }
    done++;
    onProgress?.({ file, done, total: candidates.length });
  }
  return result;
}
