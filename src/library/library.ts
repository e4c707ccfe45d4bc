// The document library as admins change it: inspect an uploaded file without writing anything, add it under
// CORPUS_DIR (replacing a document with the same 文号 when asked), remove a file, and report the library's status.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, realpath, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { llmName } from '../grounding/index.js';
import { chunkDocument, extractText, LoadError, parseDocument, SUPPORTED_EXTENSIONS, type RedactionCounts } from '../corpus/index.js';
import type { Services } from '../services.js';
import type { DocKind } from '../types.js';
import type { AuditEntry, AuditLog } from './audit.js';
import { countByKind, findByNumber, libraryCatalog, listCorpusDocuments, readLibraryCatalog, type LibraryDocument } from './catalog.js';
import type { IndexUpdate, LastIngest, LibraryIndex } from './libraryIndex.js';

export const LIBRARY_DEFAULTS = {
  /** Folder under CORPUS_DIR that files added from Slack go to. */
  uploadFolder: 'uploads',
  /** Largest file accepted. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Longest file name kept (characters, before the extension). */
  maxNameChars: 80,
  /** Headings listed in a preview. */
  headingsShown: 5,
  /** Audit rows scanned for the recent additions. */
  auditScan: 200,
};

export type LibraryOptions = typeof LIBRARY_DEFAULTS;

/** A failure to tell the admin as it is (Chinese, no internals). */
export class LibraryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** What an uploaded file holds, found without writing anything. */
export interface UploadPreview {
  fileName: string;
  /** Where it will be written, relative to CORPUS_DIR. */
  targetPath: string;
  docId: string;
  title: string;
  number: string | null;
  kind: DocKind;
  /** Top-level sections (答复件的“一、关于…”; 政策文件的条款). */
  sections: number;
  headings: string[];
  chunks: number;
  redactions: RedactionCounts;
  sha256: string;
  /** The library document with the same 文号, which confirming replaces. */
  replaces: LibraryDocument | null;
}

export interface LibraryChange {
  entry: AuditEntry;
  update: IndexUpdate;
}

export interface LibraryStatus {
  documents: number;
  byKind: Record<DocKind, number>;
  chunks: number;
  lastIngest: LastIngest | null;
  engines: { llm: string; embeddings: string };
}

export interface RecentAddition {
  entry: AuditEntry;
  document: LibraryDocument;
}

export interface Library {
  preview(data: Buffer, fileName: string): Promise<UploadPreview>;
  add(preview: UploadPreview, data: Buffer, user: string): Promise<LibraryChange>;
  /** Removes a document file; `relPath` must be a document of the corpus (any folder inside CORPUS_DIR). */
  remove(relPath: string, user: string): Promise<LibraryChange & { document: LibraryDocument }>;
  status(): Promise<LibraryStatus>;
  recentAdditions(limit?: number): Promise<RecentAddition[]>;
  readonly audit: AuditLog;
  readonly limits: LibraryOptions;
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A file name that is safe on any file system and cannot leave its folder; keeps Chinese characters. */
export function safeBaseName(fileName: string, maxChars = LIBRARY_DEFAULTS.maxNameChars): { base: string; ext: string } {
  const last = fileName.split(/[\\/]/).pop() ?? '';
  const ext = path.extname(last).toLowerCase();
  const base = path
    .basename(last, path.extname(last))
    .normalize('NFC')
    .replace(/[<>:"|?*]+/g, '')
    .replace(/\p{Cc}+/gu, '')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+|[.\s]+$/g, '');
  return { base: [...base].slice(0, maxChars).join('').trim() || 'document', ext };
}

/** `base`, or base-2, base-3… so the docId (the file name) is not shared with another corpus file. */
function uniqueBase(base: string, taken: Set<string>): string {
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** Resolves a corpus-relative path and refuses anything outside CORPUS_DIR, symlinked folders included. */
async function insideCorpus(corpusDir: string, relPath: string): Promise<string> {
  const full = path.resolve(corpusDir, relPath);
  const root = await realpath(corpusDir);
  const folder = await realpath(path.dirname(full)).catch(() => null);
  const rel = folder === null ? null : path.relative(root, folder);
  if (rel === null || rel.startsWith('..') || path.isAbsolute(rel)) throw new LibraryError('文件路径不在文件库目录内，已拒绝。');
  return full;
}

function topHeadings(doc: ReturnType<typeof parseDocument>): string[] {
  const nodes = doc.structure.type === 'reply' ? doc.structure.headings : doc.structure.clauses;
  return nodes.map((h) => h.title.trim()).filter(Boolean);
}

export function createLibrary(services: Services, index: LibraryIndex, audit: AuditLog, options: Partial<LibraryOptions> = {}): Library {
  const opts = { ...LIBRARY_DEFAULTS, ...options };
  const corpusDir = () => services.config.corpusDir;
  const catalogOf = (docIds: string[]) => index.catalog(docIds);
  let changes: Promise<unknown> = Promise.resolve();
  /** Writes and index updates one at a time, so two confirmations never pick the same name or race the index. */
  const serially = <T>(job: () => Promise<T>): Promise<T> => {
    const run = changes.then(job, job);
    changes = run.catch(() => undefined);
    return run;
  };

  async function updateOrRestore(restore: () => Promise<void>): Promise<IndexUpdate> {
    try {
      return await index.update();
    } catch (err) {
      services.logger.error({ err }, 'library index update failed; restoring the corpus files');
      await restore().catch((e: unknown) => services.logger.error({ err: e }, 'could not restore the corpus files'));
      throw new LibraryError('索引更新失败，文件库未作改动，原有文件继续可用。请稍后重试或联系系统管理员。');
    }
  }

  return {
    audit,
    limits: opts,

    async preview(data, fileName) {
      const { base, ext } = safeBaseName(fileName, opts.maxNameChars);
      if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
        throw new LibraryError(`只能入库 ${SUPPORTED_EXTENSIONS.join('、')} 格式的文件，“${fileName}”不是。`);
      }
      if (data.length === 0) throw new LibraryError('文件是空的，没有可入库的内容。');
      if (data.length > opts.maxFileBytes) {
        throw new LibraryError(`文件太大（${(data.length / 1024 / 1024).toFixed(1)}MB），入库上限为 ${Math.round(opts.maxFileBytes / 1024 / 1024)}MB。`);
      }
      let doc;
      let chunks;
      try {
        const raw = await extractText(data, `${base}${ext}`);
        doc = parseDocument({ docId: base, path: `${opts.uploadFolder}/${base}${ext}`, raw });
        chunks = chunkDocument(doc);
      } catch (err) {
        if (err instanceof LoadError) throw new LibraryError(`无法读取“${fileName}”：${err.message}`);
        services.logger.warn({ err, fileName }, 'could not parse an uploaded library file');
        throw new LibraryError(`无法解析“${fileName}”，文件可能已损坏。`);
      }
      if (chunks.length === 0) throw new LibraryError(`“${fileName}”中没有可入库的正文。`);
      const catalog = await libraryCatalog(corpusDir(), catalogOf);
      const replaces = findByNumber(catalog, doc.number) ?? null;
      const files = await listCorpusDocuments(corpusDir());
      const taken = new Set(files.filter((f) => f.path !== replaces?.path).map((f) => path.basename(f.path, path.extname(f.path)).toLowerCase()));
      const docId = uniqueBase(base, taken);
      const headings = topHeadings(doc);
      return {
        fileName,
        targetPath: `${opts.uploadFolder}/${docId}${ext}`,
        docId,
        title: doc.title,
        number: doc.number,
        kind: doc.kind,
        sections: headings.length,
        headings: headings.slice(0, opts.headingsShown),
        chunks: chunks.length,
        redactions: doc.redactions,
        sha256: sha256(data),
        replaces,
      };
    },

    add(preview, data, user) {
      return serially(async () => {
        if (sha256(data) !== preview.sha256) throw new LibraryError('文件内容与预览时不一致，请重新上传。');
        await mkdir(path.join(corpusDir(), opts.uploadFolder), { recursive: true });
        const target = await insideCorpus(corpusDir(), preview.targetPath);
        const old = preview.replaces ? await insideCorpus(corpusDir(), preview.replaces.path) : null;
        if (old && !existsSync(old)) throw new LibraryError(`要替换的文件“${preview.replaces!.path}”已不在文件库中，请重新上传。`);
        if (existsSync(target) && target !== old) throw new LibraryError('文件库中已有同名文件，请重新上传。');
        const oldData = old ? await readFile(old) : null;
        const restore = async () => {
          if (target !== old) await unlink(target).catch(() => undefined);
          if (old && oldData) await writeFile(old, oldData);
        };
        try {
          // The new file first, then the old one goes: a failure between them never loses the old document.
          await writeFile(target, data, { flag: target === old ? 'w' : 'wx' });
          if (old && old !== target) await unlink(old);
        } catch (err) {
          await restore().catch(() => undefined);
          services.logger.error({ err, target }, 'could not write an uploaded library file');
          throw new LibraryError('无法写入文件库目录，文件未入库。请联系系统管理员检查目录权限。');
        }
        const update = await updateOrRestore(restore);
        const entry = audit.record({
          user,
          action: preview.replaces ? 'replace' : 'add',
          docId: preview.docId,
          file: preview.targetPath,
          sha256: preview.sha256,
          title: preview.title,
          number: preview.number,
          replaced: preview.replaces?.path ?? null,
        });
        return { entry, update };
      });
    },

    remove(relPath, user) {
      return serially(async () => {
        const catalog = await libraryCatalog(corpusDir(), catalogOf);
        const document = catalog.find((d) => d.path === relPath);
        if (!document) throw new LibraryError('文件库中没有这个文件，可能已被移除。');
        const full = await insideCorpus(corpusDir(), relPath);
        const data = await readFile(full);
        await unlink(full);
        const update = await updateOrRestore(() => writeFile(full, data));
        const entry = audit.record({
          user,
          action: 'remove',
          docId: document.docId,
          file: relPath,
          sha256: sha256(data),
          title: document.title,
          number: document.number,
          replaced: null,
        });
        return { entry, update, document };
      });
    },

    async status() {
      const catalog = await readLibraryCatalog(corpusDir(), catalogOf);
      return {
        documents: catalog.documents.length,
        byKind: countByKind(catalog.documents),
        chunks: catalog.index.chunks,
        lastIngest: await index.lastIngest(),
        engines: { llm: llmName(services.config), embeddings: catalog.index.embeddingsId },
      };
    },

    async recentAdditions(limit = 10) {
      const byPath = new Map((await libraryCatalog(corpusDir(), catalogOf)).map((d) => [d.path, d]));
      const seen = new Set<string>();
      const out: RecentAddition[] = [];
      for (const entry of audit.entries(opts.auditScan)) {
        if (seen.has(entry.file)) continue;
        seen.add(entry.file);
        const document = byPath.get(entry.file);
        if (entry.action !== 'remove' && document) out.push({ entry, document });
        if (out.length >= limit) break;
      }
      return out;
    },
  };
}
